/**
 * A language's typography, applied once to a draft as it is assembled (every
 * block, the title and the subject), so that a sentence added later to any
 * draft gets it too. Only French has any: its no-break spaces before : ; ! ?
 * and inside « ». Code blocks are left verbatim; Markdown markup is not
 * touched (the table alignment row is written by the renderer, after this).
 */
import { Block, Draft } from './document';
import { DraftLanguage } from './locale';
import { frenchTypography } from './text/typography';

/** A language's typography on one string. */
export const typography = (language: DraftLanguage, text: string): string => (language === 'fr' ? frenchTypography(text) : text);

/** A language's typography on every string of some blocks. */
export function typesetBlocks(language: DraftLanguage, blocks: readonly Block[]): Block[] {
  if (language !== 'fr') {
    return [...blocks];
  }
  const f = frenchTypography;
  return blocks.map((b): Block => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
        return { ...b, text: f(b.text) };
      case 'lines':
        return { ...b, lines: b.lines.map(f) };
      case 'list':
        return { ...b, items: b.items.map(f) };
      case 'tasks':
        return { ...b, items: b.items.map((i) => ({ ...i, text: f(i.text) })) };
      case 'table':
        return { ...b, header: b.header.map(f), rows: b.rows.map((r) => r.map(f)) };
      case 'code':
      case 'rule':
        return b;
    }
  });
}

/** The draft with its language's typography on the title, the subject and every block. */
export function typesetDraft<D extends Draft>(draft: D): D {
  const { language } = draft;
  return {
    ...draft,
    title: typography(language, draft.title),
    ...(draft.subject === undefined ? {} : { subject: typography(language, draft.subject) }),
    blocks: typesetBlocks(language, draft.blocks),
  };
}
