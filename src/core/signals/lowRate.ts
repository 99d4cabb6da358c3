/** lowRate: money received per hour worked, in the last windowDays days, against the standard rate and the other clients. */
import { DayNumber, parseDate } from '../dates';
import { clientCurrency, inWindow } from '../health/facts';
import { settle } from '../health/settlement';
import { Client, ClientFile } from '../schema';
import { Rules } from '../health/rules';
import { EntryPath, Evidence, Severity } from '../health/types';
import { money, msg, pluralMsg, quantity } from '../messages';
import { Minor, toMinor } from '../money';
import { SignalRule, memoized } from './signal';
import { GitEvidence, GitEvidenceByClient, GitHours, gitHoursInWindow, hoursSource } from '../gitHistory/evidence';
import { portfolioMessage } from './lowRatePortfolioMessage';

interface Earnings {
  /** Payments received in the window, in minor units. */
  readonly paid: Minor;
  readonly hours: number;
  /** Set when the hours are from git (clientHealth.git.useForHours) rather than logged. */
  readonly fromGit?: GitHours;
}

/**
 * What a client of the file paid and the hours logged for it in the window; undefined below minHours (too little to judge).
 * Read from the file itself rather than from the client's facts, so that comparing with the other clients does not need
 * the facts of every client at once.
 */
function earnings(client: Client, currency: string, today: DayNumber, windowDays: number, minHours: number, git: GitEvidence | undefined): Earnings | undefined {
  // Rounded to a millionth of an hour, so 0.1 + 0.2 hours make exactly 0.3.
  let logged = 0;
  let anyLogged = false;
  for (const h of client.hours ?? []) {
    if (inWindow(parseDate(h.date)!, today, windowDays)) {
      logged += h.hours;
      anyLogged = true;
    }
  }
  const fromGit = hoursSource(anyLogged, git) === 'git' ? gitHoursInWindow(git!, today, windowDays) : undefined;
  const hours = fromGit ? fromGit.hours : Math.round(logged * 1e6) / 1e6;
  if (hours < minHours || hours <= 0) {
    return undefined;
  }
  // Each payment worth the minor amount the statements and balances use; an invoice issued after today counts nowhere.
  let paid = 0;
  for (const invoice of client.invoices ?? []) {
    const issued = parseDate(invoice.issued)!;
    if (issued > today || invoice.payments === undefined) {
      continue;
    }
    for (const payment of settle(invoice, issued, currency, today).payments) {
      if (inWindow(payment.day, today, windowDays)) {
        paid += payment.amount;
      }
    }
  }
  return fromGit ? { paid, hours, fromGit } : { paid, hours };
}

/** The median of a sorted list without one occurrence of `left` (this client's own rate), in O(log n). */
function medianWithout(sorted: readonly number[], left: number | undefined): number | undefined {
  let skip = -1;
  if (left !== undefined) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < left) lo = mid + 1;
      else hi = mid;
    }
    skip = sorted[lo] === left ? lo : -1;
  }
  const n = sorted.length - (skip >= 0 ? 1 : 0);
  if (n === 0) {
    return undefined;
  }
  const at = (i: number) => sorted[skip >= 0 && i >= skip ? i + 1 : i];
  const mid = Math.floor(n / 2);
  // An even count takes the mean of the two middle values.
  return n % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

type Memo = Map<string, unknown>;

/** Every client's currency and earnings, worked out once per evaluation (kept in `memo`), not once per client. */
function earningsOfAll(file: ClientFile, today: DayNumber, rules: Rules, memo: Memo, git: GitEvidenceByClient | undefined) {
  const { windowDays, minHours } = rules.lowRate;
  const currencies = memoized(memo, 'lowRate.currencies', () => file.clients.map((c) => clientCurrency(file, c)));
  const byClient = memoized(memo, 'lowRate.earnings', () => file.clients.map((c, i) => earnings(c, currencies[i], today, windowDays, minHours, git?.get(i))));
  return { currencies, byClient };
}

/**
 * A client of another client file, for the median: "the other clients" are every client evaluated together
 * (signals-v1), and in the editor that is the whole portfolio. `rate` is in minor units of `currency` an hour.
 */
export interface PeerRate {
  readonly currency: string;
  readonly rate: number;
  readonly clientId: string;
  /** The folder of its client file: which client of which repository, for whoever lists them. */
  readonly folder: string;
}

/** The clients of other files, and the user's exchange rates into the freelancer's currency ({ "USD": 0.92 }). */
export interface PortfolioPeers {
  /** Clients of other files only: the clients of the evaluated file are taken from the file itself. */
  readonly rates: readonly PeerRate[];
  readonly exchangeRates?: Readonly<Record<string, number>>;
}

