/** A `mailto:` link (RFC 6068) that hands a drafted email to the user's mail app. */

/** Mail apps and operating systems cut longer links; past this the body travels by clipboard. */
export const MAILTO_MAX_LENGTH = 2000;

const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

export function mailtoLink(to: string | undefined, subject: string, body?: string): string {
  const query = [`subject=${encode(subject)}`, ...(body === undefined ? [] : [`body=${encode(body)}`])].join('&');
  // The address keeps its @ readable; anything else in it is percent-encoded.
  const address = to ? to.split('@').map(encodeURIComponent).join('@') : '';
  return `mailto:${address}?${query}`;
}

/** The link with the body when it fits, else without it (the caller copies the body instead). */
export function mailtoWithin(to: string | undefined, subject: string, body: string): { link: string; bodyIncluded: boolean } {
  const full = mailtoLink(to, subject, body);
  return full.length <= MAILTO_MAX_LENGTH ? { link: full, bodyIncluded: true } : { link: mailtoLink(to, subject), bodyIncluded: false };
}
