/**
 * A client's statutory late-payment figures: the rule of the freelancer's country applied to each invoice overdue
 * today, for drafts, the dashboard and the CLI. Between businesses only; absent where the file names no country.
 */
import { DayNumber } from '../dates';
import { ClientFacts } from '../health/facts';
import { Minor } from '../money';
import { InvoiceLateFees, invoiceLateFees } from './interest';
import { ratesUpTo } from './periods';
import { RateEntry, SHIPPED_RATES } from './rates';
import { LateFeeRule, lateFeeRule } from './rules';

export type NoStatutoryFigures =
  /** `freelancer.country` is absent. */
  | 'noCountry'
  /** No rule is known for the country. */
  | 'noRule'
  /** `isBusiness: false`: the rules apply between businesses. */
  | 'consumer';

export interface ClientLateFees {
  readonly country: string;
  readonly rule: LateFeeRule;
  /** Each invoice overdue today. */
  readonly invoices: readonly InvoiceLateFees[];
  /** Sum of the invoices' interest in the client's minor units; undefined when a figure is missing (no rate known). */
  readonly interest: Minor | undefined;
  /** Sum of the compensations; undefined when one is in another currency than the client's or cannot be told. */
  readonly compensation: Minor | undefined;
  /** The day of the latest known reference rate of the rule's source. */
  readonly ratesUpTo: string | undefined;
  /** Some figure uses a rate older than its period: newer rates can be added in the settings. */
  readonly olderRate: boolean;
}

/**
 * The statutory figures of a client as of `today`, or why there are none. `rates` are the shipped ones merged with the
 * settings' (settings.ts mergeRates).
 */
export function clientLateFees(facts: ClientFacts, today: DayNumber, rates: readonly RateEntry[] = SHIPPED_RATES): ClientLateFees | NoStatutoryFigures {
  const country = facts.file.freelancer.country;
  if (country === undefined) {
    return 'noCountry';
  }
  const rule = lateFeeRule(country);
  if (!rule) {
    return 'noRule';
  }
  if (facts.client.isBusiness === false) {
    return 'consumer';
  }
  const contract = facts.client.contract;
  const terms = {
    rule,
    rates,
    currency: facts.currency,
    statutoryLateFees: contract?.statutoryLateFees !== false,
    contractPercentPerMonth: contract?.lateFeePercentPerMonth,
    today,
  };
  const invoices = facts.invoices.filter((i) => i.balance > 0 && i.due < today).map((i) => invoiceLateFees(i, terms));
  let interest: Minor | undefined = 0;
  let compensation: Minor | undefined = 0;
  for (const fees of invoices) {
    if (fees.interestOutcome !== 'waived') {
      interest = interest === undefined || fees.interest === undefined ? undefined : interest + fees.interest;
    }
    if (fees.compensationOutcome !== 'waived' && rule.compensation) {
      compensation = compensation === undefined || fees.compensation?.currency !== facts.currency ? undefined : compensation + fees.compensation.amount;
    }
  }
  return {
    country,
    rule,
    invoices,
    interest,
    compensation: rule.compensation ? compensation : undefined,
    ratesUpTo: rule.rate ? ratesUpTo(rates, rule.rate.source) : undefined,
    olderRate: invoices.some((i) => i.olderRate),
  };
}
