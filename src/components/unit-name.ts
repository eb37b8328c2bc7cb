import type { Translate } from '../i18n/i18n';

/** The units the built-in model writes, by their translation key; any other is shown as written. */
const UNIT_KEYS = {
  t: 't',
  kg: 'kg',
  kt: 'kt',
  't REO': 'tReo',
  '% of world': 'shareOfWorld',
  'USD/t': 'usdPerT',
  'USD/kg': 'usdPerKg',
  't/yr of Dy and Tb oxides': 'tPerYearDyTbOxides',
  't/yr of NdPr oxides': 'tPerYearNdPrOxides',
} as const;

/** A unit from the model in the reader's language ("% of world" reads 「%（世界比）」 in Japanese). */
export function unitName(unit: string, t: Translate): string {
  const key = UNIT_KEYS[unit as keyof typeof UNIT_KEYS];
  return key ? t(`dataText.unit.${key}`) : unit;
}
