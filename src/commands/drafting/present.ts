/**
 * Where a draft goes: always its own new editor, titled by the draft, so a
 * second draft never runs into the first. Emails then offer Open in Mail App
 * and Copy, which take the editor's text as it is when clicked (the user's
 * edits, subject included); statements offer Save as CSV.
 */
import * as vscode from 'vscode';
import type { Draft } from '../../core/templates/document';
import { reportFailure } from '../../ui/failures';
import { prompts } from '../../ui/prompts';
import { templates } from './templates';

/** The untitled documents the drafting commands opened, so that a clause is never typed into one unasked. */
const draftDocuments = new Set<string>();

export function isDraftDocument(document: vscode.TextDocument): boolean {
  return draftDocuments.has(document.uri.toString());
}

/** Forgets closed drafts; registered once with the commands. */
export function trackDraftDocuments(): vscode.Disposable {
  return vscode.workspace.onDidCloseTextDocument((document) => draftDocuments.delete(document.uri.toString()));
}

/** A file name from the draft's title: what the tab shows, and what Save As proposes. */
function untitledUri(title: string): vscode.Uri {
  const base = title.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'Draft';
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  for (let n = 1; ; n++) {
    const uri = vscode.Uri.from({ scheme: 'untitled', path: n === 1 ? `${base}.md` : `${base} (${n}).md` });
    if (!open.has(uri.toString())) {
      return uri;
    }
  }
}

/** Opens the draft in a new editor of its own. */
export async function showDraft(draft: Draft): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(untitledUri(draft.title));
  draftDocuments.add(document.uri.toString());
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const inserted = await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), templates().draftEditorText(draft)));
  if (!inserted) {
    throw new Error(`VS Code refused to write the draft into ${document.uri.toString()}`);
  }
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  return editor;
}

/**
 * A clause goes in at the cursor of a Markdown or text document the user opened; into a draft
 * only when the user says so; anywhere else in a new editor.
 */
export async function insertOrShow(draft: Draft, title: string): Promise<boolean> {
  const active = vscode.window.activeTextEditor;
  const language = active?.document.languageId;
  if (!active || (language !== 'markdown' && language !== 'plaintext')) {
    await showDraft(draft);
    return true;
  }
  if (isDraftDocument(active.document)) {
    const here = { label: vscode.l10n.t('Insert at the cursor of this draft'), here: true };
    const apart = { label: vscode.l10n.t('Open in a new editor'), here: false };
    const picked = await prompts.pick([apart, here], { title, placeHolder: vscode.l10n.t('The active editor is a draft. Where should the clause go?') });
    if (!picked) {
      return false;
    }
    if (!picked.here) {
      await showDraft(draft);
      return true;
    }
  }
  const { draftToMarkdown, renderPlainText } = templates();
  const text = language === 'markdown' ? draftToMarkdown(draft) : renderPlainText(draft.blocks);
  // Two clauses in a row read as two paragraphs: a blank line between them.
  const before = active.document.getText(new vscode.Range(new vscode.Position(0, 0), active.selection.start));
  const separator = before.trim() === '' ? '' : before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  return active.edit((builder) => builder.replace(active.selection, separator + text));
}

/** A further action on an email draft's notification (a reminder's Mark as Sent). */
export interface DraftAction {
  readonly label: string;
  run(): Promise<unknown>;
}

/** Offers the email's actions in a notification; not awaited, so the command ends with the draft open. */
export function offerEmailActions(draft: Draft, editor: vscode.TextEditor, extra?: DraftAction): void {
  const openInMail = vscode.l10n.t('Open in Mail App');
  const copy = vscode.l10n.t('Copy');
  const actions = [openInMail, copy, ...(extra ? [extra.label] : [])];
  void prompts.notify(vscode.l10n.t('Draft ready: {0}', draft.title), ...actions).then(async (choice) => {
    if (extra && choice === extra.label) {
      await extra.run();
      return;
    }
    if (choice !== copy && choice !== openInMail) {
      return;
    }
    // The editor's text now, with the user's edits; the draft as written when its editor is gone.
    const { draftEditorText, emailFromMarkdown, mailtoWithin } = templates();
    const document = editor.document;
    const email = emailFromMarkdown(document.isClosed ? draftEditorText(draft) : document.getText());
    if (choice === copy) {
      await vscode.env.clipboard.writeText(email.subject ? `${email.subject}\n\n${email.body}` : email.body);
      return;
    }
    const { link, bodyIncluded } = mailtoWithin(email.to, email.subject ?? draft.title, email.body);
    if (!bodyIncluded) {
      await vscode.env.clipboard.writeText(email.body);
      vscode.window.showInformationMessage(vscode.l10n.t('The email is too long for a mail link: its text is on the clipboard, ready to paste.'));
    }
    // Uri.parse would decode and re-encode the query; the link is already encoded exactly once.
    await vscode.env.openExternal(vscode.Uri.parse(link, true));
  })
    // A second then, not then's second argument: that one would not see what the handler above throws.
    .then(undefined, reportFailure(draft.title, `The ${draft.kind} draft's action`));
}

/** Offers Save as CSV for a statement; the user picks where, nothing is written otherwise. */
export function offerCsv(csv: string, suggestedName: string, folder: vscode.Uri | undefined): void {
  const save = vscode.l10n.t('Save as CSV');
  void prompts.notify(vscode.l10n.t('Statement ready. Save it as CSV for your accounting tool?'), save).then(async (choice) => {
    if (choice !== save) {
      return;
    }
    const target = await prompts.saveAs({
      defaultUri: folder ? vscode.Uri.joinPath(folder, suggestedName) : undefined,
      filters: { CSV: ['csv'] },
    });
    if (target) {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(csv));
    }
  }).then(undefined, reportFailure(save));
}
