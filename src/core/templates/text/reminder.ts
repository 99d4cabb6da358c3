/**
 * The words of the payment reminder, per draft language and step. Arguments
 * are already formatted and, when they come from the client file, escaped;
 * `plainNumber` in subjects is not escaped (a subject is plain text).
 */
import { DraftLanguage } from '../locale';
import { en } from './reminder/en';
import { fr } from './reminder/fr';
import { it } from './reminder/it';
import { tr } from './reminder/tr';

export type ReminderStep = 'friendly' | 'firm' | 'final';

export interface ReminderTexts {
  title(step: ReminderStep, client: string): string;
  /** `count` invoices concerned (open ones for friendly, overdue ones otherwise); `plainNumber` when there is just one. */
  subject(step: ReminderStep, count: number, plainNumber: string): string;
  readonly nothingOpenSubject: string;
  readonly nothingOpen: string;
  /** One open invoice; `daysLate` undefined when it is not past due. */
  invoiceLine(invoice: string, due: string, balance: string, daysLate: string | undefined): string;
  total(total: string): string;
  totalWithOverdue(total: string, overdue: string): string;
  /** `count`: open invoices. */
  friendlyIntro(count: number): string;
  readonly friendlyClose: string;
  /** `count`: overdue invoices, as a number and as formatted text. */
  firmIntro(count: number, countText: string): string;
  readonly firmAsk: string;
  firmFee(percent: string, percentValue: number): string;
  readonly alreadyPaid: string;
  readonly finalIntro: string;
  finalFee(percent: string, percentValue: number, date: string, accrued: string): string;
  finalDeadline(overdue: string, date: string): string;
  readonly finalOpenDoor: string;
  /**
   * What the law adds to a late payment whatever the contract says, in the firm and final reminders,
   * for a language whose law fixes an amount the drafts state (French: 40 euros per invoice paid late).
   * `overdue`: the overdue invoices; `afterFee`: the sentence follows the contract's late fee.
   */
  recoveryFee?(step: 'firm' | 'final', overdue: number, afterFee: boolean): string;
}

export const REMINDER_TEXTS: Readonly<Record<DraftLanguage, ReminderTexts>> = { en, fr, it, tr };
