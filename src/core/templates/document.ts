/**
 * A draft as structured blocks, rendered once by `markdown.ts` (or as plain text
 * for an email body). Drafts never build Markdown by string concatenation, so
 * escaping lives in one place and every draft reads the same.
 */
import { DraftLanguage } from './locale';

export type Inline = string;

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: Inline }
  | { readonly kind: 'paragraph'; readonly text: Inline }
  /** Lines kept together without a blank line between them (greeting, signature, address). */
  | { readonly kind: 'lines'; readonly lines: readonly Inline[] }
  | { readonly kind: 'list'; readonly items: readonly Inline[]; readonly ordered?: boolean }
  | { readonly kind: 'tasks'; readonly items: readonly { readonly text: Inline; readonly done?: boolean }[] }
  | {
      readonly kind: 'table';
      readonly header: readonly Inline[];
      readonly rows: readonly (readonly Inline[])[];
      /** Per column; numbers read best right-aligned. */
      readonly align?: readonly ('left' | 'right')[];
    }
  /** A formula or figure shown verbatim. */
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'rule' };

export type DraftKind =
  | 'statement'
  | 'reminder'
  | 'changeOrder'
  | 'terminationEmail'
  | 'terminationAgreement'
  | 'offboardingChecklist'
  | 'clause';

export interface Draft {
  readonly kind: DraftKind;
  readonly language: DraftLanguage;
  /** A short title for the editor tab or quick pick. */
  readonly title: string;
  /** For emails: the subject line. */
  readonly subject?: string;
  /** For reminders: the step drafted (friendly whatever was asked when nothing is overdue). */
  readonly step?: 'friendly' | 'firm' | 'final';
  /** For emails: the recipient, when the client file has one. */
  readonly to?: string;
  readonly blocks: readonly Block[];
}

export const heading = (level: 1 | 2 | 3, text: Inline): Block => ({ kind: 'heading', level, text });
export const paragraph = (text: Inline): Block => ({ kind: 'paragraph', text });
export const lines = (...items: Inline[]): Block => ({ kind: 'lines', lines: items });
export const list = (items: readonly Inline[], ordered = false): Block => ({ kind: 'list', items, ordered });
export const tasks = (items: readonly (Inline | { text: Inline; done?: boolean })[]): Block => ({
  kind: 'tasks',
  items: items.map((i) => (typeof i === 'string' ? { text: i } : i)),
});
export const table = (header: readonly Inline[], rows: readonly (readonly Inline[])[], align?: readonly ('left' | 'right')[]): Block => ({
  kind: 'table',
  header,
  rows,
  align,
});
export const code = (text: string): Block => ({ kind: 'code', text });
export const rule = (): Block => ({ kind: 'rule' });
