import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
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
  // The list (every source in full, 35 KB of the page) is built when the dialog opens: not on the
  // first screen, where React would build and the browser parse it for every link.
  const [open, setOpen] = useState(false);
  const show = () => {
    // Built before the dialog opens, so that it takes the focus to the first source, not Close.
    flushSync(() => setOpen(true));
    dialog.current?.showModal();
  };
  return (
    <footer className="app-footer">
      <span>
        {t('footer.edition', {
          label: localized(model.edition.label, language),
          date: formatDate(model.edition.date, language),
        })}
      </span>
      <button type="button" className="link-button" onClick={show}>
        {t('footer.sources')}
      </button>
      <dialog
        ref={dialog}
        className="source-dialog"
        aria-label={t('source.allSources')}
        onClose={() => setOpen(false)}
      >
        <h2>{t('source.allSources')}</h2>
        {open ? (
          <ul className="source-list">
            {model.sources.map((source) => (
              <li key={source.id}>
                <SourceDetails source={source} />
              </li>
            ))}
          </ul>
        ) : null}
        <form method="dialog">
          <button type="submit">{t('source.close')}</button>
        </form>
      </dialog>
    </footer>
  );
}
