import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewCaptionRef } from '../../components/view-caption';
import { useModelIndex } from '../../data/model-context';
import { LANGUAGES, type Language } from '../../domain/language';
import { loadLanguages } from '../../i18n/load-i18n';
import { pickLinkState } from '../../store/app-store';
import { useAppStoreApi } from '../../store/store-context';
import { defaultSlideTitle } from './slide-title';

/** Saves the view as it stands (view, filters, scenarios, language) as the next slide of the deck. */
export function SaveSlide() {
  const { t, i18n } = useTranslation();
  const index = useModelIndex();
  // Read at the click, so the button does not re-render on every change of the store.
  const store = useAppStoreApi();
  const captionRef = useViewCaptionRef();
  const [saved, setSaved] = useState<number | null>(null);
  return (
    <div className="save-slide">
      <button
        type="button"
        onClick={() => {
          const save = () => {
            const state = store.getState();
            const link = pickLinkState(state);
            // Titled in both languages at once, so the deck reads the same after a switch: after
            // what the view shows, or after the selection where the view has no caption.
            const title = (language: Language) =>
              captionRef.current?.(language) ??
              defaultSlideTitle(link, index, i18n.getFixedT(language), language);
            state.addSlide({ en: title('en'), ja: title('ja') });
            setSaved(state.slides.length + 1);
          };
          // The other language's strings are fetched on first use (src/i18n/load-i18n.ts).
          const missing = LANGUAGES.filter(
            (language) => !i18n.hasResourceBundle(language, 'translation'),
          );
          if (missing.length === 0) save();
          else void loadLanguages(i18n, missing).then(save);
        }}
      >
        {t('deck.save')}
      </button>
      <span role="status" className="hint">
        {saved === null ? '' : t('deck.saved', { number: saved })}
      </span>
    </div>
  );
}
