/**
 * Facts derived once per client and shared by the signals: every amount in
 * minor units, every date as a day number, defaults applied (payment terms,
 * request scope, working hours).
 */
import { Client, ClientFile, ClientRequest } from '../schema';
import { DayNumber, dayOfDateTime, minutesOfDateTime, parseDate, parseTimeOfDay } from '../dates';
import { Minor } from '../money';
import { PaymentFacts, settle } from './settlement';
import { EntryPath } from './types';

export const DEFAULT_PAYMENT_TERMS_DAYS = 30;

export interface InvoiceFacts {
  readonly index: number;
  readonly path: EntryPath;
  readonly number: string;
  readonly issued: DayNumber;
  readonly due: DayNumber;
  readonly amount: Minor;
  /** The sum of `payments`. */
  readonly paid: Minor;
  /** Amount minus paid, exactly; at most 0 means paid. */
  readonly balance: Minor;
  /** The day the payments reached the amount; undefined while a balance remains. */
  readonly paidOn: DayNumber | undefined;
  /** The payments received up to today, in date order (file order for equal dates). */
  readonly payments: readonly PaymentFacts[];
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

/** The currency of a client's amounts: its own, else the freelancer's, else EUR. */
export function clientCurrency(file: ClientFile, client: Client): string {
  return client.currency ?? file.freelancer.currency ?? 'EUR';
}

// Entries are small classes rather than object literals: one shape per kind, and the JSON path of an entry,
// which only evidence needs, is built when it is first asked for (most entries are never evidence).

class Entry {
  private cachedPath: EntryPath | undefined = undefined;
  constructor(
    private readonly clientIndex: number,
    private readonly list: string,
    readonly index: number,
  ) {}

  get path(): EntryPath {
    return (this.cachedPath ??= ['clients', this.clientIndex, this.list, this.index]);
  }
}

class InvoiceEntry extends Entry implements InvoiceFacts {
  constructor(
    clientIndex: number,
    index: number,
    readonly number: string,
    readonly issued: DayNumber,
    readonly due: DayNumber,
    readonly amount: Minor,
    readonly paid: Minor,
    readonly balance: Minor,
    readonly paidOn: DayNumber | undefined,
    readonly payments: readonly PaymentFacts[],
  ) {
    super(clientIndex, 'invoices', index);
  }
}

class RequestEntry extends Entry implements RequestFacts {
  constructor(
    clientIndex: number,
    index: number,
    readonly day: DayNumber,
    readonly minutes: number | undefined,
    readonly request: ClientRequest,
    readonly inScope: boolean,
    readonly billed: boolean,
    readonly hours: number,
  ) {
    super(clientIndex, 'requests', index);
  }
}

class JournalEntry extends Entry implements TimedEntry {
  constructor(
    clientIndex: number,
    index: number,
    readonly day: DayNumber,
    readonly minutes: number | undefined,
    readonly kind: string,
  ) {
    super(clientIndex, 'journal', index);
  }
}

class HoursEntry extends Entry {
  constructor(
    clientIndex: number,
    index: number,
    readonly day: DayNumber,
    readonly hours: number,
  ) {
    super(clientIndex, 'hours', index);
  }
}

/** Requests in date order, time of day next (a date without a time first), then file order. */
const byTime = (a: RequestFacts, b: RequestFacts) => a.day - b.day || (a.minutes ?? -1) - (b.minutes ?? -1) || a.index - b.index;

/**
 * Builds the facts of a client of a validated file, as of `today` (invoices issued and payments dated later are left out).
 * `workingHours` saves working out the freelancer's hours again for each client of a file.
 * Each list (invoices, requests, journal, hours) is built the first time it is read: a rule that
 * returns early, or an ended client, never pays for the lists it does not look at.
 */
export function clientFacts(file: ClientFile, index: number, today?: DayNumber, workingHours: WorkingHours = workingHoursOf(file)): ClientFacts {
  return new LazyClientFacts(file, index, today, workingHours);
}

class LazyClientFacts implements ClientFacts {
  readonly client: Client;
  readonly currency: string;
  private cachedPath: EntryPath | undefined = undefined;
  private cachedInvoices: readonly InvoiceFacts[] | undefined = undefined;
  private cachedRequests: readonly RequestFacts[] | undefined = undefined;
  private cachedJournal: readonly JournalEntry[] | undefined = undefined;
  private cachedHours: readonly HoursEntry[] | undefined = undefined;

