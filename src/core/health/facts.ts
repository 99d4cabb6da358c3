/**
 * Facts derived once per client and shared by the signals: every amount in
 * minor units, every date as a day number, defaults applied (payment terms,
 * request scope, working hours).
 */
import { Client, ClientFile, ClientRequest } from '../schema';
import { DayNumber, parseDate, parseDateOrDateTime, parseTimeOfDay } from '../dates';
import { Minor, toMinor } from '../money';
import { EntryPath } from './types';

export const DEFAULT_PAYMENT_TERMS_DAYS = 30;

export interface InvoiceFacts {
  readonly index: number;
  readonly path: EntryPath;
  readonly number: string;
  readonly issued: DayNumber;
  readonly due: DayNumber;
  readonly amount: Minor;
  readonly paid: Minor;
  /** Amount minus payments; at most 0 means paid. */
  readonly balance: Minor;
  /** The day the payments reached the amount; undefined while a balance remains. */
  readonly paidOn: DayNumber | undefined;
}

export interface TimedEntry {
  readonly index: number;
  readonly path: EntryPath;
  readonly day: DayNumber;
  /** Minutes after midnight; undefined when only a date was logged. */
  readonly minutes: number | undefined;
}

export interface RequestFacts extends TimedEntry {
  readonly request: ClientRequest;
  readonly inScope: boolean;
  readonly billed: boolean;
  readonly hours: number;
}

export interface WorkingHours {
  /** Monday = 0 ... Sunday = 6. */
  readonly days: ReadonlySet<number>;
  readonly start: number;
  readonly end: number;
}

export interface ClientFacts {
  readonly file: ClientFile;
  readonly client: Client;
  /** Index of the client in the file. */
  readonly index: number;
  readonly path: EntryPath;
  readonly currency: string;
  readonly invoices: readonly InvoiceFacts[];
  /** Requests in date order (stable for equal times). */
  readonly requests: readonly RequestFacts[];
  readonly journal: readonly (TimedEntry & { readonly kind: string })[];
  readonly hours: readonly { readonly index: number; readonly path: EntryPath; readonly day: DayNumber; readonly hours: number }[];
  readonly workingHours: WorkingHours;
}

const WEEKDAY_INDEX: Record<string, number> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 };

export function workingHoursOf(file: ClientFile): WorkingHours {
  const given = file.freelancer.workingHours;
  return {
    days: new Set((given?.days ?? ['mon', 'tue', 'wed', 'thu', 'fri']).map((d) => WEEKDAY_INDEX[d])),
    start: parseTimeOfDay(given?.start ?? '09:00')!,
    end: parseTimeOfDay(given?.end ?? '18:00')!,
  };
}

function timed(at: string): { day: DayNumber; minutes: number | undefined } {
  const parsed = parseDateOrDateTime(at)!;
  return { day: parsed.day, minutes: parsed.minutes };
}

/** Builds the facts of a client of a validated file, as of `today` (payments dated later are left out). */
export function clientFacts(file: ClientFile, index: number, today?: DayNumber): ClientFacts {
  const client = file.clients[index];
  const path: EntryPath = ['clients', index];
  const currency = client.currency ?? file.freelancer.currency ?? 'EUR';
  const terms = client.contract?.paymentTermsDays ?? DEFAULT_PAYMENT_TERMS_DAYS;

  // Sums run in ten-thousandths of a minor unit, so that three payments of 33.333 settle 100.00: the
  // format's rule is that an invoice is paid when its balance is at most half a minor unit.
  const fine = (value: number) => toMinor(value * 10_000, currency);
  const HALF_MINOR = 5_000;
  const invoices = (client.invoices ?? []).map<InvoiceFacts>((invoice, i) => {
    const issued = parseDate(invoice.issued)!;
    const amount = fine(invoice.amount);
    const payments = (invoice.payments ?? [])
      .map((p) => ({ day: parseDate(p.date)!, amount: fine(p.amount) }))
      // A payment dated after today has not arrived yet (an evaluation as of an earlier date).
      .filter((p) => today === undefined || p.day <= today)
      .sort((a, b) => a.day - b.day);
    let paid = 0;
    let paidOn: DayNumber | undefined;
    for (const payment of payments) {
      paid += payment.amount;
      if (paidOn === undefined && amount - paid <= HALF_MINOR) {
        paidOn = payment.day;
      }
    }
    if (amount <= HALF_MINOR) {
      paidOn = issued;
    }
    const balance = paidOn !== undefined ? Math.min(0, Math.round((amount - paid) / 10_000)) : Math.max(1, Math.round((amount - paid) / 10_000));
    return {
      index: i,
      path: [...path, 'invoices', i],
      number: invoice.number,
      issued,
      due: invoice.due !== undefined ? parseDate(invoice.due)! : issued + terms,
      amount: Math.round(amount / 10_000),
      paid: Math.round(paid / 10_000),
      balance,
      paidOn,
    };
  });

  const requests = (client.requests ?? [])
    .map<RequestFacts>((request, i) => ({
      index: i,
      path: [...path, 'requests', i],
      ...timed(request.at),
      request,
      inScope: request.inScope ?? request.type === 'revision',
      billed: request.billed ?? false,
      hours: request.hours ?? 0,
    }))
    .sort((a, b) => a.day - b.day || (a.minutes ?? -1) - (b.minutes ?? -1) || a.index - b.index);

  const journal = (client.journal ?? []).map((entry, i) => ({ index: i, path: [...path, 'journal', i], ...timed(entry.at), kind: entry.kind }));
  const hours = (client.hours ?? []).map((entry, i) => ({ index: i, path: [...path, 'hours', i], day: parseDate(entry.date)!, hours: entry.hours }));

  return { file, client, index, path, currency, invoices, requests, journal, hours, workingHours: workingHoursOf(file) };
}

/** True when `day` falls in the window of `windowDays` days that ends today: after today - windowDays, up to today. */
export function inWindow(day: DayNumber, today: DayNumber, windowDays: number): boolean {
  return day > today - windowDays && day <= today;
}
