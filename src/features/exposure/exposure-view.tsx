import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryName } from '../../components/use-names';
import { localized } from '../../components/localized';
import { useViewCaption } from '../../components/view-caption';
import { useModelIndex } from '../../data/model-context';
import { useAppState } from '../../store/store-context';
import type { Language } from '../../domain/language';
import { formatList } from '../../lib/format';
import { ComparisonPanel } from './comparison-panel';
import { exposureKey, useCodeLabel } from './exposure-labels';
import { Scorecard } from './scorecard';
import { SupplierPanel } from './supplier-panel';
import { useExposure } from './use-exposure';
import { LoadFailed } from '../../components/view-error';

/** How exposed the view-as country is: its imports by supplier, per mineral and trade code. */
export function ExposureView() {
  const { t } = useTranslation();
  const setViewSetting = useAppState((state) => state.setViewSetting);
  const {
    trade,
    viewAs,
    minerals,
    highlighted,
    language,
    partners,
    years,
    year,
    compareYear,
    scorecard,
    focused,
    compared,
  } = useExposure();
  const yearId = useId();
  const compareId = useId();
  const codeLabel = useCodeLabel(language);
  const countryName = useCountryName();
  useViewCaption((words) => [
    words.t('viewCaption.imports', { country: words.countryName(viewAs) }),
    formatList(minerals.map(words.mineralName), words.language),
    year,
  ]);

  if (trade.isPending)
    return (
      <p role="status" className="loading">
        {t('exposure.loadingTrade')}
      </p>
    );
  if (trade.error) return <LoadFailed error={trade.error} retry={() => void trade.refetch()} />;

  return (
    <div className="exposure">
      <div className="view-heading">
        <h2>{t('exposure.title', { country: countryName(viewAs) })}</h2>
        {years.length > 0 ? (
          <div className="field inline">
            <label htmlFor={yearId}>{t('exposure.tradeYear')}</label>
            <select
              id={yearId}
              value={year ?? ''}
              onChange={(event) => setViewSetting('exposureYear', Number(event.target.value))}
            >
              {years.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
            <label htmlFor={compareId}>{t('exposure.compareWith')}</label>
            <select
              id={compareId}
              value={compareYear ?? ''}
              onChange={(event) =>
                setViewSetting(
                  'exposureCompareYear',
                  event.target.value === '' ? null : Number(event.target.value),
                )
              }
            >
              <option value="">{t('exposure.noComparison')}</option>
              {years
                .filter((option) => option !== year)
                .map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
            </select>
          </div>
        ) : null}
      </div>
      {year === null || scorecard.length === 0 ? (
        <p className="empty-state">{t('exposure.noImports', { country: countryName(viewAs) })}</p>
      ) : (
        <>
          <Scorecard
            scorecard={scorecard}
            year={year}
            language={language}
            countryName={countryName}
          />
          <div className="stage-grid">
            {focused.map((exposure) => (
              <SupplierPanel
                key={exposureKey(exposure)}
                exposure={exposure}
                partners={partners}
                highlighted={highlighted}
                language={language}
                countryName={countryName}
              />
            ))}
          </div>
          {compared.map(({ exposure, comparison }) =>
            comparison ? (
              <ComparisonPanel
                key={exposureKey(exposure)}
                comparison={comparison}
                language={language}
                countryName={countryName}
              />
            ) : (
              <p key={exposureKey(exposure)} className="notes">
                {t('exposure.comparison.noMatch', {
                  code: codeLabel(exposure.code).label,
                  country: countryName(viewAs),
                  year: compareYear,
                })}
              </p>
            ),
          )}
          <UntradedMinerals minerals={minerals} language={language} />
          <p className="notes">{t('exposure.method')}</p>
        </>
      )}
    </div>
  );
}

/** Minerals no trade code of the model isolates (dysprosium, terbium): why they have no rows. */
function UntradedMinerals({ minerals, language }: { minerals: string[]; language: Language }) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const untraded = minerals.filter(
    (mineral) => !index.model.tradeCodes.some((code) => code.minerals.includes(mineral)),
  );
  return untraded.map((mineral) => {
    const englishName = index.mineral(mineral)?.name.en ?? mineral;
    // A code whose note names the element is where its trade sits, mixed with other goods.
    const carriers = index.model.tradeCodes
      .filter((code) => code.note?.en.toLowerCase().includes(englishName.toLowerCase()))
      .map((code) => `HS ${code.code}`);
    const mineralName = localized(index.mineral(mineral)?.name, language, mineral);
    return (
      <p key={mineral} className="notes">
        {carriers.length > 0
          ? t('exposure.untradedInside', {
              mineral: mineralName,
              codes: formatList(carriers, language),
            })
          : t('exposure.untraded', { mineral: mineralName })}
      </p>
    );
  });
}
