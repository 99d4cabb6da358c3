/**
 * Statutory late-payment figures of one invoice, pure: simple interest per day (amount overdue × annual rate × 1/365),
 * each day at the rate its rule chooses for it, added up exactly in minor units and rounded once, half up; and the
 * fixed compensation of the rule, once per invoice paid late or still overdue. Where the rule capitalises yearly
 * (NL), each full year of lateness is summed and rounded on its own, and its interest joins the amount it runs on.
 */
import { DayNumber, formatDate, parseDate } from '../dates';
import { Minor, toMinor } from '../money';
import { CompensationRule, LateFeeRule } from './rules';
import { RateEntry, TR_MINIMUM_COMPENSATION } from './rates';
import { RATE_SCALE, anniversary, nextPeriodStart, rateOn, ratesUpTo, referenceDayOf } from './periods';
import { ContractFeeDecision, WaiverOutcome, contractDecision, outcome } from './contract';

export interface LateInvoice {
  readonly number: string;
  readonly due: DayNumber;
  readonly amount: Minor;
  /** Payments received up to today, in date order. */
  readonly payments: readonly { readonly day: DayNumber; readonly amount: Minor }[];
}

export interface LateFeeTerms {
  readonly rule: LateFeeRule;
  /** Shipped and added rates (settings.ts mergeRates), each source in date order. */
  readonly rates: readonly RateEntry[];
  /** The invoice's currency. */
  readonly currency: string;
  /** `contract.statutoryLateFees`: false where the contract waives the statutory figures. */
  readonly statutoryLateFees: boolean;
  /** `contract.lateFeePercentPerMonth`, the contract's own late fee. */
  readonly contractPercentPerMonth?: number;
  readonly today: DayNumber;
}

/** A stretch of days with one balance and one rate. */
export interface InterestPeriod {
  /** First and last day, both counted. */
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly balance: Minor;
  /** The annual statutory rate in percent (reference + points), or undefined when no rate is known for the day. */
  readonly percent: number | undefined;
  /** The day whose reference rate applies (1 January, 1 July, 30 June...). */
  readonly referenceDay: string;
  /** The interest of the full years before this row that `balance` includes (BW 6:119a lid 3); absent when none. */
  readonly capitalised?: Minor;
}

export interface InvoiceLateFees {
  readonly invoice: string;
  /** Today, or the day the invoice was paid in full, minus the due date; 0 when not late. */
  readonly daysLate: number;
  /** Statutory interest to date, in minor units; undefined when a day's rate is unknown or the figure is waived. */
  readonly interest: Minor | undefined;
  /** The fixed compensation in the rule's currency; undefined when the rule has none, it is waived, or it cannot be told. */
  readonly compensation: { readonly amount: Minor; readonly currency: string } | undefined;
  readonly periods: readonly InterestPeriod[];
  /** Some day uses a rate older than its reference day: the data stops at `ratesUpTo`. */
  readonly olderRate: boolean;
  /** Some day has no rate at all (before the first known one): no interest figure. */
  readonly rateMissing: boolean;
  readonly interestOutcome: WaiverOutcome;
  readonly compensationOutcome: WaiverOutcome;
  /** False where the rule's waiver was not read in the legal text: the contract's waiver is followed unchecked. */
  readonly waiverChecked: boolean;
  /** Which late fee applies, when the contract has its own. */
  readonly contractFee?: ContractFeeDecision;
}

// Balance × rate × days over this is the interest in minor units: percent, rate scale, days in a year.
const INTEREST_DENOMINATOR = BigInt(100 * RATE_SCALE * 365);

function statutoryPercent(rule: LateFeeRule, rates: readonly RateEntry[], referenceDay: string): number | undefined {
  const rate = rule.rate;
  const entry = rate && rateOn(rates, rate.source, referenceDay);
  if (!rate || !entry) {
    return undefined;
  }
  const sum = Math.round((entry.percent + rate.pointsAdded) * RATE_SCALE) / RATE_SCALE;
  // Rounded up to the next half point: 11.15 → 11.5, 10.5 stays.
  return rate.roundUpToHalfPoint ? Math.ceil(Math.round(sum * 2 * RATE_SCALE) / RATE_SCALE) / 2 : sum;
}

function statutoryPercentKnown(rule: LateFeeRule, rates: readonly RateEntry[], referenceDay: string): boolean {
  return statutoryPercent(rule, rates, referenceDay) !== undefined;
}

function compensationOf(rule: CompensationRule, debt: Minor, currency: string, lateFrom: DayNumber): { amount: Minor; currency: string; older: boolean } | undefined {
  if (rule.kind === 'announcedYearly') {
    const day = formatDate(lateFrom);
    const entries = TR_MINIMUM_COMPENSATION.filter((e) => e.from <= day);
    const entry = entries[entries.length - 1];
    if (!entry) {
      return undefined;
    }
    const last = TR_MINIMUM_COMPENSATION[TR_MINIMUM_COMPENSATION.length - 1];
    // The amount is announced per calendar year: a default in a year past the last announcement uses an older one.
    return { amount: toMinor(entry.amount, rule.currency), currency: rule.currency, older: entry === last && day.slice(0, 4) > last.from.slice(0, 4) };
  }
  // Bands are in the rule's currency: a debt in another currency cannot be placed in them without an exchange rate.
  if (currency !== rule.currency && rule.bands.length > 1) {
    return undefined;
  }
  const band = rule.bands.find((b) => b.below === undefined || debt < toMinor(b.below, rule.currency))!;
  return { amount: toMinor(band.amount, rule.currency), currency: rule.currency, older: false };
}

