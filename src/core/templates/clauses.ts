/**
 * Contract clauses that prevent the signs of a bad client relationship
 * next time. Each clause is filled from the
 * client's contract where it has the figure, else from the defaults below,
 * and works without any client at all (a freelancer writing a new contract).
 */
import { parseTimeOfDay } from '../dates';
import { toMinor } from '../money';
import type { ClientFile } from '../schema';
import { WEEKDAYS } from '../vocabulary';
import { DEFAULT_PAYMENT_TERMS_DAYS } from '../health/facts';
import { Block, Draft, heading, paragraph } from './document';
import { DraftLanguage, formatterFor } from './locale';
import { renderPlainText } from './markdown';
import { CLAUSE_IDS, ClauseId, ClauseValues, CLAUSES_TEXTS } from './text/clauses';
import type { Count } from './text/termination';
import { DEFAULT_NOTICE_DAYS } from './exitFacts';
import { count } from './terminationEmail';
import { typesetBlocks, typography } from './typeset';

export { CLAUSE_IDS, ClauseId };

/** The figures the clauses name. Rates are decimals in `currency`; times are minutes after midnight; days Monday = 0. */
export interface ClauseTerms {
  readonly currency: string;
  readonly revisionsIncluded: number;
  /** Rate for extra revisions and out-of-scope work; undefined: "the Provider's hourly rate in force". */
  readonly extraHourlyRate: number | undefined;
  /** The agreed hourly rate; undefined: "the agreed rate". */
  readonly hourlyRate: number | undefined;
  readonly paymentTermsDays: number;
  readonly lateFeePercentPerMonth: number;
  readonly depositPercent: number;
  readonly workingDays: readonly number[];
  readonly workStart: number;
  readonly workEnd: number;
  /** A request for delivery within this many hours is urgent. */
  readonly urgentWithinHours: number;
  readonly urgentSurchargePercent: number;
  readonly noticeDays: number;
  /** Days the Provider has, after withdrawing, to propose a substitute or refund. */
  readonly withdrawalDays: number;
  /** Days after the due date before work may stop. */
  readonly suspendAfterDaysLate: number;
  /** Late payments after which prepayment may be required. */
  readonly latePaymentsBeforePrepayment: number;
}

/**
 * Defaults when neither the contract, the freelancer's settings in the file
 * nor `terms` give a figure. Rates have no default: without one the clause
 * refers to the rate in force or the agreed rate instead of naming a number.
 */
export const CLAUSE_DEFAULTS = {
  currency: 'EUR',
  revisionsIncluded: 2,
  paymentTermsDays: DEFAULT_PAYMENT_TERMS_DAYS,
  lateFeePercentPerMonth: 1.5,
  depositPercent: 30,
  workingDays: [0, 1, 2, 3, 4],
  workStart: 9 * 60,
  workEnd: 18 * 60,
  urgentWithinHours: 24,
  urgentSurchargePercent: 50,
  noticeDays: DEFAULT_NOTICE_DAYS,
  withdrawalDays: 14,
  suspendAfterDaysLate: 15,
  latePaymentsBeforePrepayment: 2,
} as const;

export interface ClauseInput {
  readonly language: DraftLanguage;
  /** The client file, when there is one: the freelancer's working hours, rate and currency. */
  readonly file?: ClientFile;
  /** The client whose contract fills the figures; absent (or a client without a contract) for a new contract. */
  readonly clientIndex?: number;
  /** Figures that win over the contract and the defaults. */
  readonly terms?: Partial<ClauseTerms>;
}

/** The figures each clause names, to tell which of them came from a default. */
const CLAUSE_TERMS: Readonly<Record<ClauseId, readonly (keyof ClauseTerms)[]>> = {
  revisions: ['revisionsIncluded', 'extraHourlyRate'],
  paymentTerms: ['paymentTermsDays', 'lateFeePercentPerMonth'],
  signatureDeposit: ['depositPercent'],
  workingHours: ['workingDays', 'workStart', 'workEnd', 'urgentWithinHours', 'urgentSurchargePercent', 'hourlyRate'],
  changeOrders: ['extraHourlyRate'],
  notice: ['noticeDays'],
  withdrawal: ['withdrawalDays'],
  suspension: ['suspendAfterDaysLate'],
  repeatedLatePayment: ['latePaymentsBeforePrepayment'],
  ownership: [],
  cancellation: ['hourlyRate'],
};

