import { useTranslation } from 'react-i18next';
import { useAppState } from '../store/store-context';

/**
 * Says that a new version is ready. The page keeps the version it opened with (its service worker
 * still serves that version's files) until the reader chooses to reload into the new one.
 */
export function UpdateNotice() {
  const { t } = useTranslation();
  const apply = useAppState((state) => state.pendingUpdate);
  if (!apply) return null;
  return (
    <div role="status" className="notice">
      <p>{t('notice.updateReady')}</p>
      <button type="button" onClick={apply}>
        {t('notice.reloadForUpdate')}
      </button>
    </div>
  );
}
