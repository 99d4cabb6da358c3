/**
 * The late-payment rules between businesses, one entry per country, as data: the computation (interest.ts) reads
 * nothing about a country but this table and the dated rates (rates.ts). Each rule carries the text it comes from;
 * docs/late-payment-law.md says where each one was read and what is still to check (`verified: false`).
 */
import { RateSource } from './rates';

/** How the rate for a day of lateness is chosen. */
export type RateChoice =
  /** The rate in force on 1 January applies to January–June, the one in force on 1 July to July–December. */
  | 'halfYearStart'
  /** One rate for the whole debt: the one in force on the 31 December or 30 June before interest starts to run (UK). */
  | 'halfYearEndBeforeStart'
  /** The rate announced for the calendar year, from 1 January (TR). */
  | 'yearStart';

/** Whether a contract term agreed in advance can take the right away. */
export type Waiver =
  /** The term has no effect: the figure is owed anyway. */
  | 'void'
  /** The term is presumed grossly unfair (rebuttable): the figure is shown, with that note. */
  | 'presumedVoid'
  /** UK: void unless the contract gives a substantial remedy for late payment instead. */
  | 'onlyWithSubstantialRemedy'
  /** Valid unless a court finds it abusive towards the creditor: the contract is followed. */
  | 'voidIfAbusive'
  /** Not checked in the legal text: the contract is followed, and the result says so. */
  | 'unknown';

/** Which late fee applies when the contract states its own (`lateFeePercentPerMonth`). */
export type Precedence =
  /** FR: the agreed rate, if at least three times the legal interest rate; otherwise the statutory one. */
  | 'contractIfAtLeastThreeTimesLegalRate'
  /** DE: the creditor may claim a higher rate on another ground; the statutory rate is the least owed. */
  | 'contractIfHigher'
  /** UK: an agreed remedy replaces statutory interest only if substantial; one at least the statutory rate is. */
  | 'contractIfSubstantialRemedy'
  /** The agreed rate applies instead of the statutory one (within the rule against grossly unfair terms). */
  | 'agreedRate'
  /** Not checked in the legal text. */
  | 'unknown';

export interface CompensationBand {
  /** The band applies to a debt below this amount (major units of the rule's currency); absent: no upper bound. */
  readonly below?: number;
  readonly amount: number;
}

export type CompensationRule =
  | { readonly kind: 'bands'; readonly currency: string; readonly bands: readonly CompensationBand[] }
  /** TR: the minimum amount announced each January (rates.ts TR_MINIMUM_COMPENSATION), for the year the debtor defaulted. */
  | { readonly kind: 'announcedYearly'; readonly currency: 'TRY' };

export interface LateFeeRule {
  readonly country: string;
  /** The legal basis in a few words, in the law's own language, as drafts cite it. */
  readonly basis: string;
  readonly rate?: {
    readonly source: RateSource;
    readonly pointsAdded: number;
    readonly choice: RateChoice;
    /** BE: the sum is rounded up to the next half point. */
    readonly roundUpToHalfPoint?: boolean;
    /**
     * NL: at the end of each full year of lateness the year's interest, rounded to the minor unit, is added to the
     * amount interest runs on (on the anniversaries of the first day of lateness; for a start on 29 February, 1 March in
     * a common year).
     */
    readonly capitaliseYearly?: boolean;
  };
  readonly compensation?: CompensationRule;
  readonly waiver: { readonly interest: Waiver; readonly compensation: Waiver };
  readonly precedence: Precedence;
  /** Article and text source of each part. */
  readonly citation: { readonly interest: string; readonly compensation?: string; readonly waiver: string };
  /** True when the figures (rate, points, compensation) were read in the legal text or its official publication. */
  readonly verified: boolean;
  /** What remains to read before relying on the parts not verified. */
  readonly toCheck: readonly string[];
}

const EUR_40: CompensationRule = { kind: 'bands', currency: 'EUR', bands: [{ amount: 40 }] };

