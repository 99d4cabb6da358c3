/**
 * What both pages do with a message from the host: check it against its schema first. A message that does not
 * check is never shown; why is written to the page's console and sent back to the host, which logs it.
 */
interface Checked<T> {
  readonly success: boolean;
  readonly data?: T;
  readonly error?: { readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[] };
}

export function checkedUpdate<T>(parsed: Checked<T>, page: string, drop: (reason: string) => void): T | undefined {
  if (parsed.success) {
    return parsed.data;
  }
  const reason = (parsed.error?.issues ?? []).map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ').slice(0, 500);
  console.error(`Client Health ${page}: an update was not shown: ${reason}`);
  drop(reason);
  return undefined;
}
