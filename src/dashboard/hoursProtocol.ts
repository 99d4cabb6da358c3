/**
 * The schema of the dashboard's Hours section, part of the dashboard's messages (protocol.ts). Apart from
 * hoursView.ts so that the page's bundle gets the schema without the git evidence the view is computed from.
 */
import * as z from 'zod/mini';

/** The section's schema, with the page's text type (the client file's limit). */
export function hoursSchema(text: z.ZodMiniString<string>) {
  return z.object({
    /** Oldest month first; `git` and `editor` are empty when that source has nothing for this client. */
    rows: z.array(z.object({ month: text, logged: text, git: text, editor: text })).check(z.maxLength(12)),
    sources: z.object({ git: z.boolean(), editor: z.boolean() }),
  });
}

export type HoursView = z.infer<ReturnType<typeof hoursSchema>>;