const rules: readonly LateFeeRule[] = [
  {
    country: 'FR',
    basis: 'Code de commerce, art. L441-10 et D441-5',
    rate: { source: 'ECB', pointsAdded: 10, choice: 'halfYearStart' },
    compensation: EUR_40,
    waiver: { interest: 'void', compensation: 'void' },
    precedence: 'contractIfAtLeastThreeTimesLegalRate',
    citation: {
      interest: 'Code de commerce art. L441-10 II: BCE refinancing rate + 10 points; first half-year at the rate in force on 1 January, second on 1 July; an agreed rate may not be below three times the legal interest rate',
      compensation: 'Code de commerce art. L441-10 II (de plein droit) and D441-5 (EUR 40, décret 2012-1115)',
      waiver: 'L441-10 II: the indemnity is owed "de plein droit"; a contract may set another rate, never below three times the legal rate',
    },
    verified: true,
    toCheck: ['Whether a rate agreed below three times the legal rate falls back to the statutory rate or to the floor (case law).'],
  },
  {
    country: 'IT',
    basis: 'D.Lgs. 9 ottobre 2002, n. 231, artt. 5 e 6',
    rate: { source: 'ECB', pointsAdded: 8, choice: 'halfYearStart' },
    compensation: EUR_40,
    waiver: { interest: 'void', compensation: 'presumedVoid' },
    precedence: 'agreedRate',
    citation: {
      interest: 'D.Lgs. 231/2002 art. 5 (as replaced by D.Lgs. 192/2012): reference rate in force on 1 January for the first half-year, on 1 July for the second; ECB rate + 8 points',
      compensation: 'D.Lgs. 231/2002 art. 6(2): EUR 40 without formal notice',
      waiver: 'D.Lgs. 231/2002 art. 7(3): a clause excluding late interest is grossly unfair, no proof to the contrary; art. 7(4): one excluding the recovery costs is presumed so',
    },
    verified: true,
    toCheck: [],
  },
  {
    country: 'DE',
    basis: '§ 288 Abs. 2 und 5 BGB',
    rate: { source: 'Bundesbank', pointsAdded: 9, choice: 'halfYearStart' },
    compensation: EUR_40,
    waiver: { interest: 'void', compensation: 'presumedVoid' },
    precedence: 'contractIfHigher',
    citation: {
      interest: '§ 288 Abs. 2 BGB: nine points above the base rate (§ 247 BGB, set each 1 January and 1 July)',
      compensation: '§ 288 Abs. 5 BGB: EUR 40 lump sum when the debtor is not a consumer',
      waiver: '§ 288 Abs. 6 BGB: excluding the interest in advance is ineffective; excluding the lump sum is, in doubt, grossly unfair',
    },
    verified: true,
    toCheck: ['An agreed rate lower than the statutory one stands unless grossly unfair (§ 288 Abs. 6 Satz 2): the figure shows the statutory rate.'],
  },
  {
    country: 'ES',
    basis: 'Ley 3/2004, arts. 7 y 8',
    rate: { source: 'ECB', pointsAdded: 8, choice: 'halfYearStart' },
    compensation: EUR_40,
    waiver: { interest: 'void', compensation: 'void' },
    precedence: 'agreedRate',
    citation: {
      interest: 'Ley 3/2004 art. 7.2 (Ley 11/2013): ECB rate of its most recent main refinancing operation before the first day of the half-year + 8 points',
      compensation: 'Ley 3/2004 art. 8.1: a fixed EUR 40, added in all cases',
      waiver:
        'Ley 3/2004 art. 9.1, last paragraph (Ley 11/2013 art. 33.5; Ley 17/2014 DF 6ª): clauses excluding the late interest or the art. 8 compensation are void in all cases ("En todo caso, son nulas")',
    },
    verified: true,
    toCheck: [
      'Ley 3/2004 art. 9.1: an agreed rate "un 70 por ciento inferior al interés legal de demora" is abusive unless shown otherwise; the contract\'s own rate is followed without that check.',
    ],
  },
  {
    country: 'BE',
    basis: 'Loi du 2 août 2002, art. 5 et 6',
    rate: { source: 'ECB', pointsAdded: 8, choice: 'halfYearStart', roundUpToHalfPoint: true },
    compensation: EUR_40,
    waiver: { interest: 'void', compensation: 'presumedVoid' },
    precedence: 'agreedRate',
    citation: {
      interest:
        'Loi du 2 août 2002 art. 5 (lois des 22 novembre 2013 et 14 août 2021): the reference rate + 8 points, rounded up to the next half point, unless agreed otherwise within art. 7; art. 2, 4°: the ECB rate in force on 1 January for the first half-year, on 1 July for the second',
      compensation: 'Loi du 2 août 2002 art. 6 (loi du 14 août 2021): EUR 40 by operation of law and without formal notice, once late interest is owed',
      waiver: 'Loi du 2 août 2002 art. 7 (loi du 22 novembre 2013): a clause excluding late interest is deemed manifestly unfair; one excluding the recovery costs of art. 6 is presumed so',
    },
    verified: true,
    toCheck: ['The French text of the articles (read in the Dutch coordinated text and in the French summaries of the 2013 amendment).'],
  },
  {
    country: 'NL',
    basis: 'Burgerlijk Wetboek, art. 6:119a, 6:120 lid 2 en 6:96 lid 4',
    rate: { source: 'ECB', pointsAdded: 8, choice: 'halfYearStart', capitaliseYearly: true },
    compensation: EUR_40,
    waiver: { interest: 'unknown', compensation: 'void' },
    precedence: 'agreedRate',
    citation: {
      interest:
        'BW 6:119a lid 1 (commercial interest from the day after the agreed payment day) and 6:120 lid 2: the ECB rate of its most recent main refinancing operation before the first calendar day of the half-year + 8 points; 6:119a lid 3: "Telkens na afloop van een jaar wordt het bedrag waarover de wettelijke rente wordt berekend, vermeerderd met de over dat jaar verschuldigde rente"',
      compensation: 'BW 6:96 lid 4: at least EUR 40 in a commercial agreement, owed without reminder from the day after the payment day',
      waiver:
        'BW 6:96 lid 4: no departure from the EUR 40 to the creditor\'s detriment; 6:119a (leden 1-8, version read) has no rule on a clause excluding the interest',
    },
    verified: true,
    toCheck: [
      'Whether a contract may exclude the commercial interest (Directive 2011/7/EU art. 7(2)): 6:119a as read says nothing; 6:237 is for consumers; the transposition table of Kamerstukken 33171 nr. 3 is not read.',
      'Payments are taken off the invoice amount; BW 6:44 imputes them to costs and interest first, which the figure does not model.',
    ],
  },
  {
    country: 'GB',
    basis: 'Late Payment of Commercial Debts (Interest) Act 1998, ss. 5A and 6',
    rate: { source: 'BoE', pointsAdded: 8, choice: 'halfYearEndBeforeStart' },
    compensation: { kind: 'bands', currency: 'GBP', bands: [{ below: 1000, amount: 40 }, { below: 10000, amount: 70 }, { amount: 100 }] },
    waiver: { interest: 'onlyWithSubstantialRemedy', compensation: 'onlyWithSubstantialRemedy' },
    precedence: 'contractIfSubstantialRemedy',
    citation: {
      interest: 'Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002, art. 4: 8 % over the official dealing rate in force on the 30 June or 31 December immediately before the day statutory interest starts to run',
      compensation: 'Act s. 5A(2): GBP 40 for a debt less than 1,000; GBP 70 for 1,000 or more but less than 10,000; GBP 100 for 10,000 or more',
      waiver: 'Act s. 8(1): terms are void to the extent they exclude statutory interest, unless there is a substantial contractual remedy for late payment',
    },
    verified: true,
    toCheck: ['Whether s. 8 covers the s. 5A fixed sum as part of statutory interest (s. 5A(3)).'],
  },
  {
    country: 'TR',
    basis: '6102 sayılı Türk Ticaret Kanunu, m. 1530',
    rate: { source: 'TCMB', pointsAdded: 0, choice: 'yearStart' },
    compensation: { kind: 'announcedYearly', currency: 'TRY' },
    waiver: { interest: 'void', compensation: 'unknown' },
    precedence: 'agreedRate',
    citation: {
      interest: 'TTK 1530/7: where the contract sets no late-payment rate (or its terms are invalid), the rate the TCMB announces each January, at least eight points above the commercial default rate of Law 3095 (itself the TCMB short-term advance rate)',
      compensation: 'TTK 1530/7: the minimum compensation for collection costs the TCMB announces each January',
      waiver:
        'TTK 1530/6: terms that no late interest is paid, or so little as to be grossly unfair, are invalid, and 1530/7 applies; excluding the collection-cost compensation not read as such',
    },
    verified: true,
    toCheck: [
      'Whether 1530/6 ("zarardan borçlunun sorumlu olmayacağını veya sınırlı bir şekilde sorumlu tutulabileceğini") covers a term excluding the 1530/7 collection-cost minimum.',
      'TTK 1530 read in a copy of the text, not on mevzuat.gov.tr.',
      'Whether a default spanning two years takes each year’s rate (as computed) or the rate of the year it began.'],
  },
];