/** The figures for the clauses, and which of them are defaults rather than the contract's, the file's or the caller's. */
export function clauseTerms(input: ClauseInput): { terms: ClauseTerms; defaulted: (keyof ClauseTerms)[] } {
  const file = input.file;
  const client = input.clientIndex === undefined ? undefined : file?.clients[input.clientIndex];
  const contract = client?.contract;
  const freelancer = file?.freelancer;
  const given = input.terms ?? {};
  const hours = freelancer?.workingHours;
  const found: { [K in keyof ClauseTerms]?: ClauseTerms[K] } = {
    currency: client?.currency ?? freelancer?.currency,
    revisionsIncluded: contract?.revisionsIncluded,
    extraHourlyRate: contract?.extraHourlyRate ?? contract?.hourlyRate ?? freelancer?.standardHourlyRate,
    hourlyRate: contract?.hourlyRate ?? freelancer?.standardHourlyRate,
    paymentTermsDays: contract?.paymentTermsDays,
    lateFeePercentPerMonth: contract?.lateFeePercentPerMonth,
    workingDays: hours?.days?.map((d) => WEEKDAYS.indexOf(d)),
    workStart: hours?.start === undefined ? undefined : parseTimeOfDay(hours.start),
    workEnd: hours?.end === undefined ? undefined : parseTimeOfDay(hours.end),
    noticeDays: contract?.noticeDays,
  };
  const defaulted: (keyof ClauseTerms)[] = [];
  const pick = <K extends keyof ClauseTerms>(key: K): ClauseTerms[K] => {
    const value = given[key] ?? found[key];
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) {
      return value;
    }
    defaulted.push(key);
    return (CLAUSE_DEFAULTS as Partial<ClauseTerms>)[key] as ClauseTerms[K];
  };
  const terms: ClauseTerms = {
    currency: pick('currency'),
    revisionsIncluded: pick('revisionsIncluded'),
    extraHourlyRate: pick('extraHourlyRate'),
    hourlyRate: pick('hourlyRate'),
    paymentTermsDays: pick('paymentTermsDays'),
    lateFeePercentPerMonth: pick('lateFeePercentPerMonth'),
    depositPercent: pick('depositPercent'),
    workingDays: pick('workingDays'),
    workStart: pick('workStart'),
    workEnd: pick('workEnd'),
    urgentWithinHours: pick('urgentWithinHours'),
    urgentSurchargePercent: pick('urgentSurchargePercent'),
    noticeDays: pick('noticeDays'),
    withdrawalDays: pick('withdrawalDays'),
    suspendAfterDaysLate: pick('suspendAfterDaysLate'),
    latePaymentsBeforePrepayment: pick('latePaymentsBeforePrepayment'),
  };
  return { terms, defaulted };
}

/**
 * The figures as a language writes them. A figure in `defaulted` (not the contract's, the file's or the
 * caller's) is written in brackets, `[30 %]`, the way a contract template marks what is still to agree.
 */
