/**
 * The one `git log` format Client Health reads: fields separated by NUL, each commit ended by the ASCII
 * record separator. A subject never holds a line break (`%s` joins the first paragraph) and git never
 * writes NUL inside a field, so no subject can shift the fields of its own record.
 * `%aE` is the author email after .mailmap (with `--use-mailmap`, as the reader passes it).
 */
export const GIT_LOG_FORMAT = '%H%x00%h%x00%aI%x00%aE%x00%s%x1e';

export const FIELD_SEPARATOR = '\u0000';
export const RECORD_SEPARATOR = '\u001e';
/** The number of fields of a record in GIT_LOG_FORMAT. */
export const FIELD_COUNT = 5;
