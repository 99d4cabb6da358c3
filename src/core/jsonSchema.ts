/** The JSON Schema (draft-07) that editors use for completion, hovers and validation. */
import * as z from 'zod/mini';
import { schemas } from './schema';

export function clientFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(schemas().ClientFileSchema, { target: 'draft-07', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, title: 'Client Health client file, version 1' };
}
