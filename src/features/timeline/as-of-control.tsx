import { useTranslation } from 'react-i18next';
import { useAsOf } from '../../components/control-status-text';
import { useAppState } from '../../store/store-context';

/** The day export controls are read on: a date field, and a way back to today. */
export function AsOfControl() {
  const { t } = useTranslation();
  const asOf = useAsOf();
  const setAsOf = useAppState((state) => state.setAsOf);
  return (
    <div className="as-of-control">
      <label>
        {t('controls.asOf')}{' '}
        <input
          type="date"
          value={asOf.date}
          // An emptied field goes back to today rather than to no date at all.
          onChange={(event) => setAsOf(event.target.value === '' ? null : event.target.value)}
        />
      </label>
      <button type="button" onClick={() => setAsOf(null)} disabled={!asOf.chosen}>
        {t('controls.today')}
      </button>
      {asOf.chosen ? null : <span className="notes">{t('controls.todayNote')}</span>}
    </div>
  );
}
