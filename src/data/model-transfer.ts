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
  | { type: 'head'; model: Model }
  /**
   * Rows whose lists of ids come as indexes (an Int32Array, which no JSON file holds) into every
   * string sent so far, `newStrings` adding those this message uses first. A model listing 1,800
   * countries in each of 1,800 groups thus arrives as 3,600 strings, not 6.5 million copies that
   * the page would have to allocate and the garbage collector to walk.
   */
  | { type: 'rows'; key: string; rows: unknown[]; newStrings: string[] };

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
  const stringIndex = new Map<string, number>();
  for (const [key, rows, weights] of heavyLists) {
    let start = 0;
    let weight = 0;
    for (let end = 0; end < rows.length; end += 1) {
      weight += weights[end]!;
      if (weight >= valuesPerMessage || end === rows.length - 1) {
        const newStrings: string[] = [];
        const indexOf = (text: string) => {
          let index = stringIndex.get(text);
          if (index === undefined) {
            index = stringIndex.size;
            stringIndex.set(text, index);
            newStrings.push(text);
          }
          return index;
        };
        const sent = rows.slice(start, end + 1).map((row) => withListsAsIndexes(row, indexOf));
        yield { type: 'rows', key, rows: sent, newStrings };
        start = end + 1;
        weight = 0;
      }
    }
  }
}

function withListsAsIndexes(row: unknown, indexOf: (text: string) => number): unknown {
  if (typeof row !== 'object' || row === null) return row;
  const entries = Object.entries(row).map(([key, value]) =>
    isListOfStrings(value) ? [key, Int32Array.from(value, indexOf)] : [key, value],
  );
  return Object.fromEntries(entries);
}

const isListOfStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string');

/** Puts a model back together from the parts `splitModel` sent. */
export function modelAssembler() {
  let model: Record<string, unknown[]> | null = null;
  const strings: string[] = [];
  return {
    add(part: ModelPart) {
      if (part.type === 'head') {
        model = part.model as unknown as Record<string, unknown[]>;
        return;
      }
      const rows = model?.[part.key];
      if (!rows) throw new Error(`Rows for ${part.key} arrived before the model`);
      for (const text of part.newStrings) strings.push(text);
      for (const row of part.rows) {
        if (typeof row === 'object' && row !== null) {
          const fields = row as Record<string, unknown>;
          for (const key in fields) {
            const value = fields[key];
            // A typed array of any realm (instanceof would not see one made by another).
            if (ArrayBuffer.isView(value)) {
              fields[key] = Array.from(value as Int32Array, (at) => strings[at]!);
            }
          }
        }
        rows.push(row);
      }
    },
    model(): Model {
      if (!model) throw new Error('No model arrived');
      return model as unknown as Model;
    },
  };
}
