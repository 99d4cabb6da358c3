import * as vscode from 'vscode';
import { Message, formatArg } from './core/messages';

/** Translates a core message: its English template is the l10n key; money is formatted for the display language. */
export function localize(message: Message): string {
  return vscode.l10n.t(message.template, ...message.args.map((a) => formatArg(a, vscode.env.language)));
}
