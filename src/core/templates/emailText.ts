/**
 * An email draft as the editor shows it, and back: the recipient and subject
 * as comment lines at the top (`<!-- subject: … -->`, invisible in a Markdown
 * preview, the same in every language), then the body in Markdown. Copy and
 * Open in Mail App read the editor's text back through `emailFromMarkdown`,
 * so what the user changed (the greeting, the subject) is what is sent.
 */
import { Draft } from './document';
import { draftToMarkdown } from './markdown';

export interface EmailText {
  readonly to?: string;
  readonly subject?: string;
  readonly body: string;
}

/** A header value on one line that cannot close its comment early. */
const headerValue = (text: string) => text.replace(/[\r\n]+/g, ' ').replace(/-->/g, '- ->').trim();

/** The editor text of a draft: header comments for an email, then the Markdown body. */
export function draftEditorText(draft: Draft): string {
  const header = [
    ...(draft.to ? [`<!-- to: ${headerValue(draft.to)} -->`] : []),
    ...(draft.subject ? [`<!-- subject: ${headerValue(draft.subject)} -->`] : []),
  ];
  return (header.length > 0 ? header.join('\n') + '\n\n' : '') + draftToMarkdown(draft);
}

const HEADER = /^<!--\s*(to|subject)\s*:\s*(.*?)\s*-->\s*$/i;

/** Markdown as a mail app wants it: no hard-break spaces, heading marks, bold marks or escapes. */
function markdownToPlain(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) =>
      line
        .replace(/ {2,}$/, '')
        .replace(/^#{1,6}\s+/, '')
        .replace(/\*\*(.+?)\*\*/g, '$1')
        .replace(/\\([\\`*_{}[\]<>#|~+\-.])/g, '$1'),
    )
    .join('\n');
}

/** The recipient, subject and plain-text body of an email as it stands in the editor now. */
export function emailFromMarkdown(text: string): EmailText {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const header: { to?: string; subject?: string } = {};
  let start = 0;
  for (; start < lines.length; start++) {
    const line = lines[start];
    const match = HEADER.exec(line);
    if (match) {
      header[match[1].toLowerCase() as 'to' | 'subject'] = match[2];
    } else if (line.trim() !== '') {
      break;
    }
  }
  const body = markdownToPlain(lines.slice(start).join('\n')).replace(/\s+$/, '');
  return { ...(header.to ? { to: header.to } : {}), ...(header.subject ? { subject: header.subject } : {}), body: body + '\n' };
}
