/** Turns a zod issue into words a freelancer understands. */
import type { core } from 'zod/mini';
import { CHECK_KINDS, CheckKind } from './vocabulary';
import { Message, msg } from './messages';

type Issue = core.$ZodIssue;

export function describeValue(value: unknown): string {
  // Language-neutral renderings, so that translated templates need no translated arguments.
  if (value === null || value === undefined) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return '[…]';
  }
  switch (typeof value) {
    case 'string':
      // JSON notation escapes line breaks and control characters: a message stays on one line.
      return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
    case 'number':
    case 'boolean':
      return String(value);
    default:
      return '{…}';
  }
}

function wrongType(field: string, expected: string, found: string): Message {
  switch (expected) {
    case 'string':
      return msg('{0} must be text in double quotes; found {1}.', field, found);
    case 'number':
      return msg('{0} must be a number; found {1}.', field, found);
    case 'int':
      return msg('{0} must be a whole number; found {1}.', field, found);
    case 'boolean':
      return msg('{0} must be true or false; found {1}.', field, found);
    case 'object':
      return msg('{0} must be an object {…}; found {1}.', field, found);
    case 'array':
      return msg('{0} must be a list […]; found {1}.', field, found);
    default:
      return msg('{0} has the wrong type; found {1}.', field, found);
  }
}

function checkMessage(kind: CheckKind, value: unknown): Message {
  const found = describeValue(value);
  switch (kind) {
    case 'date':
      return msg('Expected a real calendar date written YYYY-MM-DD, such as 2026-03-01; found {0}.', found);
    case 'dateTime':
      return msg('Expected a date YYYY-MM-DD or a local date and time YYYY-MM-DDTHH:MM (hours 00-23); found {0}.', found);
    case 'time':
      return msg('Expected a time of day HH:MM from 00:00 to 23:59; found {0}.', found);
    case 'currency':
      return msg('Expected a three-letter ISO 4217 currency code such as EUR, USD, TRY or JPY; found {0}.', found);
    case 'country':
      return msg('Expected a two-letter ISO 3166-1 country code in capitals, such as FR, IT, GB or TR; found {0}.', found);
    case 'slug':
      return msg('A client id is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit; found {0}.', found);
    case 'uniqueDays':
      return msg('Each working day may appear only once.');
  }
}

export function issueMessage(issue: Issue, value: unknown, key: string | number | undefined): Message {
  if (CHECK_KINDS.includes(issue.message)) {
    return checkMessage(issue.message as CheckKind, value);
  }
  if (key === undefined) {
    return msg('The client file must be a JSON object {…} with "version", "freelancer" and "clients".');
  }
  if (value === undefined && typeof key === 'string') {
    return msg('Missing required field "{0}".', key);
  }
  const field = typeof key === 'number' ? `#${key + 1}` : `"${key}"`;
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) {
        return msg('Missing required field "{0}".', String(key));
      }
      return wrongType(field, issue.expected, describeValue(value));
    case 'invalid_value':
      if (issue.values.length === 1) {
        return msg('{0} must be {1}; found {2}.', field, JSON.stringify(issue.values[0]), describeValue(value));
      }
      return msg('{0} must be one of {1}; found {2}.', field, issue.values.map((v) => String(v)).join(', '), describeValue(value));
    case 'too_small':
      if (issue.origin === 'string') {
        return msg('{0} must not be empty.', field);
      }
      if (issue.origin === 'array') {
        return msg('{0} must not be an empty list.', field);
      }
      if (Number(issue.minimum) === 0) {
        return issue.inclusive
          ? msg('{0} must not be negative; found {1}.', field, describeValue(value))
          : msg('{0} must be more than 0; found {1}.', field, describeValue(value));
      }
      return msg('{0} must be at least {1}; found {2}.', field, Number(issue.minimum), describeValue(value));
    case 'too_big':
      if (issue.origin === 'string') {
        return msg('{0} is too long: at most {1} characters.', field, Number(issue.maximum));
      }
      return msg('{0} must be at most {1}; found {2}.', field, Number(issue.maximum), describeValue(value));
    case 'invalid_format':
      if (issue.format === 'email') {
        return msg('{0} must be an email address such as name@example.com; found {1}.', field, describeValue(value));
      }
      return msg('{0} has the wrong format; found {1}.', field, describeValue(value));
    case 'not_multiple_of':
      return msg('{0} must be a multiple of {1}.', field, Number(issue.divisor));
    case 'invalid_union': {
      if (typeof value === 'string') {
        return checkMessage('date', value);
      }
      return msg('{0} must be a date YYYY-MM-DD or null; found {1}.', field, describeValue(value));
    }
    default:
      return msg('{0} is not valid.', field);
  }
}