  constructor(
    readonly file: ClientFile,
    readonly index: number,
    private readonly today: DayNumber | undefined,
    readonly workingHours: WorkingHours,
  ) {
    this.client = file.clients[index];
    this.currency = clientCurrency(file, this.client);
  }

  get path(): EntryPath {
    return (this.cachedPath ??= ['clients', this.index]);
  }

  get invoices(): readonly InvoiceFacts[] {
    return (this.cachedInvoices ??= invoiceFacts(this.client, this.index, this.currency, this.today));
  }

  get requests(): readonly RequestFacts[] {
    return (this.cachedRequests ??= requestFacts(this.client, this.index));
  }

  get journal(): readonly JournalEntry[] {
    if (this.cachedJournal === undefined) {
      const source = this.client.journal ?? [];
      const journal = new Array<JournalEntry>(source.length);
      for (let i = 0; i < source.length; i++) {
        const entry = source[i];
        journal[i] = new JournalEntry(this.index, i, dayOfDateTime(entry.at), minutesOfDateTime(entry.at), entry.kind);
      }
      this.cachedJournal = journal;
    }
    return this.cachedJournal;
  }

  get hours(): readonly HoursEntry[] {
    if (this.cachedHours === undefined) {
      const source = this.client.hours ?? [];
      const hours = new Array<HoursEntry>(source.length);
      for (let i = 0; i < source.length; i++) {
        hours[i] = new HoursEntry(this.index, i, parseDate(source[i].date)!, source[i].hours);
      }
      this.cachedHours = hours;
    }
    return this.cachedHours;
  }
}

function invoiceFacts(client: Client, index: number, currency: string, today: DayNumber | undefined): InvoiceFacts[] {
  const terms = client.contract?.paymentTermsDays ?? DEFAULT_PAYMENT_TERMS_DAYS;
  const invoices: InvoiceFacts[] = [];
  (client.invoices ?? []).forEach((invoice, i) => {
    const issued = parseDate(invoice.issued)!;
    // An invoice issued after today (an evaluation as of an earlier date) counts nowhere: not owed, not invoiced, not late.
    if (today !== undefined && issued > today) {
      return;
    }
    const { amount, paid, paidOn, payments } = settle(invoice, issued, currency, today);
    const due = invoice.due !== undefined ? parseDate(invoice.due)! : issued + terms;
    invoices.push(new InvoiceEntry(index, i, invoice.number, issued, due, amount, paid, amount - paid, paidOn, payments));
  });
  return invoices;
}

function requestFacts(client: Client, index: number): RequestFacts[] {
  const sourceRequests = client.requests ?? [];
  const requests = new Array<RequestFacts>(sourceRequests.length);
  let requestsInOrder = true;
  for (let i = 0; i < sourceRequests.length; i++) {
    const request = sourceRequests[i];
    const entry = new RequestEntry(
      index,
      i,
      dayOfDateTime(request.at),
      minutesOfDateTime(request.at),
      request,
      request.inScope ?? request.type === 'revision',
      request.billed ?? false,
      request.hours ?? 0,
    );
    if (i > 0 && byTime(requests[i - 1], entry) > 0) {
      requestsInOrder = false;
    }
    requests[i] = entry;
  }
  if (!requestsInOrder) {
    requests.sort(byTime);
  }
  return requests;
}

/** True when `day` falls in the window of `windowDays` days that ends today: after today - windowDays, up to today. */
export function inWindow(day: DayNumber, today: DayNumber, windowDays: number): boolean {
  return day > today - windowDays && day <= today;
}
