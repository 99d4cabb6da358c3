import * as vscode from 'vscode';
import { Message, format, formatArg, templateFor } from './core/messages';

/**
 * Translates a core message: its English template is the l10n key (a plural message picks its key by the display
 * language's plural rules, see core/messages.ts); money and quantities are formatted for the display language.
 */
export function localize(message: Message): string {
  const language = vscode.env.language;
  const args = message.args.map((a) => formatArg(a, language));
  return message.plural ? format(templateFor(message, language, vscode.l10n.bundle), args) : vscode.l10n.t(message.template, ...args);
}
