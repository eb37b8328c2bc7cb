import type { ModelIndex } from '../../domain/model-index';
import type { Translate } from '../../i18n/i18n';
import type { Language } from '../../domain/language';
import { localized } from '../../components/localized';
import { formatList } from '../../lib/format';
import type { LinkState } from '../../store/url-state';

/** "Concentration: Gallium, Germanium · refining · 2023", the title a new slide starts with. */
export function defaultSlideTitle(
  state: LinkState,
  index: ModelIndex,
  t: Translate,
  language: Language,
): string {
  const minerals = formatList(
    state.minerals.map((id) => localized(index.mineral(id)?.name, language, id)),
    language,
  );
  const parts = [
    minerals,
    t(`stageInSentence.${state.stage}`),
    state.year === null ? '' : String(state.year),
  ];
  return t('viewCaption.title', {
    view: t(`views.${state.view}`),
    parts: parts.filter(Boolean).join(' · '),
  });
}
