/**
 * Where a draft goes: inserted at the cursor of a Markdown or plain-text editor
 * (as plain text there), else into a new untitled Markdown editor. Emails then
 * offer Open in Mail App and Copy; statements offer Save as CSV.
 */
import * as vscode from 'vscode';
import type { Draft } from '../../core/templates/document';
import { prompts } from '../../ui/prompts';
import { templates } from './templates';

/** The editor the draft was written into. */
export async function showDraft(draft: Draft): Promise<vscode.TextEditor> {
  const active = vscode.window.activeTextEditor;
  const language = active?.document.languageId;
  if (active && (language === 'markdown' || language === 'plaintext')) {
    const { draftToMarkdown, renderPlainText } = templates();
    const text = language === 'markdown' ? draftToMarkdown(draft) : renderPlainText(draft.blocks);
    await active.edit((builder) => builder.replace(active.selection, text));
    return active;
  }
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: templates().draftToMarkdown(draft) });
  return vscode.window.showTextDocument(document);
}

/** The email's plain text, as a mail app wants it: the subject line is separate. */
export function emailBody(draft: Draft): string {
  return templates().renderPlainText(draft.blocks);
}

/** Offers the email's actions in a notification; not awaited, so the command ends with the draft open. */
export function offerEmailActions(draft: Draft): void {
  const openInMail = vscode.l10n.t('Open in Mail App');
  const copy = vscode.l10n.t('Copy');
  void prompts.notify(vscode.l10n.t('Draft ready: {0}', draft.title), openInMail, copy).then(async (choice) => {
    const body = emailBody(draft);
    if (choice === copy) {
      await vscode.env.clipboard.writeText(draft.subject ? `${draft.subject}\n\n${body}` : body);
    } else if (choice === openInMail) {
      const { link, bodyIncluded } = templates().mailtoWithin(draft.to, draft.subject ?? draft.title, body);
      if (!bodyIncluded) {
        await vscode.env.clipboard.writeText(body);
        void vscode.window.showInformationMessage(vscode.l10n.t('The email is too long for a mail link: its text is on the clipboard, ready to paste.'));
      }
      // Uri.parse would decode and re-encode the query; the link is already encoded exactly once.
      await vscode.env.openExternal(vscode.Uri.parse(link, true));
    }
  });
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
  });
}
