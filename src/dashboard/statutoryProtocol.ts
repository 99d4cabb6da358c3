/**
 * The dashboard's statutory late fees (src/core/law), as the page receives them: one row per invoice overdue
 * today, the totals, and the notes the law calls for. Apart from protocol.ts so the figures' messages stay in one
 * place; no vscode import (the page parses with it too).
 */
import * as z from 'zod/mini';

/** Built with the protocol's text type, so the same length limit holds here. */
export function statutorySchema(text: z.ZodMiniString<string>) {
  return z.object({
    /** The legal basis as the law words it (the CLI JSON's `basis`); empty when no rule applies (a consumer). */
    basis: text,
    rows: z.array(z.object({ invoice: text, daysLate: z.int().check(z.gte(0)), interest: text, rates: text, compensation: text })),
    /** Absent when no total can be told (a rate unknown and the compensation in another currency). */
    total: z.optional(z.object({ interest: text, compensation: text, sum: text })),
    /** What the figures need said: the contract's waiver, an older rate, a consumer, the contract's own fee. */
    notes: z.array(text),
  });
}

export type StatutoryView = z.infer<ReturnType<typeof statutorySchema>>;
