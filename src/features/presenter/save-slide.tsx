import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewCaptionRef } from '../../components/view-caption';
import { useModelIndex } from '../../data/model-context';
import { pickLinkState } from '../../store/app-store';
import { useAppStoreApi } from '../../store/store-context';
import { defaultSlideTitle } from './slide-title';

/** Saves the view as it stands (view, filters, scenarios, language) as the next slide of the deck. */
export function SaveSlide() {
  const { t } = useTranslation();
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
          const state = store.getState();
          state.addSlide(
            captionRef.current ?? defaultSlideTitle(pickLinkState(state), index, t, state.language),
          );
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
