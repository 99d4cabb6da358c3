/** Input boxes shared by the recording commands, validated as you type with the schema's own rules. */
import * as vscode from 'vscode';
import { formatDate, localDateTime, localToday, parseDate, parseDateOrDateTime } from '../../core/dates';
import { hasExcessPrecision, minorDigits } from '../../core/money';

export async function askDate(title: string, prompt: string, value = formatDate(localToday())): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title,
    prompt,
    value,
    ignoreFocusOut: true,
    validateInput: (text) =>
      parseDate(text.trim()) === undefined ? vscode.l10n.t('Enter a real calendar date written YYYY-MM-DD, such as 2026-03-01.') : undefined,
  });
}

export async function askDateTime(title: string, prompt: string): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title,
    prompt,
    value: localDateTime(),
    ignoreFocusOut: true,
    validateInput: (text) =>
      parseDateOrDateTime(text.trim()) === undefined
        ? vscode.l10n.t('Enter a date YYYY-MM-DD or a local date and time YYYY-MM-DDTHH:MM, such as 2026-03-01T18:30.')
        : undefined,
  });
}

/** A positive amount in the currency's precision; accepts a decimal comma. Undefined on Escape. */
export async function askAmount(title: string, prompt: string, currency: string, value?: number): Promise<number | undefined> {
  const text = await vscode.window.showInputBox({
    title,
    prompt,
    value: value === undefined ? undefined : String(value),
    ignoreFocusOut: true,
    validateInput: (input) => {
      const amount = Number(input.trim().replace(',', '.'));
      if (!/^\d+([.,]\d+)?$/.test(input.trim()) || !(amount > 0) || amount > 1e12) {
        return vscode.l10n.t('Enter an amount greater than 0, such as 1200 or 82.50.');
      }
      return hasExcessPrecision(amount, currency)
        ? vscode.l10n.t('{0} allows at most {1} decimals.', currency, minorDigits(currency))
        : undefined;
    },
  });
  return text === undefined ? undefined : Number(text.trim().replace(',', '.'));
}
