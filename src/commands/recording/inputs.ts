/** Prompts shared by the recording commands, validated as you type by the core validators (the schema's own rules). */
import * as vscode from 'vscode';
import { formatAmountInput, readAmount } from '../../core/amountInput';
import { formatDate, localDateTime, localToday } from '../../core/dates';
import type { WorkingHours } from '../../core/health/facts';
import { whenSuggestions } from '../../core/workingTime';
import { formatMoney } from '../../core/money';
import * as validate from '../../core/edits/validate';
import { localize } from '../../l10n';
import { prompts } from '../../ui/prompts';

export interface TextStep {
  readonly title: string;
  readonly prompt: string;
  readonly value?: string;
  readonly placeHolder?: string;
  readonly validate?: validate.Validator;
}

/** The trimmed answer; undefined on Escape. */
export async function askText(step: TextStep): Promise<string | undefined> {
  const check = step.validate;
  const answer = await prompts.input({
    title: step.title,
    prompt: step.prompt,
    value: step.value,
    placeHolder: step.placeHolder,
    ignoreFocusOut: true,
    validateInput: check ? (text) => (text === undefined ? undefined : mapMessage(check(text))) : undefined,
  });
  return answer?.trim();
}

const mapMessage = (message: ReturnType<validate.Validator>) => (message ? localize(message) : undefined);

export const askDate = (title: string, prompt: string, value = formatDate(localToday())) => askText({ title, prompt, value, validate: validate.date });

export const askDateTime = (title: string, prompt: string) => askText({ title, prompt, value: localDateTime(), validate: validate.dateOrDateTime });

/**
 * A positive amount in the currency's precision, typed the way the display
 * language writes numbers; before Enter the prompt shows the amount it will
 * record. Undefined on Escape.
 */
export async function askAmount(title: string, prompt: string, currency: string, value?: number): Promise<number | undefined> {
  const locale = vscode.env.language;
  const answer = await prompts.input({
    title,
    prompt,
    value: value === undefined ? undefined : formatAmountInput(value, currency, locale),
    ignoreFocusOut: true,
    validateInput: (text) => {
      const reading = readAmount(text, currency, locale);
      return reading.ok
        ? { message: vscode.l10n.t('Will be recorded as {0}', formatMoney(reading.minor, currency, locale)), severity: vscode.InputBoxValidationSeverity.Info }
        : localize(reading.problem);
    },
  });
  if (answer === undefined) {
    return undefined;
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
    ...(suggested.startOfWork ? [{ label: vscode.l10n.t('Today, at the start of your working day'), description: suggested.startOfWork.replace('T', ' '), at: suggested.startOfWork }] : []),
    ...(suggested.now ? [{ label: vscode.l10n.t('Now'), description: suggested.now.replace('T', ' '), at: suggested.now }] : []),
    { label: vscode.l10n.t('Today, without a time'), description: suggested.today, at: suggested.today },
    { label: vscode.l10n.t('Another date or time…'), at: undefined },
  ];
  const when = await prompts.pick(items, { title, placeHolder });
  if (!when) {
    return undefined;
  }
  return when.at ?? (await askDateTime(title, vscode.l10n.t('When it happened: YYYY-MM-DDTHH:MM, or a date')));
}
