import { z } from 'zod';
import { modelSchema } from '../src/domain/model-schema.ts';

/** The JSON Schema committed as data/model.schema.json, generated from the zod schema. */
export function modelJsonSchemaText(): string {
  const schema = z.toJSONSchema(modelSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
