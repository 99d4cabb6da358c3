/**
 * Client Health: Create Client File. A short guided flow; every step can be
 * skipped with Enter (the contract step's first choice is "not signed yet"),
 * and Escape at any step cancels with nothing written.
 */
import * as vscode from 'vscode';
import * as path from 'node:path';
import { readAmount } from '../core/amountInput';
import { isKnownCurrency } from '../core/money';
import { NewClientFileAnswers, newClientFileText } from '../core/newClientFile';
import { readSettings } from '../config';
import { ExcludeOutcome, excludeFromGit } from '../git/gitPrivacy';
import { refusedExcludeMessage } from '../git/trackedWarning';
import { WorkspaceStores } from '../store/workspaceStores';
import { Log, describeError } from '../log';
import * as validate from '../core/edits/validate';
import { localize } from '../l10n';
import { prompts } from '../ui/prompts';
import { askSigned } from './recording/inputs';
import { writeStaysInside } from './writeStaysInside';

interface Step {
  readonly prompt: string;
  readonly placeHolder?: string;
  readonly value?: string;
  readonly validate?: (value: string) => string | undefined;
}

/** A text step, asked through the prompts boundary (so the integration suite can answer it); Enter on empty skips it. */
function text(step: Step): (title: string) => Thenable<string | undefined> {
  return (title) =>
    prompts.input({
      title,
      prompt: step.prompt,
      placeHolder: step.placeHolder,
      value: step.value,
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim() === '' ? undefined : step.validate?.(value.trim())),
    });
}

function currencyCode(value: string): string | undefined {
  return isKnownCurrency(value.toUpperCase()) ? undefined : vscode.l10n.t('Enter a three-letter ISO 4217 code such as EUR, USD, GBP, CHF or TRY.');
}

const toNumber = (value: string) => Number(value.replace(',', '.'));

function readRate(value: string, currency: string): number {
  const reading = readAmount(value, currency, vscode.env.language);
  if (!reading.ok) {
    // The input box refuses this text; only a prompt that skipped validation could bring it here.
    throw new Error(localize(reading.problem));
  }
  return reading.amount;
}

/** A core validator (the schema's own rule) with its message in the display language. */
const checked = (validator: validate.Validator) => (value: string) => {
  const problem = validator(value);
  return problem && localize(problem);
};

/** Runs the prompts; undefined when the user pressed Escape. */
async function askAnswers(folder: vscode.WorkspaceFolder): Promise<NewClientFileAnswers | undefined> {
  let clientName = folder.name;
  let currencyAnswer = 'EUR';
  // The rate as the display language writes numbers, in the chosen currency's precision, as Add Client reads it:
  // "1,200" is twelve hundred in English, never 1.2.
  const rateProblem = (value: string) => {
    const reading = readAmount(value, currencyAnswer, vscode.env.language);
    return reading.ok ? undefined : localize(reading.problem);
  };
  const steps: ((title: string) => Thenable<string | null | undefined>)[] = [
    text({ prompt: vscode.l10n.t('Your name, as it will appear on the statements and emails you draft (Enter to skip)'), placeHolder: vscode.l10n.t('e.g. Camille Martin') }),
    text({ prompt: vscode.l10n.t('Currency you invoice in (ISO 4217)'), value: 'EUR', validate: currencyCode }),
    text({ prompt: vscode.l10n.t("The client's name"), value: folder.name }),
    text({ prompt: vscode.l10n.t('Your contact person there (Enter to skip)') }),
    text({ prompt: vscode.l10n.t("Your contact's email address (Enter to skip)"), validate: checked(validate.email) }),
    (title) => askSigned(title, clientName),
    text({ prompt: vscode.l10n.t('Payment terms in days (net 30 = 30)'), value: '30', validate: checked(validate.paymentTermsDays) }),
    text({ prompt: vscode.l10n.t('Revision rounds included in the price (Enter to skip)'), placeHolder: '2', validate: checked(validate.revisionsIncluded) }),
    text({ prompt: vscode.l10n.t('Agreed hourly rate (Enter to skip)'), placeHolder: '75', validate: rateProblem }),
  ];
  const values: (string | null)[] = [];
  for (let i = 0; i < steps.length; i++) {
    const value = await steps[i](vscode.l10n.t('Create Client File ({0}/{1})', i + 1, steps.length));
    if (value === undefined) {
      return undefined;
    }
    values.push(value === null ? null : value.trim());
    if (i === 1) {
      currencyAnswer = value?.trim().toUpperCase() || 'EUR';
    }
    if (i === 2) {
      clientName = value?.trim() || folder.name;
    }
  }
  const [freelancerName, currency, , contactName, contactEmail, signed, terms, revisions, rate] = values;
  return {
    freelancerName: freelancerName || undefined,
    currency: currency ? currency.toUpperCase() : 'EUR',
    clientName,
    contactName: contactName || undefined,
    contactEmail: contactEmail || undefined,
    contractSigned: signed ?? undefined,
    paymentTermsDays: terms ? toNumber(terms) : 30,
    revisionsIncluded: revisions ? toNumber(revisions) : undefined,
    hourlyRate: rate ? readRate(rate, currencyAnswer) : undefined,
  };
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) {
    return folders[0];
  }
  return vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Which folder is this client file for?') });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function excludeNewFile(folder: vscode.WorkspaceFolder, uri: vscode.Uri, log: Log): Promise<ExcludeOutcome | 'skipped'> {
  if (uri.scheme !== 'file') {
    return 'notRepository';
  }
  if (!vscode.workspace.isTrusted) {
    vscode.window.showWarningMessage(
      vscode.l10n.t('This workspace is not trusted, so Client Health did not run git to keep the client file out of it. Trust the workspace, then run "Client Health: Keep the Client File Out of Git".'),
    );
    return 'skipped';
  }
  try {
    return await excludeFromGit(folder.uri.fsPath, uri.fsPath, log);
  } catch (error) {
    log.error(`Adding the new client file to .git/info/exclude failed: ${describeError(error)}`);
    vscode.window.showWarningMessage(
      vscode.l10n.t('Client Health could not add the client file to .git/info/exclude: {0}. Add it by hand to keep it out of git.', error instanceof Error ? error.message : String(error)),
    );
    return 'skipped';
  }
}

