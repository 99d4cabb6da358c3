/**
 * Editor snippets for every clause and every termination email, in every
 * draft language, for Markdown and plain text. They are generated from the
 * same templates as the drafts: each template is rendered with tab-stop
 * markers in place of names, numbers, dates and amounts, and the markers
 * become `${1:Client name}`, `${2:30}`... numbered in order of appearance.
 *
 * `snippetFiles()` gives the committed files' contents; a unit test checks
 * they are up to date (UPDATE_SNIPPETS=1 rewrites them), and
 * `node scripts/snippets.mjs` writes them after `tsc`.
 */
import { toMinor } from '../money';
import { Block, paragraph } from './document';
import { DRAFT_LANGUAGES, DraftLanguage, formatterFor } from './locale';
import { renderMarkdown, renderPlainText } from './markdown';
import { CLAUSE_DEFAULTS, CLAUSE_IDS, clauseName, clauseValues, renderClause } from './clauses';
import { ClauseValues, CLAUSES_TEXTS } from './text/clauses';
import { Count, TERMINATION_REASONS, TERMINATION_TEXTS, TerminationReason } from './text/termination';
import { renderTermination, TerminationModel } from './terminationEmail';
import { typography } from './typeset';

export interface Snippet {
  readonly prefix: string;
  readonly description: string;
  readonly body: string[];
}

export type SnippetFormat = 'markdown' | 'plaintext';
export const SNIPPET_FORMATS: readonly SnippetFormat[] = ['markdown', 'plaintext'];

/** Repository paths of the generated files, by editor language. */
export const SNIPPET_PATHS: Readonly<Record<SnippetFormat, string>> = {
  markdown: 'snippets/drafts.markdown.json',
  plaintext: 'snippets/drafts.plaintext.json',
};

// A tab stop inside rendered text: \u0001 key \u0002 default \u0003. Keys are provisional; rendering renumbers them.
const MARK = /\u0001(\d+)\u0002([^\u0003]*)\u0003/g;

/** Hands out markers; the same key always gets the same marker (so VS Code mirrors it). */
function slots() {
  let next = 1;
  const keys = new Map<string, number>();
  const slot = (key: string, text: string): string => {
    let n = keys.get(key);
    if (n === undefined) {
      n = next++;
      keys.set(key, n);
    }
    return `\u0001${n}\u0002${text}\u0003`;
  };
  const countSlot = (key: string, n: number, text: string): Count => ({ text: slot(key, text), n });
  return { slot, countSlot };
}

/** Snippet syntax outside a tab stop: `$`, `}` and `\` are escaped. */
const escapeSnippet = (text: string) => text.replace(/[\\$}]/g, (c) => `\\${c}`);

/** Rendered text with markers -> snippet body lines, tab stops numbered in order of first appearance. */
export function toSnippetBody(text: string): string[] {
  const numbers = new Map<string, number>();
  let out = '';
  let last = 0;
  for (const m of text.matchAll(MARK)) {
    out += escapeSnippet(text.slice(last, m.index));
    let n = numbers.get(m[1]);
    if (n === undefined) {
      n = numbers.size + 1;
      numbers.set(m[1], n);
    }
    out += `\${${n}:${escapeSnippet(m[2])}}`;
    last = m.index + m[0].length;
  }
  out += escapeSnippet(text.slice(last));
  return out.replace(/\n+$/, '').split('\n');
}

function render(blocks: readonly Block[], format: SnippetFormat): string {
  return format === 'markdown' ? renderMarkdown(blocks) : renderPlainText(blocks);
}

/** The termination email model with tab stops for every name, date, number and amount. */
export function terminationSnippetModel(reason: TerminationReason, language: DraftLanguage): TerminationModel {
  const { slot, countSlot } = slots();
  const fmt = formatterFor(language);
  const s = TERMINATION_TEXTS[language].slots;
  const date = (key: string) => slot(key, s.date);
  const amount = (key: string) => slot(key, s.amount);
  const immediate = reason === 'abuse';
  const client = slot('client', s.client);
  return {
    reason,
    client,
    clientPlain: client,
    addressee: { salutation: slot('contact', s.contact) },
    today: date('lastDay'),
    lastDay: date('lastDay'),
    // Without a contract there is no contract notice to cite: the email gives the default notice instead.
    lastDaySource: immediate ? 'immediate' : reason === 'noContract' ? 'default' : 'contract',
    notice: countSlot('notice', CLAUSE_DEFAULTS.noticeDays, fmt.number(CLAUSE_DEFAULTS.noticeDays)),
    toFinish: immediate ? [] : [{ name: slot('deliverable', s.deliverable), due: date('deliverableDue') }],
    unfinished: [],
    invoices: [{ number: slot('invoice', s.invoice), issued: date('issued'), due: date('due'), outstanding: amount('outstanding') }],
    total: amount('total'),
    payBy: date('payBy'),
    refund: undefined,
    handoverBy: immediate ? date('handoverBy') : date('lastDay'),
    referrals: [{ name: slot('colleague', s.colleague), contact: slot('colleagueContact', s.colleagueContact) }],
    signature: [slot('yourName', s.yourName), slot('yourEmail', s.yourEmail)],
  };
}

