/** The money figures of a client: what is owed, what is overdue, what extra work is unbilled, and aging. */
import { DayNumber } from '../dates';
import { ClientFacts } from './facts';
import { extrasValue, unbilledExtras } from './extras';
import { Rules } from './rules';
import { AgingBucket, MoneyFigures } from './types';

export function agingBucket(daysPastDue: number): AgingBucket {
  if (daysPastDue <= 0) return 'current';
  if (daysPastDue <= 30) return '1-30';
  if (daysPastDue <= 60) return '31-60';
  if (daysPastDue <= 90) return '61-90';
  if (daysPastDue <= 120) return '91-120';
  return '120+';
}

export function moneyFigures(facts: ClientFacts, today: DayNumber, rules: Rules): MoneyFigures {
  const aging: Record<AgingBucket, number> = { current: 0, '1-30': 0, '31-60': 0, '61-90': 0, '91-120': 0, '120+': 0 };
  let outstanding = 0;
  let overdue = 0;
  for (const invoice of facts.invoices) {
    if (invoice.balance <= 0) {
      continue;
    }
    outstanding += invoice.balance;
    if (today > invoice.due + rules.overdue.graceDays) {
      overdue += invoice.balance;
    }

    // A balance still within the grace days is not overdue, so it stays 'current': the buckets past due add up to `overdue`.
    const overdueNow = today > invoice.due + rules.overdue.graceDays;
    aging[overdueNow ? agingBucket(today - invoice.due) : 'current'] += invoice.balance;
  }
  return { currency: facts.currency, outstanding, overdue, unbilledExtra: extrasValue(facts, unbilledExtras(facts)), aging };
}
