/**
 * The contact and contract fields of a client that Edit Client changes: only
 * fields of the format (see docs/client-file-v1.md), each named by its path
 * under the client. The names are the file's own, so a field is written where
 * a person editing by hand would write it.
 */
import { Client } from './schema';

export const CLIENT_FIELDS = [
  'contact.name',
  'contact.email',
  'contact.salutation',
  'taxId',
  'contract.signed',
  'contract.start',
  'contract.hourlyRate',
  'contract.extraHourlyRate',
  'contract.paymentTermsDays',
  'contract.lateFeePercentPerMonth',
  'contract.revisionsIncluded',
  'contract.noticeDays',
] as const;

export type ClientField = (typeof CLIENT_FIELDS)[number];

/** A value written to a field; undefined removes the field (the format's default applies again). */
export type FieldValue = string | number | null;

/** The field's path under the client, e.g. ['contract', 'signed'] or ['taxId']. */
export function fieldPath(field: ClientField): string[] {
  return field.split('.');
}

/** The field's value in the client as read, or undefined when absent. */
export function fieldValue(client: Client, field: ClientField): unknown {
  let value: unknown = client;
  for (const key of fieldPath(field)) {
    value = value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}
