import * as vscode from 'vscode';
import { Message } from './core/messages';

/** Translates a core message: its English template is the l10n key. */
export function localize(message: Message): string {
  return vscode.l10n.t(message.template, ...message.args);
}
