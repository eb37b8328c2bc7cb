import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDay, type ControlStatus } from '../analytics/control-status';
import { useModelIndex } from '../data/model-context';
import { formatDate, formatList } from '../lib/format';
import { useAppState } from '../store/store-context';
import { localized } from './localized';

/** The day export controls are read on: the one in the link, else today in the reader's calendar. */
export function useAsOf(): { date: string; chosen: boolean } {
  const asOf = useAppState((state) => state.asOf);
  return asOf === null
    ? { date: localIsoDay(new Date()), chosen: false }
    : { date: asOf, chosen: true };
}

/** A register entry's document number in the reader's language ("MOFCOM Announcement No. 70 [2025]"). */
export function useControlDocument(): (id: string) => string {
  const index = useModelIndex();
  const language = useAppState((state) => state.language);
  return useCallback(
    (id) =>
      localized(
        index.model.exportControls.find((control) => control.id === id)?.document,
        language,
        id,
      ),
    [index, language],
  );
}

/** A control's status as one sentence, naming the documents that suspended it. */
export function useControlStatusText(): (status: ControlStatus) => string {
  const { t } = useTranslation();
  const language = useAppState((state) => state.language);
  const documentOf = useControlDocument();
  return useCallback(
    (status) => {
      const date = (day: string) => formatDate(day, language);
      const by = (ids: string[]) => formatList(ids.map(documentOf), language);
      switch (status.kind) {
        case 'not-announced':
          return t('controls.status.not-announced');
        case 'announced':
          return status.startsOn
            ? t('controls.status.announced', { date: date(status.startsOn) })
            : t('controls.status.announcedNoStart');
        case 'in-force':
          return t('controls.status.in-force', { date: date(status.since) });
        case 'suspended':
          return status.part
            ? t('controls.status.suspendedPart', {
                part: localized(status.part, language),
                date: date(status.until),
                by: by(status.by),
              })
            : t('controls.status.suspended', { date: date(status.until), by: by(status.by) });
        case 'suspension-ended':
          return status.part
            ? t('controls.status.suspensionEndedPart', {
                part: localized(status.part, language),
                date: date(status.endedOn),
                by: by(status.by),
              })
            : t('controls.status.suspension-ended', {
                date: date(status.endedOn),
                by: by(status.by),
              });
        case 'lifted':
          return t('controls.status.lifted', { date: date(status.on) });
        case 'suspending':
          return t('controls.status.suspending', { date: date(status.until) });
        case 'term-ended':
          return t('controls.status.term-ended', { date: date(status.endedOn) });
      }
    },
    [t, language, documentOf],
  );
}
