/**
 * Client Health: Edit Client Details. One contact or contract field of a client
 * (the ones that otherwise need hand-editing), asked prefilled with its value and
 * checked as the schema checks it, then written by the client's id. Emptying a
 * field removes it, so the format's default applies again.
 */
import * as vscode from 'vscode';
import { CLIENT_FIELDS, ClientField, FieldValue, fieldValue } from '../../core/clientFields';
import * as validate from '../../core/edits/validate';
import { clientCurrency } from '../../core/health/facts';
import { formatMoney, toMinor } from '../../core/money';
import { applyOperation } from '../../store/clientFileEditor';
import { WorkspaceStores } from '../../store/workspaceStores';
import { prompts } from '../../ui/prompts';
import { resolveClient } from '../resolveClient';
import { askOptionalAmount, askSigned, askText } from './inputs';

function label(field: ClientField): string {
  switch (field) {
    case 'taxId':
      return vscode.l10n.t('VAT or tax number');
    case 'contact.name':
      return vscode.l10n.t('Contact name');
    case 'contact.email':
      return vscode.l10n.t('Contact email');
    case 'contact.salutation':
      return vscode.l10n.t('Salutation in letters');
    case 'contract.signed':
      return vscode.l10n.t('Contract signed');
    case 'contract.start':
      return vscode.l10n.t('Contract start');
    case 'contract.hourlyRate':
      return vscode.l10n.t('Hourly rate');
    case 'contract.extraHourlyRate':
      return vscode.l10n.t('Rate for extra work');
    case 'contract.paymentTermsDays':
      return vscode.l10n.t('Payment terms');
    case 'contract.lateFeePercentPerMonth':
      return vscode.l10n.t('Late fee');
    case 'contract.revisionsIncluded':
      return vscode.l10n.t('Revision rounds included');
    case 'contract.noticeDays':
      return vscode.l10n.t('Notice period');
  }
}

/** A field's value as a person reads it, in the pick and in the confirmation. */
function shown(field: ClientField, value: unknown, currency: string): string {
  const locale = vscode.env.language;
  if (value === undefined) {
    return field === 'contract.paymentTermsDays'
      ? vscode.l10n.t('not set (30 days)')
      : field === 'contract.signed'
        ? vscode.l10n.t('not signed yet')
        : vscode.l10n.t('not set');
  }
  if (typeof value === 'number') {
    switch (field) {
      case 'contract.hourlyRate':
      case 'contract.extraHourlyRate':
        // Through formatMoney, so the Italian display language groups 1.200,00 € as the drafts do.
        return formatMoney(toMinor(value, currency), currency, locale);
      case 'contract.paymentTermsDays':
      case 'contract.noticeDays':
        // Intl's unit words carry each language's plural (1 day, 1 jour, 0 jour).
        return new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(value);
      case 'contract.lateFeePercentPerMonth':
        return vscode.l10n.t('{0} % per month', new Intl.NumberFormat(locale).format(value));
      default:
        break;
    }
  }
  return value === null ? vscode.l10n.t('not signed yet') : typeof value === 'string' ? value : JSON.stringify(value);
}

/** The new value ({ value: undefined } removes the field); undefined on Escape. */
async function askValue(field: ClientField, title: string, clientName: string, current: unknown, currency: string): Promise<{ value: FieldValue | undefined } | undefined> {
  const typed = async (prompt: string, check?: validate.Validator, read: (text: string) => FieldValue = (text) => text) => {
    const value = typeof current === 'string' || typeof current === 'number' ? String(current) : undefined;
    const answer = await askText({ title, prompt, value, validate: check && validate.optional(check) });
    return answer === undefined ? undefined : { value: answer === '' ? undefined : read(answer) };
  };
  const whole = (text: string) => Number(text);
  const decimal = (text: string) => validate.parseDecimal(text)!;
  switch (field) {
    case 'taxId':
      return typed(vscode.l10n.t('The VAT or tax number of {0} as printed on your invoices, such as IT01234567890 (empty to remove)', clientName), validate.taxId);
    case 'contact.name':
      return typed(vscode.l10n.t('Your contact person at {0} (empty to remove)', clientName));
    case 'contact.email':
      return typed(vscode.l10n.t("Your contact's email address (empty to remove)"), validate.email);
    case 'contact.salutation':
      return typed(vscode.l10n.t('How letters address the contact, written after the greeting, such as "Monsieur Dupont" (empty to remove)'), validate.salutation);
    case 'contract.signed': {
      const signed = await askSigned(title, clientName, typeof current === 'string' ? current : null);
      return signed === undefined ? undefined : { value: signed };
    }
    case 'contract.start':
      return typed(vscode.l10n.t('Date the contract starts, YYYY-MM-DD (empty to remove)'), validate.date);
    case 'contract.hourlyRate':
    case 'contract.extraHourlyRate': {
      const prompt =
        field === 'contract.hourlyRate'
          ? vscode.l10n.t('Agreed hourly rate in {0} (empty to remove)', currency)
          : vscode.l10n.t('Hourly rate in {0} for out-of-scope work and extra revisions (empty to remove)', currency);
      const rate = await askOptionalAmount(title, prompt, currency, typeof current === 'number' ? current : undefined);
      return rate === undefined ? undefined : { value: rate ?? undefined };
    }
    case 'contract.paymentTermsDays':
      return typed(vscode.l10n.t('Payment terms in days (net 30 = 30; empty for the default, 30)'), validate.paymentTermsDays, whole);
    case 'contract.lateFeePercentPerMonth':
      return typed(vscode.l10n.t('Late fee in percent per month, such as 1.5 (empty to remove)'), validate.lateFeePercent, decimal);
    case 'contract.revisionsIncluded':
      return typed(vscode.l10n.t('Revision rounds included in the price (empty to remove)'), validate.revisionsIncluded, whole);
    case 'contract.noticeDays':
      return typed(vscode.l10n.t('Notice period in days (empty to remove)'), validate.noticeDays, whole);
  }
}

export async function editClientDetailsCommand(stores: WorkspaceStores, node?: unknown): Promise<boolean> {
  const title = vscode.l10n.t('Edit Client Details');
  const target = await resolveClient(stores, node, 'write', title);
  if (!target) {
    return false;
  }
  const { client } = target;
  const currency = clientCurrency(target.file, client);
  const picked = await prompts.pick(
    CLIENT_FIELDS.map((field) => ({ label: label(field), description: shown(field, fieldValue(client, field), currency), field })),
    { title, placeHolder: vscode.l10n.t('Which detail of {0}?', client.name), matchOnDescription: true },
  );
  if (!picked) {
    return false;
  }
  const current = fieldValue(client, picked.field);
  const answer = await askValue(picked.field, `${title}: ${picked.label}`, client.name, current, currency);
  if (!answer) {
    return false;
  }
  const { value } = answer;
  // A missing signed date and null both mean not signed: choosing "not signed yet" again writes nothing.
  if (JSON.stringify(value ?? null) === JSON.stringify(current ?? null)) {
    prompts.notify(vscode.l10n.t('{0} of {1} is unchanged; nothing was written.', picked.label, client.name));
    return false;
  }
  const done =
    value === undefined
      ? vscode.l10n.t('Updated {0}: removed {1}.', client.name, picked.label)
      : vscode.l10n.t('Updated {0}: {1} is now {2}.', client.name, picked.label, shown(picked.field, value, currency));
  return applyOperation(target.store, { kind: 'setClientField', clientId: target.clientId, field: picked.field, value }, done);
}