/** Where evaluate puts the portfolio's peers for this rule: signals read only their input, and the memo is shared by all. */
export const PORTFOLIO_PEERS = 'lowRate.portfolio';

interface Peers {
  /** The other clients' rates in the client's currency, sorted, with the client's own rate among them. */
  readonly rates: number[];
  /** True when a rate of another currency was converted into this one. */
  readonly converted: boolean;
}

/**
 * What one unit of `currency` is worth in the freelancer's currency; undefined without a rate the user set
 * (amounts in different currencies are never compared on a guess).
 */
function valueIn(currency: string, home: string, exchangeRates: Readonly<Record<string, number>> | undefined): number | undefined {
  if (currency === home) {
    return 1;
  }
  const rate = exchangeRates && Object.prototype.hasOwnProperty.call(exchangeRates, currency) ? exchangeRates[currency] : undefined;
  return typeof rate === 'number' && Number.isFinite(rate) && rate > 0 ? rate : undefined;
}

/** The rates of the clients to compare with in one currency, sorted; once per evaluation. */
function ratesIn(file: ClientFile, currency: string, currencies: readonly string[], byClient: readonly (Earnings | undefined)[], memo: Memo): Peers {
  return memoized(memo, `lowRate.rates.${currency}`, () => {
    const portfolio = memo.get(PORTFOLIO_PEERS) as PortfolioPeers | undefined;
    const home = file.freelancer.currency ?? 'EUR';
    const target = portfolio ? valueIn(currency, home, portfolio.exchangeRates) : undefined;
    let converted = false;
    /** A rate of `from` in `currency`: as it is in the same currency, converted only at the user's rates. */
    const inCurrency = (rate: number, from: string): number | undefined => {
      if (from === currency) {
        return rate;
      }
      const source = portfolio ? valueIn(from, home, portfolio.exchangeRates) : undefined;
      if (target === undefined || source === undefined) {
        return undefined;
      }
      converted = true;
      return (rate * source) / target;
    };
    const rates: number[] = [];
    byClient.forEach((e, i) => {
      const rate = e ? inCurrency(e.paid / e.hours, currencies[i]) : undefined;
      if (rate !== undefined) rates.push(rate);
    });
    for (const peer of portfolio?.rates ?? []) {
      const rate = Number.isFinite(peer.rate) && peer.rate >= 0 ? inCurrency(peer.rate, peer.currency) : undefined;
      if (rate !== undefined) rates.push(rate);
    }
    return { rates: rates.sort((a, b) => a - b), converted };
  });
}

/** Each client's rate over the window, for the other files of a portfolio: clients under the minimum hours have none. */
export function fileRates(file: ClientFile, today: DayNumber, rules: Rules, folder: string): PeerRate[] {
  const { currencies, byClient } = earningsOfAll(file, today, rules, new Map(), undefined);
  return byClient.flatMap((e, i) => (e ? [{ currency: currencies[i], rate: e.paid / e.hours, clientId: file.clients[i].id, folder }] : []));
}

/**
 * What lowRate reads of the other clients, per client: its currency's rates. A client's health can be kept
 * between two evaluations only while this stays the same (ClientFileChecker); `memo` is then the evaluation's.
 */
export function lowRatePeerKeys(file: ClientFile, today: DayNumber, rules: Rules, memo: Memo, git?: GitEvidenceByClient): string[] {
  const { currencies, byClient } = earningsOfAll(file, today, rules, memo, git);
  return currencies.map((currency) => `${currency}:${ratesIn(file, currency, currencies, byClient, memo).rates.join(',')}`);
}