export function clauseValues(terms: ClauseTerms, language: DraftLanguage, defaulted: readonly (keyof ClauseTerms)[] = [], lawCountry?: string): ClauseValues {
  const fmt = formatterFor(language);
  const t = CLAUSES_TEXTS[language];
  const marked = (key: keyof ClauseTerms) => defaulted.includes(key);
  function mark(key: keyof ClauseTerms, value: Count): Count;
  function mark(key: keyof ClauseTerms, value: string): string;
  function mark(key: keyof ClauseTerms, value: string | undefined): string | undefined;
  function mark(key: keyof ClauseTerms, value: string | Count | undefined): string | Count | undefined {
    if (value === undefined || !marked(key)) {
      return value;
    }
    return typeof value === 'string' ? `[${value}]` : { ...value, text: `[${value.text}]` };
  }
  const rate = (key: 'extraHourlyRate' | 'hourlyRate') => {
    const value = terms[key];
    return mark(key, value === undefined ? undefined : fmt.money(toMinor(value, terms.currency), terms.currency));
  };
  return {
    revisions: mark('revisionsIncluded', count(fmt, terms.revisionsIncluded)),
    extraRate: rate('extraHourlyRate'),
    hourlyRate: rate('hourlyRate'),
    paymentDays: mark('paymentTermsDays', count(fmt, terms.paymentTermsDays)),
    lateFee: mark('lateFeePercentPerMonth', fmt.percent(terms.lateFeePercentPerMonth)),
    lateFeeYearly: fmt.percent(terms.lateFeePercentPerMonth * 12),
    deposit: mark('depositPercent', fmt.percent(terms.depositPercent)),
    workingDays: mark('workingDays', t.workingDays([...new Set(terms.workingDays)].sort((a, b) => a - b))),
    start: mark('workStart', t.time(terms.workStart)),
    end: mark('workEnd', t.time(terms.workEnd)),
    urgentHours: mark('urgentWithinHours', count(fmt, terms.urgentWithinHours)),
    urgentSurcharge: mark('urgentSurchargePercent', fmt.percent(terms.urgentSurchargePercent)),
    noticeDays: mark('noticeDays', count(fmt, terms.noticeDays)),
    withdrawalDays: mark('withdrawalDays', count(fmt, terms.withdrawalDays)),
    suspendAfterDays: mark('suspendAfterDaysLate', count(fmt, terms.suspendAfterDaysLate)),
    latePayments: mark('latePaymentsBeforePrepayment', count(fmt, terms.latePaymentsBeforePrepayment)),
    ...(lawCountry ? { lawCountry } : {}),
  };
}

/** The clause's name in a language (also the draft's title). */
export function clauseName(id: ClauseId, language: DraftLanguage): string {
  return CLAUSES_TEXTS[language].clauses[id].name;
}

/** The blocks of a clause from its values: a level-3 heading with the name, then its paragraphs. */
export function renderClause(id: ClauseId, values: ClauseValues, language: DraftLanguage): Block[] {
  const text = CLAUSES_TEXTS[language].clauses[id];
  return typesetBlocks(language, [heading(3, text.name), ...text.body(values).map(paragraph)]);
}

export interface ClauseDraft extends Draft {
  readonly kind: 'clause';
  readonly clauseId: ClauseId;
  /** The figures of this clause that are defaults (not from the contract, the file or `terms`): worth a look before signing. */
  readonly defaulted: readonly (keyof ClauseTerms)[];
}

export function clause(id: ClauseId, input: ClauseInput): ClauseDraft {
  const { terms, defaulted } = clauseTerms(input);
  const used = CLAUSE_TERMS[id];
  return {
    kind: 'clause',
    language: input.language,
    clauseId: id,
    title: typography(input.language, clauseName(id, input.language)),
    blocks: renderClause(id, clauseValues(terms, input.language, defaulted, input.file?.freelancer.country), input.language),
    defaulted: defaulted.filter((k) => used.includes(k)),
  };
}

/** The clause's note for the freelancer (what the law says of its figures), in the input's language; undefined when it has none. */
export function clauseHelp(id: ClauseId, input: ClauseInput): string | undefined {
  const help = CLAUSES_TEXTS[input.language].clauses[id].help;
  // The figures as they are, without the brackets of a default: the note explains them, it is not signed.
  const { terms } = clauseTerms(input);
  const text = help?.(clauseValues(terms, input.language, [], input.file?.freelancer.country));
  return text === undefined ? undefined : renderPlainText([paragraph(typography(input.language, text))]).trim();
}

/** The clause's first sentence as plain text, for a quick pick's detail (at most `max` characters). */
export function clausePreview(id: ClauseId, input: ClauseInput, max = 160): string {
  const { terms, defaulted } = clauseTerms(input);
  const first = CLAUSES_TEXTS[input.language].clauses[id].body(clauseValues(terms, input.language, defaulted, input.file?.freelancer.country))[0];
  const plain = renderPlainText([paragraph(typography(input.language, first))]).trim();
  const sentence = /^.*?[.!?](?=\s|$)/.exec(plain)?.[0] ?? plain;
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1).trimEnd()}…`;
}
