import { NOTED_LISTS } from '../../src/domain/migrate-model.ts';
import type { Model } from '../../src/domain/model-schema.ts';

type Note = string | { en: string; ja?: string };

/**
 * Every record note in English and Japanese: the Japanese is looked up by the exact English text in
 * data/curated/note-translations.json (kept by hand, translated faithfully). A note with no
 * translation stops the build, naming it, so no English note reaches the Japanese view unnoticed.
 * The alternatives (a second publisher's figures) are translated the same way.
 */
export function withTranslatedNotes(
  model: Model,
  japanese: Readonly<Record<string, string>>,
): Model {
  const missing = new Set<string>();
  const translate = <T extends { note?: Note }>(record: T): T => {
    if (record.note === undefined) return record;
    const en = typeof record.note === 'string' ? record.note : record.note.en;
    const ja = japanese[en];
    if (ja === undefined) missing.add(en);
    return { ...record, note: ja === undefined ? { en } : { en, ja } };
  };
  const translated: Model = { ...model };
  for (const list of NOTED_LISTS) {
    (translated[list] as { note?: Note }[]) = (model[list] as { note?: Note }[]).map(translate);
  }
  if (model.alternatives) {
    translated.alternatives = {
      supply: model.alternatives.supply.map(translate),
      worldTotals: model.alternatives.worldTotals.map(translate),
      reserves: model.alternatives.reserves.map(translate),
    };
  }
  if (missing.size > 0) {
    throw new Error(
      `Notes with no Japanese in data/curated/note-translations.json:\n${[...missing].map((en) => JSON.stringify(en)).join('\n')}`,
    );
  }
  return translated;
}
