/** The one renderer of drafts: Markdown for the editor, plain text for an email body. */
import { Block, Draft } from './document';

/** Escapes what Markdown would otherwise read as markup in text that comes from the client file. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`).replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');
}

const oneLine = (text: string) => text.replace(/\r?\n/g, ' ');

function markdownBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${oneLine(block.text)}`;
    case 'paragraph':
      return block.text;
    case 'lines':
      return block.lines.join('  \n');
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${oneLine(item)}`).join('\n');
    case 'tasks':
      return block.items.map((item) => `- [${item.done ? 'x' : ' '}] ${oneLine(item.text)}`).join('\n');
    case 'table': {
      const cell = (text: string) => oneLine(text).replace(/\|/g, '\\|');
      const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
      const align = block.header.map((_, i) => (block.align?.[i] === 'right' ? '---:' : '---'));
      return [row(block.header), `| ${align.join(' | ')} |`, ...block.rows.map(row)].join('\n');
    }
    case 'code':
      return ['```text', block.text, '```'].join('\n');
    case 'rule':
      return '---';
  }
}

export function renderMarkdown(blocks: readonly Block[]): string {
  return blocks.map(markdownBlock).join('\n\n') + '\n';
}

function textBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return block.text;
    case 'paragraph':
      return block.text;
    case 'lines':
      return block.lines.join('\n');
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${item}`).join('\n');
    case 'tasks':
      return block.items.map((item) => `[${item.done ? 'x' : ' '}] ${item.text}`).join('\n');
    case 'table':
      return [block.header, ...block.rows].map((cells) => cells.join(' · ')).join('\n');
    case 'code':
      return block.text;
    case 'rule':
      return '—';
  }
}

/**
 * Plain text for a mail app: no Markdown markup, and the backslashes that
 * escaped client text for Markdown removed again.
 */
export function renderPlainText(blocks: readonly Block[]): string {
  return blocks.map(textBlock).join('\n\n').replace(/\\([\\`*_{}[\]<>#|~+\-.])/g, '$1') + '\n';
}

export function draftToMarkdown(draft: Draft): string {
  return renderMarkdown(draft.blocks);
}

/**
 * Text from the client file for a line of a draft: on one line (a break followed by === or --- would turn the
 * line above into a heading), trimmed and escaped for Markdown. The one way every draft places a name or a note.
 */
export const escapeLine = (text: string): string => escapeMarkdown(text.replace(/\s+/g, ' ').trim());
