import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModelIndex } from '../../data/model-context';
import { pickLinkState } from '../../store/app-store';
import { useAppState } from '../../store/store-context';
import { defaultSlideTitle } from './slide-title';

/** Saves the view as it stands (view, filters, scenarios, language) as the next slide of the deck. */
export function SaveSlide() {
  const { t } = useTranslation();
  const index = useModelIndex();
  const state = useAppState((s) => s);
  const [saved, setSaved] = useState<number | null>(null);
  return (
    <div className="save-slide">
      <button
        type="button"
        onClick={() => {
          state.addSlide(defaultSlideTitle(pickLinkState(state), index, t, state.language));
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
