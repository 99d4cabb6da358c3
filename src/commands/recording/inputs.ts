/** Prompts shared by the recording commands, validated as you type by the core validators (the schema's own rules). */
import * as vscode from 'vscode';
import { formatAmountInput, readAmount } from '../../core/amountInput';
import { formatDate, localDateTime, localToday } from '../../core/dates';
import type { WorkingHours } from '../../core/health/facts';
import { dateTimeInputValue, readDateTimeInput } from '../../core/humanDates';
import { whenSuggestions } from '../../core/workingTime';
import { formatMoney } from '../../core/money';
import * as validate from '../../core/edits/validate';
import { localize } from '../../l10n';
import { when } from '../../presentation';
import { prompts } from '../../ui/prompts';

export interface TextStep {
  readonly title: string;
  readonly prompt: string;
  readonly value?: string;
  readonly placeHolder?: string;
  readonly validate?: validate.Validator;
  /** What an accepted answer means, shown under the box before Enter (the date it reads as). */
  readonly shows?: (text: string) => string | undefined;
}

/** The trimmed answer; undefined on Escape. */
export async function askText(step: TextStep): Promise<string | undefined> {
  const { validate: check, shows } = step;
  const answer = await prompts.input({
    title: step.title,
    prompt: step.prompt,
    value: step.value,
    placeHolder: step.placeHolder,
    ignoreFocusOut: true,
    validateInput: check ? (text) => (text === undefined ? undefined : explain(check(text), shows?.(text))) : undefined,
  });
  return answer?.trim();
}

function explain(problem: ReturnType<validate.Validator>, meaning: string | undefined): string | vscode.InputBoxValidationMessage | undefined {
  if (problem) {
    return localize(problem);
  }
  return meaning ? { message: vscode.l10n.t('That is {0}.', meaning), severity: vscode.InputBoxValidationSeverity.Info } : undefined;
}

/** A date in the file's notation; under the box, the day it is with its weekday, so a slipped digit shows before Enter. */
export const askDate = (title: string, prompt: string, value = formatDate(localToday()), check: validate.Validator = validate.date) =>
  askText({ title, prompt, value, validate: check, shows: (text) => when(text.trim(), true) });

/** A date alone or a date and time, typed with a space or a T; answers in the file's notation (`YYYY-MM-DDTHH:MM`). */
export async function askDateTime(title: string, prompt: string): Promise<string | undefined> {
  const meaning = (text: string) => {
    const reading = readDateTimeInput(text);
    return reading.ok ? when(reading.value, true) : undefined;
  };
  const answer = await askText({ title, prompt, value: dateTimeInputValue(localDateTime()), validate: validate.dateOrDateTime, shows: meaning });
  if (answer === undefined) {
    return undefined;
  }
  const reading = readDateTimeInput(answer);
  if (!reading.ok) {
    // The input box refuses this text; only a prompt that skipped validation could bring it here.
    throw new Error(localize(reading.problem));
  }
  return reading.value;
}

/**
 * A positive amount in the currency's precision, typed the way the display
 * language writes numbers; before Enter the prompt shows the amount it will
 * record. Undefined on Escape.
 */
export async function askAmount(title: string, prompt: string, currency: string, value?: number): Promise<number | undefined> {
  return (await amountPrompt(title, prompt, currency, value, false)) ?? undefined;
}

/** As askAmount, but Enter on an empty box skips the step: null then. Undefined on Escape. */
export function askOptionalAmount(title: string, prompt: string, currency: string, value?: number): Promise<number | null | undefined> {
  return amountPrompt(title, prompt, currency, value, true);
}

async function amountPrompt(title: string, prompt: string, currency: string, value: number | undefined, optional: boolean): Promise<number | null | undefined> {
  const locale = vscode.env.language;
  const skipped = (text: string) => optional && text.trim() === '';
  const answer = await prompts.input({
    title,
    prompt,
    value: value === undefined ? undefined : formatAmountInput(value, currency, locale),
    ignoreFocusOut: true,
    validateInput: (text) => {
      if (skipped(text)) {
        return undefined;
      }
      const reading = readAmount(text, currency, locale);
      return reading.ok
        ? { message: vscode.l10n.t('Will be recorded as {0}', formatMoney(reading.minor, currency, locale)), severity: vscode.InputBoxValidationSeverity.Info }
        : localize(reading.problem);
    },
  });
  if (answer === undefined || skipped(answer)) {
    return answer === undefined ? undefined : null;
  }
  const reading = readAmount(answer, currency, locale);
  if (!reading.ok) {
    // The input box refuses this text; only a prompt that skipped validation could bring it here.
    throw new Error(localize(reading.problem));
  }
  return reading.amount;
}

/** Yes or no as a quick pick, the default first. Undefined on Escape. */
export async function askYesNo(title: string, placeHolder: string, defaultYes: boolean): Promise<boolean | undefined> {
  const yes = { label: vscode.l10n.t('Yes'), answer: true };
  const no = { label: vscode.l10n.t('No'), answer: false };
  const picked = await prompts.pick(defaultYes ? [yes, no] : [no, yes], { title, placeHolder });
  return picked?.answer;
}

/**
 * When something happened: today at the start of the working day, now (only inside working hours),
 * today without a time, or a date or time the user enters. Undefined on Escape.
 */
export async function askWhen(title: string, placeHolder: string, hours: WorkingHours): Promise<string | undefined> {
  const suggested = whenSuggestions(new Date(), hours);
  const items: (vscode.QuickPickItem & { at: string | undefined })[] = [
    ...(suggested.startOfWork ? [{ label: vscode.l10n.t('Today, at the start of your working day'), description: when(suggested.startOfWork), at: suggested.startOfWork }] : []),
    ...(suggested.now ? [{ label: vscode.l10n.t('Now'), description: when(suggested.now), at: suggested.now }] : []),
    { label: vscode.l10n.t('Today, without a time'), description: when(suggested.today), at: suggested.today },
    { label: vscode.l10n.t('Another date or time…'), at: undefined },
  ];
  const picked = await prompts.pick(items, { title, placeHolder });
  if (!picked) {
    return undefined;
  }
  return picked.at ?? (await askDateTime(title, vscode.l10n.t('When it happened: a date and time YYYY-MM-DD HH:MM, or a date alone YYYY-MM-DD')));
}

/** A step's title with its place in the flow: "Add Client (2/7)". */
export const stepTitle = (title: string, step: number, steps: number) => `${title} (${step}/${steps})`;

/**
 * Whether the contract is signed, and when: not yet (null), today, or a date the user enters
 * (`current`: the recorded answer when editing, null for not signed). Undefined on Escape.
 */
export async function askSigned(title: string, clientName: string, current?: string | null): Promise<string | null | undefined> {
  const today = formatDate(localToday());
  const marked = (text?: string) => (text ? `${text} · ${vscode.l10n.t('current')}` : vscode.l10n.t('current'));
  const items: (vscode.QuickPickItem & { signed: string | null | undefined })[] = [
    { label: vscode.l10n.t('Not signed yet'), description: current === null ? marked() : undefined, signed: null },
    { label: vscode.l10n.t('Signed today'), description: current === today ? marked(today) : today, signed: today },
    { label: vscode.l10n.t('Signed on another date…'), description: current && current !== today ? marked(current) : undefined, signed: undefined },
  ];
  const picked = await prompts.pick(items, { title, placeHolder: vscode.l10n.t('Has {0} signed the contract?', clientName) });
  if (!picked) {
    return undefined;
  }
  return picked.signed !== undefined ? picked.signed : askDate(title, vscode.l10n.t('Date {0} signed the contract', clientName), current ?? today);
}
