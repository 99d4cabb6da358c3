/** Client Health: Add Client. A new client in an existing client file, with a contract still to sign. */
import * as vscode from 'vscode';
import * as validate from '../../core/edits/validate';
import { slugify } from '../../core/newClientFile';
import { applyOperation } from '../../store/clientFileEditor';
import { WorkspaceStores } from '../../store/workspaceStores';
import { resolveStoreForWrite } from '../resolveClient';
import { prompts } from '../../ui/prompts';
import { askOptionalAmount, askSigned, askText, stepTitle } from './inputs';

function freeId(name: string, taken: readonly string[]): string {
  const base = slugify(name).slice(0, 60);
  let id = base;
  for (let n = 2; taken.includes(id); n++) {
    id = `${base}-${n}`;
  }
  return id;
}

/** The steps of the flow, for the counter in each prompt's title; the question about a twin name belongs to step 1. */
const STEPS = 7;

export async function addClientCommand(stores: WorkspaceStores, node?: unknown): Promise<boolean> {
  const command = vscode.l10n.t('Add Client');
  const store = await resolveStoreForWrite(stores, node, command);
  if (!store?.file) {
    return false;
  }
  const title = (step: number) => stepTitle(command, step, STEPS);
  const taken = store.file.clients.map((c) => c.id);
  const name = await askText({ title: title(1), prompt: vscode.l10n.t("The client's name"), placeHolder: vscode.l10n.t('e.g. Acme SARL'), validate: validate.clientName });
  if (name === undefined) {
    return false;
  }
  const same = (a: string) => a.normalize('NFC').trim().toLocaleLowerCase() === name.normalize('NFC').trim().toLocaleLowerCase();
  const twin = store.file.clients.find((c) => same(c.name));
  if (twin) {
    // Usually the same client typed again, not a second one: ask before making "acme-2".
    const no = { label: vscode.l10n.t('No, keep the one there is'), add: false };
    const yes = { label: vscode.l10n.t('Yes, add another client with this name'), add: true };
    const answer = await prompts.pick([no, yes], { title: title(1), placeHolder: vscode.l10n.t('{0} is already in the file (id "{1}"). Add another client with the same name?', twin.name, twin.id) });
    if (!answer?.add) {
      return false;
    }
  }
  const id = await askText({ title: title(2), prompt: vscode.l10n.t('A short id for the client, unique in this file'), value: freeId(name, taken), validate: validate.clientId(taken) });
  if (id === undefined) {
    return false;
  }
  const contactName = await askText({ title: title(3), prompt: vscode.l10n.t('Your contact person there (Enter to skip)') });
  if (contactName === undefined) {
    return false;
  }
  const email = await askText({ title: title(4), prompt: vscode.l10n.t("Your contact's email address (Enter to skip)"), validate: validate.optional(validate.email) });
  if (email === undefined) {
    return false;
  }
  const signed = await askSigned(title(5), name);
  if (signed === undefined) {
    return false;
  }
  const terms = await askText({ title: title(6), prompt: vscode.l10n.t('Payment terms in days (net 30 = 30)'), value: '30', validate: validate.paymentTermsDays });
  if (terms === undefined) {
    return false;
  }
  const currency = store.file.freelancer.currency ?? 'EUR';
  const rate = await askOptionalAmount(title(7), vscode.l10n.t('Agreed hourly rate in {0} (Enter to skip)', currency), currency);
  if (rate === undefined) {
    return false;
  }
  const contact = { ...(contactName ? { name: contactName } : {}), ...(email ? { email } : {}) };
  const client = {
    id,
    name,
    status: 'active' as const,
    ...(Object.keys(contact).length > 0 ? { contact } : {}),
    contract: { signed, paymentTermsDays: Number(terms), ...(rate !== null ? { hourlyRate: rate } : {}) },
  };
  return applyOperation(store, { kind: 'addClient', client }, vscode.l10n.t('Added the client {0}, with the id "{1}".', name, id));
}
