import type { Model } from '../domain/model-schema';

/**
 * Rows per message from the file worker. The page deserialises each message in its own task, so a
 * model of 100,000 rows arrives as many tasks of a few milliseconds instead of one long one.
 */
export const ROWS_PER_MESSAGE = 4000;

export type ModelPart =
  /** The model with each long list emptied; its rows follow in `rows` messages. */
  { type: 'head'; model: Model } | { type: 'rows'; key: string; rows: unknown[] };

/** The messages that carry a model from the worker to the page, in order. */
export function* splitModel(model: Model, rowsPerMessage = ROWS_PER_MESSAGE): Generator<ModelPart> {
  const head: Record<string, unknown> = { ...model };
  const longLists = Object.entries(head).filter(
    (entry): entry is [string, unknown[]] =>
      Array.isArray(entry[1]) && entry[1].length > rowsPerMessage,
  );
  for (const [key] of longLists) head[key] = [];
  yield { type: 'head', model: head as unknown as Model };
  for (const [key, rows] of longLists) {
    for (let start = 0; start < rows.length; start += rowsPerMessage) {
      yield { type: 'rows', key, rows: rows.slice(start, start + rowsPerMessage) };
    }
  }
}

/** Puts a model back together from the parts `splitModel` sent. */
export function modelAssembler() {
  let model: Record<string, unknown[]> | null = null;
  return {
    add(part: ModelPart) {
      if (part.type === 'head') {
        model = part.model as unknown as Record<string, unknown[]>;
        return;
      }
      const rows = model?.[part.key];
      if (!rows) throw new Error(`Rows for ${part.key} arrived before the model`);
      for (const row of part.rows) rows.push(row);
    },
    model(): Model {
      if (!model) throw new Error('No model arrived');
      return model as unknown as Model;
    },
  };
}
