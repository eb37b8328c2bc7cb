/** How version 1 wrote a published lower bound: the bound as the value, said in the note. */
const V1_LOWER_BOUND_NOTE = /^Published as more than (\d+(?:\.\d+)?)\.?/;
const MEASURED_LISTS = ['supply', 'worldTotals', 'reserves'] as const;
/** Lists whose records carry a note, which version 3 writes in both languages. */
export const NOTED_LISTS = [
  ...MEASURED_LISTS,
  'capacities',
  'prices',
  'projections',
  'partnerships',
  'events',
] as const;

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Brings a model of an older schema version to the current one before it is validated, one version
 * at a time; anything else passes through unchanged for the schema to judge.
 */
export function migrateModel(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  let model = raw;
  if (model.schemaVersion === 1) model = boundsFromV1Notes(model);
  if (model.schemaVersion === 2) model = notesInBothLanguages(model);
  return model;
}

function mapLists(model: Fields, lists: readonly string[], change: (record: unknown) => unknown) {
  const changed: Fields = { ...model };
  for (const list of lists) {
    const records = model[list];
    if (Array.isArray(records)) changed[list] = records.map(change);
  }
  return changed;
}

/**
 * 1 → 2: version 2 added `bound`; a version-1 file could only say "more than" in a note, so such a
 * note whose number is the value becomes the bound.
 */
function boundsFromV1Notes(model: Fields): Fields {
  return { ...mapLists(model, MEASURED_LISTS, withV1Bound), schemaVersion: 2 };
}

function withV1Bound(record: unknown): unknown {
  if (!isRecord(record) || typeof record.note !== 'string' || 'bound' in record) return record;
  const bound = V1_LOWER_BOUND_NOTE.exec(record.note);
  return bound && Number(bound[1]) === record.value ? { ...record, bound: 'lower' } : record;
}

/**
 * 2 → 3: notes became `{ en, ja }`. An older note was written in English; no Japanese is made up
 * for it, so the Japanese view shows it in English, marked as English. Version 3 also added the
 * register of export controls and governance estimates, of which an older file has none.
 */
function notesInBothLanguages(model: Fields): Fields {
  return {
    governance: [],
    exportControls: [],
    ...mapLists(model, NOTED_LISTS, withNoteInEnglish),
    schemaVersion: 3,
  };
}

function withNoteInEnglish(record: unknown): unknown {
  return isRecord(record) && typeof record.note === 'string'
    ? { ...record, note: { en: record.note } }
    : record;
}
