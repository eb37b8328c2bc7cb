import { useTranslation } from 'react-i18next';
import { useAppState } from '../store/store-context';

/** Tells the reader which parts of the link they opened were not understood. */
export function LinkNotice() {
  const { t } = useTranslation();
  const rejected = useAppState((state) => state.rejectedParameters);
  const dismiss = useAppState((state) => state.dismissNotices);
  if (rejected.length === 0) return null;
  const list = rejected.map(({ param, value }) => `${param}=${value}`).join(', ');
  return (
    <div role="status" className="notice">
      <p>{t('notice.droppedParameters', { list })}</p>
      <button type="button" onClick={dismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
