import { useTranslation } from 'react-i18next';
import { controlStatusOn } from '../analytics/control-status';
import { useModelIndex } from '../data/model-context';
import { formatDate } from '../lib/format';
import { useAppState } from '../store/store-context';
import { useAsOf, useControlStatusText } from './control-status-text';
import { localized } from './localized';

/** The status on the "as of" date of each register entry a view mentions, one line each. */
export function ControlStatusLines({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const language = useAppState((state) => state.language);
  const asOf = useAsOf();
  const statusText = useControlStatusText();
  const register = index.model.exportControls;
  const controls = ids.flatMap((id) => register.filter((control) => control.id === id));
  if (controls.length === 0) return null;
  return (
    <div className="control-status-lines">
      <p className="source-heading">
        {t('controls.eventStatus', { date: formatDate(asOf.date, language) })}
      </p>
      <ul>
        {controls.map((control) => (
          <li key={control.id}>
            <strong>{localized(control.document, language, control.id)}</strong>:{' '}
            {statusText(controlStatusOn(control, register, asOf.date))}
          </li>
        ))}
      </ul>
    </div>
  );
}
