import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '../components/localized';
import { SourceDetails } from '../components/source-details';
import { useModelIndex } from '../data/model-context';
import { formatDate } from '../lib/format';
import { useAppState } from '../store/store-context';

export function Footer() {
  const { t } = useTranslation();
  const { model } = useModelIndex();
  const language = useAppState((state) => state.language);
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <footer className="app-footer">
      <span>
        {t('footer.edition', {
          label: localized(model.edition.label, language),
          date: formatDate(model.edition.date, language),
        })}
      </span>
      <button type="button" className="link-button" onClick={() => dialog.current?.showModal()}>
        {t('footer.sources')}
      </button>
      <dialog ref={dialog} className="source-dialog" aria-label={t('source.allSources')}>
        <h2>{t('source.allSources')}</h2>
        <ul className="source-list">
          {model.sources.map((source) => (
            <li key={source.id}>
              <SourceDetails source={source} />
            </li>
          ))}
        </ul>
        <form method="dialog">
          <button type="submit">{t('source.close')}</button>
        </form>
      </dialog>
    </footer>
  );
}
