import { SCHEMA_VERSION } from './model-schema';

/** How version 1 wrote a published lower bound: the bound as the value, said in the note. */
const V1_LOWER_BOUND_NOTE = /^Published as more than (\d+(?:\.\d+)?)\.?/;
const MEASURED_LISTS = ['supply', 'worldTotals', 'reserves'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Brings a model of an older schema version to the current one before it is validated, one version
 * at a time; anything else passes through unchanged for the schema to judge.
 */
export function migrateModel(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  let model = raw;
  if (model.schemaVersion === 1) model = fromVersion1(model);
  if (model.schemaVersion === 2) model = fromVersion2(model);
  return model;
}

/**
 * Version 2 added `bound`: a version-1 file could only say "more than" in a note, so such a note
 * whose number is the value becomes the bound.
 */
function fromVersion1(raw: Record<string, unknown>): Record<string, unknown> {
  const migrated: Record<string, unknown> = { ...raw, schemaVersion: 2 };
  for (const list of MEASURED_LISTS) {
    const records = raw[list];
    if (Array.isArray(records)) migrated[list] = records.map(withV1Bound);
  }
  return migrated;
}

/** Version 3 added the register of export controls and governance estimates; an older file has none. */
function fromVersion2(raw: Record<string, unknown>): Record<string, unknown> {
  return { governance: [], exportControls: [], ...raw, schemaVersion: SCHEMA_VERSION };
}

function withV1Bound(record: unknown): unknown {
  if (!isRecord(record) || typeof record.note !== 'string' || 'bound' in record) return record;
  const bound = V1_LOWER_BOUND_NOTE.exec(record.note);
  return bound && Number(bound[1]) === record.value ? { ...record, bound: 'lower' } : record;
}
