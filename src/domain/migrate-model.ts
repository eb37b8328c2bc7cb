import { SCHEMA_VERSION } from './model-schema';

/** How version 1 wrote a published lower bound: the bound as the value, said in the note. */
const V1_LOWER_BOUND_NOTE = /^Published as more than (\d+(?:\.\d+)?)\.?/;
const MEASURED_LISTS = ['supply', 'worldTotals', 'reserves'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Brings a model of an older schema version to the current one before it is validated; anything
 * else passes through unchanged for the schema to judge. Version 2 added `bound`: a version-1 file
 * could only say "more than" in a note, so such a note whose number is the value becomes the bound.
 */
export function migrateModel(raw: unknown): unknown {
  if (!isRecord(raw) || raw.schemaVersion !== 1) return raw;
  const migrated: Record<string, unknown> = { ...raw, schemaVersion: SCHEMA_VERSION };
  for (const list of MEASURED_LISTS) {
    const records = raw[list];
    if (Array.isArray(records)) migrated[list] = records.map(withV1Bound);
  }
  return migrated;
}

function withV1Bound(record: unknown): unknown {
  if (!isRecord(record) || typeof record.note !== 'string' || 'bound' in record) return record;
  const bound = V1_LOWER_BOUND_NOTE.exec(record.note);
  return bound && Number(bound[1]) === record.value ? { ...record, bound: 'lower' } : record;
}
