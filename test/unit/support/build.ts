/** Builds valid client files for tests, failing loudly when a fixture does not pass the schema. */
import { clientFacts } from '../../../src/core/health/facts';
import { DEFAULT_RULES, Rules } from '../../../src/core/health/rules';
import { ClientFile, schemas } from '../../../src/core/schema';
import { parseDate } from '../../../src/core/dates';
import { SignalInput } from '../../../src/core/signals/signal';

type Loose = Record<string, unknown>;

export function makeFile(clients: Loose[], freelancer: Loose = {}): ClientFile {
  const parsed = schemas().ClientFileSchema.safeParse({ version: 1, freelancer: { currency: 'EUR', ...freelancer }, clients });
  if (!parsed.success) {
    throw new Error(`test fixture is not a valid client file: ${JSON.stringify(parsed.error.issues)}`);
  }
  return parsed.data;
}

/** A client with an id and name, plus the given fields. */
export function client(fields: Loose = {}, id = 'acme'): Loose {
  return { id, name: `Client ${id}`, ...fields };
}

export function day(text: string): number {
  const value = parseDate(text);
  if (value === undefined) {
    throw new Error(`not a date: ${text}`);
  }
  return value;
}

/** The input of a signal rule for the first client of `file` (others are the rest), on `today`. */
export function input(file: ClientFile, today: string, rules: Rules = DEFAULT_RULES, index = 0): SignalInput {
  return { facts: clientFacts(file, index, day(today)), today: day(today), rules, memo: new Map() };
}
