import type { Model } from '../domain/model-schema';

/**
 * Values per message from the file worker: a row counts one, plus one for each item of the lists it
 * holds (a country listing 1,800 groups weighs 1,801). The page deserialises each message in its own
 * task, so a model of 100,000 rows, or of 1,800 countries each in 1,800 groups, arrives as many
 * tasks of a few milliseconds instead of one long one.
 */
export const VALUES_PER_MESSAGE = 4000;

export type ModelPart =
  /** The model with each heavy list emptied; its rows follow in `rows` messages. */
  { type: 'head'; model: Model } | { type: 'rows'; key: string; rows: unknown[] };

function weightOf(row: unknown): number {
  let weight = 1;
  if (typeof row === 'object' && row !== null) {
    for (const value of Object.values(row)) if (Array.isArray(value)) weight += value.length;
  }
  return weight;
}

/** The messages that carry a model from the worker to the page, in order. */
export function* splitModel(
  model: Model,
  valuesPerMessage = VALUES_PER_MESSAGE,
): Generator<ModelPart> {
  const head: Record<string, unknown> = { ...model };
  const heavyLists: [string, unknown[], number[]][] = [];
  for (const [key, value] of Object.entries(head)) {
    if (!Array.isArray(value)) continue;
    const weights = value.map(weightOf);
    if (weights.reduce((total, weight) => total + weight, 0) > valuesPerMessage) {
      heavyLists.push([key, value, weights]);
      head[key] = [];
    }
  }
  yield { type: 'head', model: head as unknown as Model };
  for (const [key, rows, weights] of heavyLists) {
    let start = 0;
    let weight = 0;
    for (let end = 0; end < rows.length; end += 1) {
      weight += weights[end]!;
      if (weight >= valuesPerMessage || end === rows.length - 1) {
        yield { type: 'rows', key, rows: rows.slice(start, end + 1) };
        start = end + 1;
        weight = 0;
      }
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
