import type { LocalizedText } from '../domain/model-schema';
import type { Language } from '../i18n/i18n';

export function localized(
  text: LocalizedText | undefined,
  language: Language,
  fallback = '',
): string {
  return text?.[language] ?? fallback;
}