export const lowRate: SignalRule = (input) => {
  const { facts, today, rules } = input;
  const file = facts.file;
  const { windowDays, warningPercent, criticalPercent } = rules.lowRate;
  const currency = facts.currency;
  const { currencies, byClient } = earningsOfAll(file, today, rules, input.memo, input.git);
  const own = byClient[facts.index];
  if (!own) {
    return undefined;
  }

  // The standard rate is taken as an amount in the client's currency (the file holds no exchange rates), like lowVolume and outgrown.
  const standardRate = file.freelancer.standardHourlyRate;
  const standard = standardRate !== undefined && standardRate > 0 ? toMinor(standardRate, currency) : undefined;
  // Other clients count whatever their status (an ended client's recent payments are still a fair comparison), but only in the same
  // currency unless the user gave exchange rates.
  const { rates, converted } = ratesIn(file, currency, currencies, byClient, input.memo);
  const peerCount = rates.length - 1;
  const peerMedian = medianWithout(rates, own.paid / own.hours);
  const medianRef = peerMedian !== undefined && peerMedian > 0 ? peerMedian : undefined;

  // paid / hours < percent% of reference, without dividing, so the edges compare exactly.
  const below = (percent: number, reference: number | undefined) => reference !== undefined && own.paid * 100 < percent * reference * own.hours;
  const severity: Severity | undefined =
    below(criticalPercent, standard) || below(criticalPercent, medianRef) ? 'critical' : below(warningPercent, standard) || below(warningPercent, medianRef) ? 'warning' : undefined;
  if (!severity) {
    return undefined;
  }

  const rate = own.paid / own.hours;
  // Rounded down, so a share just below a threshold never shows as the threshold itself.
  const share = (reference: number) => Math.floor((rate * 100) / reference + 1e-9);
  const rateArg = money(Math.round(rate), currency);
  const paidArg = money(own.paid, currency);
  const hours = quantity(own.hours, 'hour');
  const peers = medianRef === undefined ? undefined : { share: share(medianRef), median: money(Math.round(medianRef), currency) };

  // The same args for every wording: the ones a wording does not name are simply not shown.
  const args = [windowDays, paidArg, hours, rateArg, standard === undefined ? 0 : share(standard), standard === undefined ? '' : money(standard, currency), peers?.share ?? 0, peers?.median ?? '', peerCount];
  let figure;
  if (standard !== undefined && peers) {
    figure = pluralMsg(
      peerCount,
      {
        one: 'In the last {0} days the client paid {1} for {2}, {3} an hour: {4}% of your standard rate of {5}, and {6}% of {7}, the rate of your one other client.',
        other: 'In the last {0} days the client paid {1} for {2}, {3} an hour: {4}% of your standard rate of {5}, and {6}% of {7}, the median of {8} other clients.',
      },
      ...args,
    );
  } else if (standard !== undefined) {
    figure = msg('In the last {0} days the client paid {1} for {2}, {3} an hour: {4}% of your standard rate of {5}.', ...args.slice(0, 6));
  } else {
    figure = pluralMsg(
      peerCount,
      {
        one: 'In the last {0} days the client paid {1} for {2}, {3} an hour: {6}% of {7}, the rate of your one other client.',
        other: 'In the last {0} days the client paid {1} for {2}, {3} an hour: {6}% of {7}, the median of {8} other clients.',
      },
      ...args,
    );
  }

  // The message names the comparison that looks worse (the lower share), and says when the hours are from git.
  const againstStandard = standard !== undefined && (medianRef === undefined || standard >= medianRef);
  const fromPortfolio = input.memo.has(PORTFOLIO_PEERS);
  const message = againstStandard
    ? own.fromGit
      ? msg('Over the last {0} days this client paid {1} for each hour your commits show, {2}% of your standard rate of {3}.', windowDays, rateArg, share(standard), money(standard, currency))
      : msg('Over the last {0} days this client paid {1} an hour, {2}% of your standard rate of {3}.', windowDays, rateArg, share(standard), money(standard, currency))
    : fromPortfolio
      ? portfolioMessage(own.fromGit !== undefined, windowDays, rateArg, peers!.share, peers!.median, currency, peerCount, converted)
      : own.fromGit
        ? msg('Over the last {0} days this client paid {1} for each hour your commits show, {2}% of what your other clients pay (median {3}).', windowDays, rateArg, peers!.share, peers!.median)
        : msg('Over the last {0} days this client paid {1} an hour, {2}% of what your other clients pay (median {3}).', windowDays, rateArg, peers!.share, peers!.median);
  const keyFigure = againstStandard
    ? msg('{0} an hour, {1}% of your rate', rateArg, share(standard))
    : msg('{0} an hour, {1}% of the median', rateArg, peers!.share);

  return {
    id: 'lowRate',
    severity,
    message,
    figure: keyFigure,
    evidence: own.fromGit ? [{ kind: 'figure', path: facts.path, message: figure }, gitHoursEvidence(facts.path, own.fromGit, windowDays)] : [{ kind: 'figure', path: facts.path, message: figure }],
    remedy: msg(
      'Announce a new rate for future work, with notice. If the client cannot pay it, say so honestly, recommend other freelancers who fit their budget, and agree on a transition period.',
    ),
  };
};

/** Where hours from git came from, for lowRate and lowVolume: they are an estimate, and the user should see it is one. */
export function gitHoursEvidence(path: EntryPath, git: GitHours, windowDays: number): Evidence {
  return {
    kind: 'figure',
    path,
    message: pluralMsg(
      git.sessions,
      {
        one: 'The hours are from git, not logged: {1} estimated from your commits of the last {2} days, in one work session (commits less than 2 hours apart, plus 30 minutes before the first).',
        other: 'The hours are from git, not logged: {1} estimated from your commits of the last {2} days, in {0} work sessions (commits less than 2 hours apart, plus 30 minutes before the first of each).',
      },
      git.sessions,
      quantity(git.hours, 'hour'),
      windowDays,
    ),
  };
}