/** False, with the reason shown, when a symbolic link on the path would put the new file outside the folder. */
async function staysInside(folder: vscode.WorkspaceFolder, uri: vscode.Uri, relativePath: string): Promise<boolean> {
  if (uri.scheme !== 'file' || (await writeStaysInside(folder.uri.fsPath, uri.fsPath))) {
    return true;
  }
  vscode.window.showErrorMessage(
    vscode.l10n.t('Client Health did not create {0}: a symbolic link on its path leads outside the folder "{1}", and the client file is only written inside it. Replace the link with a folder.', relativePath, folder.name),
  );
  return false;
}

export async function createClientFile(stores: WorkspaceStores, target?: vscode.WorkspaceFolder): Promise<vscode.Uri | undefined> {
  const folder = target ?? (await pickFolder());
  if (!folder) {
    if (!vscode.workspace.workspaceFolders?.length) {
      vscode.window.showInformationMessage(vscode.l10n.t('Open the folder of a client project first.'));
    }
    return undefined;
  }
  const relativePath = readSettings(folder).clientFile;
  const uri = vscode.Uri.joinPath(folder.uri, ...relativePath.split(/[\\/]/));
  if (await exists(uri)) {
    await vscode.window.showTextDocument(uri);
    vscode.window.showInformationMessage(vscode.l10n.t('{0} already exists in "{1}"; it is open now.', relativePath, folder.name));
    return uri;
  }
  if (!(await staysInside(folder, uri, relativePath))) {
    return undefined;
  }
  const answers = await askAnswers(folder);
  // Checked again after the prompts and before the write: a link can appear while the prompts are open.
  if (!answers || !(await staysInside(folder, uri, relativePath))) {
    return undefined;
  }
  // The exclude entry goes in before the file exists, so that git never sees it as a new file.
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  const outcome = await excludeNewFile(folder, uri, stores.log);
  if (await exists(uri)) {
    // Created while the prompts were open (a pull, another window): never overwrite it.
    await vscode.window.showTextDocument(uri);
    vscode.window.showWarningMessage(vscode.l10n.t('{0} appeared in "{1}" while you answered; it was left as it is and is open now.', relativePath, folder.name));
    return uri;
  }
  const header = [
    vscode.l10n.t('Client Health: your private record of this client (format version 1).'),
    vscode.l10n.t('It holds rates, invoices and notes about the client: keep it out of git.'),
  ];
  if (!(await staysInside(folder, uri, relativePath))) {
    return undefined;
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(newClientFileText(answers, '\n', header)));
  await stores.forFolder(folder)?.refresh();
  await vscode.window.showTextDocument(uri);
  if (outcome === 'unsafeName' || outcome === 'outsideRepository') {
    vscode.window.showWarningMessage(refusedExcludeMessage(outcome, relativePath));
  } else if (outcome === 'notIgnored') {
    vscode.window.showWarningMessage(
      vscode.l10n.t('{0} is listed in .git/info/exclude, but a rule in a .gitignore file includes it again, so git still sees it. Remove or narrow that rule.', relativePath),
    );
  } else if (outcome === 'added' || outcome === 'present') {
    vscode.window.showInformationMessage(
      vscode.l10n.t('Created {0}. It is private: git ignores it through .git/info/exclude, and the shared .gitignore is untouched.', path.posix.normalize(relativePath)),
    );
  }
  return uri;
}
