import { useTranslation } from 'react-i18next';
import type { ChainColumn, SupplyChain } from '../../analytics/supply-chain';
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
): string[] {
  const { t } = useTranslation();
  const viewAs = useAppState((state) => state.viewAs);
  const countryName = useCountryName();
  const mineralName = useMineralName();
  const tradeCodeLabel = useTradeCodeLabel();
  // A slide has no table to turn to: its note says where every link is listed.
  const onSlide = useSlideFrame() !== null;
  const leftOut = left ? left.mining + left.refining + left.importer : 0;
  const hasMining = chain.nodes.some((node) => node.column === 'mining');
  return [
    ...chain.missingStages.map(({ mineral, stage }) =>
      t('network.noStage', {
        stage: t(`stageInSentence.${stage}`),
        mineral: mineralName(mineral),
        year: chain.year,
      }),
    ),
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

/** The chain's notes under its drawing, with the sources of every bar and ribbon. */
export function ChainNotes({
  chain,
  left,
}: {
  chain: SupplyChain;
  left: Record<ChainColumn, number> | null;
}) {
  const lines = useChainNoteLines(chain, left);
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
