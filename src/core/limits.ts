/**
 * Limits of the client file that other parts must accept as they are. Its own
 * module, without zod, so that the dashboard page's bundle can import it.
 */

/** The longest text a client file may hold in one field (a name, a note, an invoice number). */
export const MAX_TEXT_LENGTH = 100_000;

/** The largest amount a client file records (an invoice, a payment, a rate). */
export const MAX_AMOUNT = 1e12;
