import type { ShareBreakdown } from '../analytics/shares';
import type { Bound } from '../domain/model-schema';
import type { Language } from '../domain/language';
import type { Translate } from '../i18n/i18n';
import { formatNumber, formatShare } from '../lib/format';

/**
 * Figures as the publisher bounds them: a value published as a lower bound reads "more than …",
 * a share against such a total "at most …" and the part of the total no country accounts for
 * "at least …"; unknown figures read "n/a".
 */
export function boundedText(breakdown: ShareBreakdown, language: Language, t: Translate) {
  const na = t('common.na');
  const atMost = breakdown.shareBound === 'at-most';
  return {
    value: (value: number | null, bound?: Bound) =>
      value === null
        ? na
        : bound === 'lower'
          ? t('bounds.moreThan', { value: formatNumber(value, language) })
          : formatNumber(value, language),
    share: (share: number | null) =>
      share === null
        ? na
        : atMost
          ? t('bounds.atMost', { value: formatShare(share, language) })
          : formatShare(share, language),
    /** The unattributed rest of a lower-bound total is at least what is computed, value and share. */
    unattributed: (unattributed: NonNullable<ShareBreakdown['unattributed']>) => ({
      value: atMost
        ? t('bounds.atLeast', { value: formatNumber(unattributed.value, language) })
        : formatNumber(unattributed.value, language),
      share: atMost
        ? t('bounds.atLeast', { value: formatShare(unattributed.share, language) })
        : formatShare(unattributed.share, language),
    }),
  };
}
