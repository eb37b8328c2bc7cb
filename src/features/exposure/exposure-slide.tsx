import { useTranslation } from 'react-i18next';
import { useCountryName } from '../../components/use-names';
import { exposureKey } from './exposure-labels';
import { ComparisonPanel } from './comparison-panel';
import { SupplierPanel } from './supplier-panel';
import { useExposure } from './use-exposure';
import { LoadFailed } from '../../components/view-error';

/** As many suppliers' charts as a slide holds legibly side by side. */
const PANELS_ON_A_SLIDE = 3;

/**
 * The exposure as a slide: for the chosen minerals, the view-as country's imports by supplier
 * (chart, key figures, source), in the latest trade year.
 */
export function ExposureSlide() {
  const { t } = useTranslation();
  const { trade, viewAs, highlighted, language, partners, year, focused, compared } = useExposure();
  const countryName = useCountryName();
  if (trade.isPending) {
    return (
      <p role="status" className="loading">
        {t('exposure.loadingTrade')}
      </p>
    );
  }
  if (trade.error) {
    return <LoadFailed error={trade.error} retry={() => void trade.refetch()} />;
  }
  const comparisons = compared.flatMap(({ comparison }) => (comparison ? [comparison] : []));
  // Two years side by side are a wide table: a slide holds the first code's.
  const shown = focused.slice(0, comparisons.length > 0 ? 1 : PANELS_ON_A_SLIDE);
  return (
    <>
      {shown.length === 0 ? (
        <p className="slide-message">
          {t('slide.exposure.noFocus', { country: countryName(viewAs), year: year ?? '' })}
        </p>
      ) : (
        <div
          className={
            shown.length === 1 && comparisons.length === 0
              ? 'slide-panels slide-single'
              : 'slide-panels'
          }
          style={{ gridTemplateColumns: `repeat(${shown.length}, 1fr)` }}
        >
          {comparisons.length > 0 ? (
            <ComparisonPanel
              comparison={comparisons[0]!}
              language={language}
              countryName={countryName}
            />
          ) : (
            shown.map((exposure) => (
              <SupplierPanel
                key={exposureKey(exposure)}
                exposure={exposure}
                partners={partners}
                highlighted={highlighted}
                language={language}
                countryName={countryName}
              />
            ))
          )}
        </div>
      )}
      {focused.length > shown.length ? (
        <p className="slide-note">
          {t('slide.exposure.moreCodes', { count: focused.length - shown.length })}
        </p>
      ) : null}
    </>
  );
}
