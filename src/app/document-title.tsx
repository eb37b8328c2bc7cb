import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMineralName } from '../components/use-names';
import { formatList } from '../lib/format';
import { useAppState } from '../store/store-context';

/** Names the tab after what it shows, in the reader's language: "Gallium refining 2023 · Concentration · Lodestone". */
export function DocumentTitle() {
  const { t } = useTranslation();
  const mineralName = useMineralName();
  const { view, minerals, stage, year, language } = useAppState((state) => ({
    view: state.view,
    minerals: state.minerals,
    stage: state.stage,
    year: state.year,
    language: state.language,
  }));
  const selection = [
    formatList(minerals.map(mineralName), language),
    t(`stageInSentence.${stage}`),
    year === null ? '' : t('documentTitle.year', { year }),
  ]
    .filter(Boolean)
    .join(' ');
  const title =
    view === 'deck' || minerals.length === 0
      ? t('documentTitle.view', { view: t(`views.${view}`), app: t('app.title') })
      : t('documentTitle.full', { selection, view: t(`views.${view}`), app: t('app.title') });
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