// Euro-area members not listed above: the Late Payment Directive's minimum, ECB rate + 8 points and EUR 40.
const EURO_AREA_MINIMUM = ['AT', 'CY', 'EE', 'FI', 'GR', 'HR', 'IE', 'LT', 'LU', 'LV', 'MT', 'PT', 'SI', 'SK'];
// Other EU members: the directive's reference rate is their central bank's, of which no data ships.
const EU_OWN_CURRENCY = ['BG', 'CZ', 'DK', 'HU', 'PL', 'RO', 'SE'];

const DIRECTIVE_TO_CHECK = ['The national transposition of Directive 2011/7/EU (rate, rounding, half-year rule, compensation, exclusion clauses).'];

function directiveMinimum(country: string, euro: boolean): LateFeeRule {
  return {
    country,
    basis: 'Directive 2011/7/EU (national transposition)',
    rate: euro ? { source: 'ECB', pointsAdded: 8, choice: 'halfYearStart' } : undefined,
    compensation: euro ? EUR_40 : undefined,
    waiver: { interest: 'unknown', compensation: 'unknown' },
    precedence: 'unknown',
    citation: {
      interest: euro ? 'Directive 2011/7/EU: reference rate (ECB main refinancing rate) + at least 8 points' : 'Directive 2011/7/EU: the national central bank’s reference rate + at least 8 points (no data shipped)',
      compensation: euro ? 'Directive 2011/7/EU art. 6(1): at least EUR 40' : undefined,
      waiver: 'Not read',
    },
    verified: false,
    toCheck: euro ? DIRECTIVE_TO_CHECK : [...DIRECTIVE_TO_CHECK, 'The national reference rate, to add as data.'],
  };
}

const BY_COUNTRY: ReadonlyMap<string, LateFeeRule> = new Map<string, LateFeeRule>([
  ...rules.map((r) => [r.country, r] as const),
  ...EURO_AREA_MINIMUM.map((c) => [c, directiveMinimum(c, true)] as const),
  ...EU_OWN_CURRENCY.map((c) => [c, directiveMinimum(c, false)] as const),
]);

/** The late-payment rule of a country (ISO 3166-1 alpha-2), or undefined where none is known. */
export function lateFeeRule(country: string): LateFeeRule | undefined {
  return BY_COUNTRY.get(country);
}

/** Every rule, for documentation and tests. */
export function lateFeeRules(): readonly LateFeeRule[] {
  return [...BY_COUNTRY.values()];
}
