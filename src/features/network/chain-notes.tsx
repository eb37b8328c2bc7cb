import { useTranslation } from 'react-i18next';
import type { ChainColumn, ChainYears, SupplyChain } from '../../analytics/supply-chain';
import { NearestYearOffer } from '../../components/nearest-year-offer';
import { useSlideFrame } from '../../components/slide-frame';
import { SourceLine } from '../../components/source-line';
import { useCountryName, useMineralName, useTradeCodeLabel } from '../../components/use-names';
import { useAppState } from '../../store/store-context';
import { CHAIN_TRADE_LIMIT } from './use-network-graph';

/**
 * What the chain's drawing cannot say by itself: the stages with no figure, that no flow joins
 * miners to refiners, which trade code and year the ribbons are, and what was left out. Under the
 * drawing on screen and in the exported picture alike.
 */
export function useChainNoteLines(
  chain: SupplyChain,
  left: Record<ChainColumn, number> | null,
  years: ChainYears,
  /** Leave out the stages with no figure: the notice above the drawing says them (on screen). */
  stagesSaidAbove = false,
): string[] {
  const { t } = useTranslation();
  const viewAs = useAppState((state) => state.viewAs);
  const countryName = useCountryName();
  const tradeCodeLabel = useTradeCodeLabel();
  // A slide has no table to turn to: its note says where every link is listed.
  const onSlide = useSlideFrame() !== null;
  const leftOut = left ? left.mining + left.refining + left.importer : 0;
  const hasMining = chain.nodes.some((node) => node.column === 'mining');
  const stageLines = useStageLines(chain, years);
  return [
    ...(stagesSaidAbove ? [] : stageLines),
    ...(hasMining ? [t('network.noOreFlows')] : []),
    chain.tradeYear === null
      ? t('network.chainNoTrade', { year: chain.year })
      : t('network.chainTrade', {
          code: tradeCodeLabel(chain.tradeCode ?? ''),
          year: chain.tradeYear,
          count: CHAIN_TRADE_LIMIT,
          country: countryName(viewAs),
        }),
    ...(leftOut > 0
      ? [t(onSlide ? 'chainSlide.rowsLeft' : 'network.rowsLeft', { count: leftOut })]
      : []),
  ];
}

/** "No mining figure for germanium in 2025.", or "in any year" where no year has one. */
function useStageLines(chain: SupplyChain, years: ChainYears): string[] {
  const { t } = useTranslation();
  const mineralName = useMineralName();
  return chain.missingStages.map(({ mineral, stage }) => {
    const values = {
      stage: t(`stageInSentence.${stage}`),
      mineral: mineralName(mineral),
      year: chain.year,
    };
    return years.neverPublished.some((entry) => entry.mineral === mineral && entry.stage === stage)
      ? t('chainNearest.noStageAnyYear', values)
      : t('network.noStage', values);
  });
}

/**
 * Above the chain on screen: which stage has no figure in the year chosen, and a way to the
 * nearest year with figures at every stage the data covers, as the supply cut offers one.
 */
export function ChainYearNotice({ chain, years }: { chain: SupplyChain; years: ChainYears }) {
  const { t } = useTranslation();
  const lines = useStageLines(chain, years);
  if (lines.length === 0) return null;
  return (
    <p role="note" className="notice-inline">
      {lines.reduce((first, second) => t('chainNearest.twoSentences', { first, second }))}
      {years.nearestYear !== null ? ' ' : null}
      <NearestYearOffer
        year={years.nearestYear}
        label={t('chainNearest.useYear', { year: years.nearestYear })}
      />
    </p>
  );
}

/** The chain's notes under its drawing, with the sources of every bar and ribbon. */
export function ChainNotes({
  chain,
  left,
  years,
  stagesSaidAbove = false,
}: {
  chain: SupplyChain;
  left: Record<ChainColumn, number> | null;
  years: ChainYears;
  stagesSaidAbove?: boolean;
}) {
  const lines = useChainNoteLines(chain, left, years, stagesSaidAbove);
  return (
    <div className="notes">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <SourceLine
        sourceIds={[
          ...new Set([
            ...chain.nodes.flatMap((node) => (node.column === 'importer' ? [] : [node.sourceId])),
            ...chain.edges.map((edge) => edge.sourceId),
          ]),
        ]}
      />
    </div>
  );
}
