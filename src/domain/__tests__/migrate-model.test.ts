import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/fixtures/small-model';
import { migrateModel } from '../migrate-model';
import type { Model } from '../model-schema';
import { validateModel } from '../validate-model';

/** A model as version 2 wrote it: no register of export controls, no links to one. */
function versionTwoModel() {
  const model: Omit<Model, 'exportControls' | 'governance'> & Partial<Model> = smallModel();
  delete model.exportControls;
  delete model.governance;
  for (const event of model.events) delete event.controls;
  return { ...model, schemaVersion: 2 };
}

/** A model as version 1 wrote it: no bounds, a lower bound said only in the note. */
function versionOneModel() {
  const model = versionTwoModel();
  const total = model.worldTotals[0]!;
  return {
    ...model,
    schemaVersion: 1,
    worldTotals: [
      { ...total, value: 90000000, note: 'Published as more than 90000000.' },
      ...model.worldTotals.slice(1),
    ],
  };
}

describe('migrateModel', () => {
  it('reads a version-1 file, turning its "more than" note into a lower bound', () => {
    const migrated = migrateModel(versionOneModel()) as ReturnType<typeof smallModel>;
    expect(migrated.schemaVersion).toBe(3);
    expect(migrated.worldTotals[0]).toMatchObject({
      value: 90000000,
      bound: 'lower',
      note: { en: 'Published as more than 90000000.' },
    });
    expect(migrated.worldTotals.slice(1).every((total) => total.bound === undefined)).toBe(true);
  });

  it('leaves a note alone whose number is not the value', () => {
    const model = versionOneModel();
    model.worldTotals[0] = { ...model.worldTotals[0]!, value: 85000000 };
    const migrated = migrateModel(model) as ReturnType<typeof smallModel>;
    expect(migrated.worldTotals[0]!.bound).toBeUndefined();
  });

  it('passes a current or unknown version through for the schema to judge', () => {
    const current = smallModel();
    expect(migrateModel(current)).toBe(current);
    const future = { ...current, schemaVersion: 4 };
    expect(migrateModel(future)).toBe(future);
  });

  it('gives a version-2 file an empty register of export controls', () => {
    const migrated = migrateModel(versionTwoModel()) as ReturnType<typeof smallModel>;
    expect(migrated.schemaVersion).toBe(3);
    expect(migrated.exportControls).toEqual([]);
  });

  it.each([
    ['version-1', versionOneModel],
    ['version-2', versionTwoModel],
  ])('is applied by validateModel, so %s files still load', (_name, oldModel) => {
    const validation = validateModel(oldModel());
    expect(validation.ok && validation.model.schemaVersion).toBe(3);
    expect(validation.ok && validation.model.exportControls).toEqual([]);
    expect(validation.ok && validation.model.governance).toEqual([]);
  });

  it('is applied by validateModel, so version-1 files still load', () => {
    const validation = validateModel(versionOneModel());
    expect(validation.ok && validation.model.schemaVersion).toBe(3);
  });

  it('reads a version-2 file, its notes in English with no Japanese made up', () => {
    const model = smallModel();
    const versionTwo = {
      ...model,
      schemaVersion: 2,
      supply: [{ ...model.supply[0]!, note: 'Reported production in 2021.' }],
      events: [{ ...model.events[0]!, note: 'Announced 3 Jul 2023.' }],
    };
    const validation = validateModel(versionTwo);
    expect(validation.ok).toBe(true);
    if (!validation.ok) return;
    expect(validation.model.schemaVersion).toBe(3);
    expect(validation.model.supply[0]!.note).toEqual({ en: 'Reported production in 2021.' });
    expect(validation.model.events[0]!.note).toEqual({ en: 'Announced 3 Jul 2023.' });
  });
});