/** Clause values with tab stops; numbers default to the clause defaults, rates to a sample in euros. */
export function clauseSnippetValues(language: DraftLanguage): ClauseValues {
  const { slot, countSlot } = slots();
  const sample = clauseValues({ ...CLAUSE_DEFAULTS, extraHourlyRate: 90, hourlyRate: 70 }, language);
  const c = (key: keyof ClauseValues, value: Count) => countSlot(key, value.n, value.text);
  const fmt = formatterFor(language);
  const rate = (value: number) => fmt.money(toMinor(value, 'EUR'), 'EUR');
  return {
    revisions: c('revisions', sample.revisions),
    extraRate: slot('extraRate', rate(90)),
    hourlyRate: slot('hourlyRate', rate(70)),
    paymentDays: c('paymentDays', sample.paymentDays),
    lateFee: slot('lateFee', sample.lateFee),
    lateFeeYearly: sample.lateFeeYearly,
    deposit: slot('deposit', sample.deposit),
    workingDays: slot('workingDays', CLAUSES_TEXTS[language].slots.workingDays),
    start: slot('start', sample.start),
    end: slot('end', sample.end),
    urgentHours: c('urgentHours', sample.urgentHours),
    urgentSurcharge: slot('urgentSurcharge', sample.urgentSurcharge),
    noticeDays: c('noticeDays', sample.noticeDays),
    withdrawalDays: c('withdrawalDays', sample.withdrawalDays),
    suspendAfterDays: c('suspendAfterDays', sample.suspendAfterDays),
    latePayments: c('latePayments', sample.latePayments),
  };
}

/** The clause's note for the freelancer with the snippet's sample figures, as plain text; '' when it has none. */
function clauseNote(id: (typeof CLAUSE_IDS)[number], language: DraftLanguage): string {
  const help = CLAUSES_TEXTS[language].clauses[id].help;
  // No file here: the language's own law (clauseLaw), as the snippet's clause text cites it.
  const text = help?.(clauseValues({ ...CLAUSE_DEFAULTS, extraHourlyRate: 90, hourlyRate: 70 }, language));
  return text === undefined ? '' : renderPlainText([paragraph(typography(language, text))]).trim();
}

/** Every snippet of one editor language, keyed by a unique name. */
export function buildSnippets(format: SnippetFormat): Record<string, Snippet> {
  const out: Record<string, Snippet> = {};
  for (const language of DRAFT_LANGUAGES) {
    const tt = TERMINATION_TEXTS[language];
    for (const reason of TERMINATION_REASONS) {
      const { subject, blocks } = renderTermination(terminationSnippetModel(reason, language), language);
      const text = `${typography(language, tt.subjectLabel)} ${subject}\n\n${render(blocks, format)}`;
      const description = `${tt.reasonLabels[reason]}`;
      out[`Client Health ${language}: termination email – ${reason}`] = {
        prefix: `ch-${language}-termination-${reason}`,
        description,
        body: toSnippetBody(text),
      };
    }
    for (const id of CLAUSE_IDS) {
      const blocks = renderClause(id, clauseSnippetValues(language), language);
      out[`Client Health ${language}: clause – ${id}`] = {
        prefix: `ch-${language}-clause-${id}`,
        // A clause's note for the freelancer shows in the suggestion's details, beside its name.
        description: [clauseName(id, language), clauseNote(id, language)].filter(Boolean).join(' – '),
        body: toSnippetBody(render(blocks, format)),
      };
    }
  }
  return out;
}

/** The files to commit: path -> contents. */
export function snippetFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const format of SNIPPET_FORMATS) {
    files[SNIPPET_PATHS[format]] = `${JSON.stringify(buildSnippets(format), null, 2)}\n`;
  }
  return files;
}
