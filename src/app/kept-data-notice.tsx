import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { discardSetAsideDeck, readSetAsideDeck } from '../store/kept-deck';
import { setAsideModelQuery } from '../data/model-query';
import { discardSetAsideModel, setAsideModelFile } from '../data/saved-model';
import { downloadBlob } from '../lib/download';

const noSubscription = () => () => {};

/**
 * Saved state that could not be used (a kept model, the kept deck) is set aside rather than
 * deleted; this says so and offers it back as a file, or to discard it.
 */
export function KeptDataNotice() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { data: model } = useQuery(setAsideModelQuery);
  // Read once the page is hydrated: the build's render of the default link knows no browser's storage.
  const keptDeck = useSyncExternalStore(noSubscription, readSetAsideDeck, () => null);
  const [deckDiscarded, setDeckDiscarded] = useState(false);
  const deck = deckDiscarded ? null : keptDeck;

  const discardModel = async () => {
    await discardSetAsideModel().catch(() => {});
    queryClient.setQueryData(setAsideModelQuery.queryKey, null);
  };
  const discardDeck = () => {
    discardSetAsideDeck();
    setDeckDiscarded(true);
  };

  return (
    <>
      {model ? (
        <div role="status" className="notice">
          <p>
            {t(`keptData.model.${model.reason}`, { file: setAsideModelFile(model).fileName })}{' '}
            {t('keptData.setAside')}
          </p>
          <button
            type="button"
            onClick={() => {
              const { blob, fileName } = setAsideModelFile(model);
              downloadBlob(blob, fileName);
            }}
          >
            {t('keptData.exportModel')}
          </button>
          <button type="button" onClick={() => void discardModel()}>
            {t('keptData.discardModel')}
          </button>
        </div>
      ) : null}
      {deck !== null ? (
        <div role="status" className="notice">
          <p>
            {t('keptData.deck')} {t('keptData.setAside')}
          </p>
          <button
            type="button"
            onClick={() =>
              downloadBlob(
                new Blob([deck], { type: 'application/json' }),
                'lodestone-slides-set-aside.json',
              )
            }
          >
            {t('keptData.exportDeck')}
          </button>
          <button type="button" onClick={discardDeck}>
            {t('keptData.discardDeck')}
          </button>
        </div>
      ) : null}
    </>
  );
}
