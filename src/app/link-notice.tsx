import { useTranslation } from 'react-i18next';
import type { Language } from '../domain/language';
import type { Translate } from '../i18n/i18n';
import { formatNumber } from '../lib/format';
import { useAppState } from '../store/store-context';
import type { RejectedParameter } from '../store/url-state';

/** A link can carry any number of bad values: the notice names the first few and counts the rest. */
export const LISTED_PARAMETERS = 10;
/** Past this many characters a value is cut, so one long parameter cannot fill the page either. */
export const LISTED_VALUE_LENGTH = 40;

/** Tells the reader which parts of the link they opened were not understood. */
export function LinkNotice() {
  const { t } = useTranslation();
  const language = useAppState((state) => state.language);
  const rejected = useAppState((state) => state.rejectedParameters);
  const dismiss = useAppState((state) => state.dismissNotices);
  if (rejected.length === 0) return null;
  return (
    <div role="status" className="notice">
      <p>{t('notice.droppedParameters', { list: rejectedList(rejected, language, t) })}</p>
      <button type="button" onClick={dismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}

function rejectedList(rejected: RejectedParameter[], language: Language, t: Translate): string {
  const list = rejected
    .slice(0, LISTED_PARAMETERS)
    .map(({ param, value }) => `${param}=${shortened(value)}`)
    .join(', ');
  const unlisted = rejected.length - LISTED_PARAMETERS;
  return unlisted > 0
    ? t('linkNotice.andMore', { list, more: formatNumber(unlisted, language) })
    : list;
}

function shortened(value: string): string {
  const characters = [...value];
  return characters.length > LISTED_VALUE_LENGTH
    ? `${characters.slice(0, LISTED_VALUE_LENGTH).join('')}…`
    : value;
}
