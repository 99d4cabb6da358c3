/**
 * A message for a person, kept as an English template with `{0}` placeholders
 * plus its arguments, so the editor can translate it with `vscode.l10n.t`
 * (which keys on the English text) and the CLI can print it as it is.
 */
export interface Message {
  readonly template: string;
  readonly args: readonly (string | number)[];
}

export function msg(template: string, ...args: (string | number)[]): Message {
  return { template, args };
}

export function formatMessage(message: Message): string {
  return format(message.template, message.args);
}

export function format(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}
