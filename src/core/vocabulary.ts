/**
 * The closed word lists of the client file format (see docs/client-file-v1.md),
 * apart from the zod schema so that code needing only the words (the draft
 * templates, the recording prompts) does not load zod.
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const LANGUAGES = ['en', 'fr', 'it', 'tr'] as const;
export const CLIENT_STATUSES = ['active', 'ending', 'ended'] as const;
export const REQUEST_TYPES = ['revision', 'change', 'feature'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];
/** The payment reminder's steps, mildest first. */
export const REMINDER_STEPS = ['friendly', 'firm', 'final'] as const;
export const JOURNAL_KINDS = [
  'abusive',
  'unethical',
  'afterHoursContact',
  'urgentDemand',
  'discountRequest',
  'refusedContract',
  'missedMeeting',
  'negative',
  'positive',
  'note',
] as const;

export type JournalKind = (typeof JOURNAL_KINDS)[number];

/**
 * The kinds in the order a prompt offers them, the everyday ones first: the first item is the one
 * Enter picks, and it must never be the entry that marks a client as abusive.
 */
export const JOURNAL_KIND_ORDER: readonly JournalKind[] = [
  'note',
  'positive',
  'negative',
  'urgentDemand',
  'afterHoursContact',
  'discountRequest',
  'missedMeeting',
  'refusedContract',
  'unethical',
  'abusive',
];

/** Why a format check failed; carried as the message, which the issue mapper turns into words. */
export type CheckKind = 'date' | 'dateTime' | 'time' | 'currency' | 'country' | 'slug' | 'uniqueDays';
export const CHECK_KINDS: readonly string[] = ['date', 'dateTime', 'time', 'currency', 'country', 'slug', 'uniqueDays'];