/** Half up on a non-negative exact quotient. */
function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** The statutory interest and compensation of one invoice as of `terms.today`. */
export function invoiceLateFees(invoice: LateInvoice, terms: LateFeeTerms): InvoiceLateFees {
  const { rule, rates, today } = terms;
  const lateFrom = invoice.due + 1;
  // In date order once, so that balances are read in one pass whatever the number of payments.
  const payments = [...invoice.payments].sort((a, b) => a.day - b.day);
  // Balance on a day: a payment counts from the day after it arrived, so the day it arrived is a day late.
  let next = 0;
  let running = invoice.amount;
  const balanceBefore = (day: DayNumber) => {
    while (next < payments.length && payments[next].day < day) {
      running -= payments[next++].amount;
    }
    return running;
  };
  const overdueAtStart = balanceBefore(lateFrom);
  let paidUp: DayNumber | undefined;
  for (let k = next, left = overdueAtStart; k < payments.length && paidUp === undefined; k++) {
    left -= payments[k].amount;
    paidUp = left <= 0 ? payments[k].day : undefined;
  }
  const end = Math.min(today, paidUp ?? today);
  const late = overdueAtStart > 0 && end >= lateFrom;
  const contractRemedy = (terms.contractPercentPerMonth ?? 0) > 0;
  const optedOut = !terms.statutoryLateFees;
  const interestOutcome = outcome(rule.waiver.interest, optedOut, contractRemedy);
  const compensationOutcome = outcome(rule.waiver.compensation, optedOut, contractRemedy);
  const waiverChecked = !optedOut || (rule.waiver.interest !== 'unknown' && rule.waiver.compensation !== 'unknown');

  const periods: InterestPeriod[] = [];
  let olderRate = false;
  let rateMissing = false;
  // The exact sum of the current year of lateness (of the whole debt where the rule does not capitalise), the rounded
  // interest of the years before it, and those years' interest added to the balance.
  let sum = 0n;
  let rounded = 0n;
  let capitalised: Minor = 0;
  if (late && rule.rate) {
    const rate = rule.rate;
    const upTo = ratesUpTo(rates, rate.source);
    if (!statutoryPercentKnown(rule, rates, formatDate(referenceDayOf(rate, lateFrom)))) {
      // No rate for the first day: no interest figure, whatever the later days give. Stopping here also keeps an
      // invoice due in 1900 from walking two hundred half-years.
      rateMissing = true;
    } else {
      // Breakpoints: where a period starts, the day after each payment, and where a year of lateness ends (NL).
      const cuts = new Set<DayNumber>([end + 1]);
      for (let start = nextPeriodStart(rate, lateFrom); start !== undefined && start <= end; start = nextPeriodStart(rate, start)) {
        cuts.add(start);
      }
      const anniversaries = new Set<DayNumber>();
      if (rate.capitaliseYearly) {
        for (let k = 1, next = anniversary(lateFrom, 1); next <= end; next = anniversary(lateFrom, ++k)) {
          anniversaries.add(next);
          cuts.add(next);
        }
      }
      for (const p of payments) {
        if (p.day >= lateFrom && p.day < end) {
          cuts.add(p.day + 1);
        }
      }
      const sorted = [...cuts].sort((a, b) => a - b);
      let from = lateFrom;
      for (const cut of sorted) {
        if (anniversaries.has(from)) {
          // BW 6:119a lid 3: the year's interest, rounded to the minor unit, joins the amount it runs on.
          const year = roundHalfUp(sum, INTEREST_DENOMINATOR);
          capitalised += Number(year);
          rounded += year;
          sum = 0n;
        }
        const owed = balanceBefore(from);
        const balance = owed + capitalised;
        if (owed > 0) {
          const referenceDay = formatDate(rate.choice === 'halfYearEndBeforeStart' ? referenceDayOf(rate, lateFrom) : referenceDayOf(rate, from));
          const percent = statutoryPercent(rule, rates, referenceDay);
          if (percent === undefined) {
            rateMissing = true;
          } else {
            sum += BigInt(balance) * BigInt(Math.round(percent * RATE_SCALE)) * BigInt(cut - from);
          }
          if (upTo !== undefined && referenceDay > upTo) {
            olderRate = true;
          }
          const last = periods[periods.length - 1];
          // One row per balance and rate: a new half-year at the same rate and balance continues the row; a new year of
          // lateness starts its own, its balance with the interest capitalised.
          if (last && last.balance === balance && last.percent === percent && parseDate(last.to)! + 1 === from && !anniversaries.has(from)) {
            periods[periods.length - 1] = { ...last, to: formatDate(cut - 1), days: last.days + cut - from };
          } else {
            periods.push({ from: formatDate(from), to: formatDate(cut - 1), days: cut - from, balance, percent, referenceDay, ...(capitalised > 0 ? { capitalised } : {}) });
          }
        }
        from = cut;
      }
    }
  }
  const interest = !late ? 0 : interestOutcome === 'waived' || rateMissing || !rule.rate ? undefined : Number(rounded + roundHalfUp(sum, INTEREST_DENOMINATOR));
  const compensationFigure = late && rule.compensation ? compensationOf(rule.compensation, overdueAtStart, terms.currency, lateFrom) : undefined;
  if (compensationFigure?.older) {
    olderRate = true;
  }
  const compensation = compensationOutcome === 'waived' || !compensationFigure ? undefined : { amount: compensationFigure.amount, currency: compensationFigure.currency };
  const first = periods[0];
  return {
    invoice: invoice.number,
    daysLate: late ? end - invoice.due : 0,
    interest,
    compensation,
    periods,
    olderRate,
    rateMissing,
    interestOutcome,
    compensationOutcome,
    waiverChecked,
    contractFee: late ? contractDecision(terms, first?.referenceDay, first?.percent) : undefined,
  };
}
