import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModelIndex } from '../../data/model-context';
import { pickLinkState } from '../../store/app-store';
import { useAppStoreApi } from '../../store/store-context';
import { defaultSlideTitle } from './slide-title';

/** Saves the view as it stands (view, filters, scenarios, language) as the next slide of the deck. */
export function SaveSlide() {
  const { t, i18n } = useTranslation();
  const index = useModelIndex();
  // Read at the click, so the button does not re-render on every change of the store.
  const store = useAppStoreApi();
  const [saved, setSaved] = useState<number | null>(null);
  return (
    <div className="save-slide">
      <button
        type="button"
        onClick={() => {
          const state = store.getState();
          const link = pickLinkState(state);
          // Titled in both languages at once, so the deck reads the same after a switch.
          state.addSlide({
            en: defaultSlideTitle(link, index, i18n.getFixedT('en'), 'en'),
            ja: defaultSlideTitle(link, index, i18n.getFixedT('ja'), 'ja'),
          });
          setSaved(state.slides.length + 1);
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
