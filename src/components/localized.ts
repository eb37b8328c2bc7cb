import type { LocalizedText } from '../domain/model-schema';
import type { Language } from '../domain/language';

export function localized(
  text: LocalizedText | undefined,
  language: Language,
  fallback = '',
): string {
  return text?.[language] ?? fallback;
}
