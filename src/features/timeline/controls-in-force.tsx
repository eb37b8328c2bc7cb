import { useTranslation } from 'react-i18next';
import { appliesOn, type ControlOnDate, type StatusKind } from '../../analytics/control-status';
import { useControlStatusText } from '../../components/control-status-text';
import { localized } from '../../components/localized';
import { useCountryName } from '../../components/use-names';
import type { Language } from '../../domain/language';

type Group = 'applies' | 'suspended' | 'ended' | 'announced' | 'lifted';
const GROUPS: Group[] = ['applies', 'suspended', 'ended', 'announced', 'lifted'];
const GROUP_OF: Record<StatusKind, Group | null> = {
  'not-announced': null,
  announced: 'announced',
  'in-force': 'applies',
  suspended: 'suspended',
  'suspension-ended': 'ended',
  lifted: 'lifted',
  // Suspension documents are read through the controls they suspend.
  suspending: null,
  'term-ended': null,
};

function groupOf(entry: ControlOnDate): Group | null {
  return appliesOn(entry.status) ? 'applies' : GROUP_OF[entry.status.kind];
}

/** "What is in force on D" for the chosen minerals, and what of it names the view-as country. */
export function ControlsInForce({
  entries,
  heading,
  viewAs,
  language,
}: {
  entries: ControlOnDate[];
  heading: string;
  viewAs: string;
  language: Language;
}) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const statusText = useControlStatusText();
  const aimed = entries.filter((entry) => entry.targetsViewAs && groupOf(entry) !== null);
  const line = (entry: ControlOnDate) => (
    <li key={entry.control.id}>
      <strong>{localized(entry.control.document, language, entry.control.id)}</strong>
      {' — '}
      {localized(entry.control.title, language)}
      {entry.targetsViewAs ? (
        <span className="badge">{t('controls.aimedAt', { country: countryName(viewAs) })}</span>
      ) : null}
      <br />
      <span className="notes">{statusText(entry.status)}</span>
    </li>
  );
  return (
    <section className="panel controls-in-force" aria-labelledby="controls-in-force-heading">
      <h3 id="controls-in-force-heading">{heading}</h3>
      {GROUPS.map((group) => {
        const inGroup = entries.filter((entry) => groupOf(entry) === group);
        if (inGroup.length === 0) return null;
        return (
          <div key={group}>
            <h4>{t(`controls.groups.${group}`)}</h4>
            <ul className="control-lines">{inGroup.map(line)}</ul>
          </div>
        );
      })}
      {entries.every((entry) => groupOf(entry) === null) ? <p>{t('controls.none')}</p> : null}
      <h4>{t('controls.aimedAtHeading', { country: countryName(viewAs) })}</h4>
      {aimed.length > 0 ? (
        <ul
          className="control-lines"
          aria-label={t('controls.aimedAtHeading', { country: countryName(viewAs) })}
        >
          {aimed.map(line)}
        </ul>
      ) : (
        <p>{t('controls.noneAimedAt', { country: countryName(viewAs) })}</p>
      )}
    </section>
  );
}
