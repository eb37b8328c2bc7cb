import { useQuery } from '@tanstack/react-query';
import { max, scaleSqrt } from 'd3';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { topFlows, tradeCodesWithYears } from '../../analytics/flows';
import { partnersOf } from '../../analytics/partners';
import { shareClasses, shareClassOf } from '../../analytics/share-classes';
import { countryShares } from '../../analytics/shares';
import { BLUES } from '../../components/palette';
import { useMineralName } from '../../components/use-names';
import { useActiveModel, useModelIndex } from '../../data/model-context';
import { tradeQuery } from '../../data/trade-query';
import { useAppState, useFilterState } from '../../store/store-context';
import { flowsNotDrawn } from './map-geometry';
import { worldShapesQuery } from './world-query';

/** What the map is set to show; null takes the default (the first mineral, code, latest year). */
export interface MapSettings {
  mineral: string | null;
  code: string | null;
  flowYear: number | null;
  limit: number;
  showPartners: boolean;
}

/** The map's settings as the store (and so the link and a kept slide) holds them. */
export function useMapSettings(): MapSettings {
  const settings = useAppState((s) => s.settings);
  return {
    mineral: settings.mapMineral,
    code: settings.tradeCode,
    flowYear: settings.flowYear,
    limit: settings.flowLimit,
    showPartners: settings.showPartners,
  };
}

export const DEFAULT_MAP_SETTINGS: MapSettings = {
  mineral: null,
  code: null,
  flowYear: null,
  limit: 10,
  showPartners: true,
};

/** Everything the map draws, from the filters and its own settings: the view and its slide share it. */
export function useMapFigures(settings: MapSettings) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const state = useFilterState();
  const shapes = useQuery(worldShapesQuery);
  const trade = useQuery(tradeQuery(useActiveModel()));
  const mineralName = useMineralName();
  const mineral =
    settings.mineral && state.minerals.includes(settings.mineral)
      ? settings.mineral
      : (state.minerals[0] ?? index.model.minerals[0]!.id);
  const breakdown = useMemo(
    () =>
      state.year === null
        ? null
        : countryShares(index.model.supply, index.model.worldTotals, {
            mineral,
            measure: state.stage,
            year: state.year,
          }),
    [index, mineral, state.stage, state.year],
  );
  const codes = useMemo(
    () => (trade.data ? tradeCodesWithYears(trade.data, mineral) : []),
    [trade.data, mineral],
  );
  const code = codes.find((entry) => entry.code === settings.code) ?? codes[0];
  const flowYear = code
    ? code.years.includes(settings.flowYear ?? -1)
      ? settings.flowYear!
      : code.years.at(-1)!
    : null;
  const flows = useMemo(
    () =>
      trade.data && code && flowYear !== null
        ? topFlows(trade.data, { mineral, code: code.code, year: flowYear }, settings.limit)
        : [],
    [trade.data, code, flowYear, mineral, settings.limit],
  );
  const partners = useMemo(
    () => partnersOf(index.model.partnerships, state.viewAs),
    [index, state.viewAs],
  );
  const shares = useMemo(
    () => new Map(breakdown?.countries.map((row) => [row.country, row]) ?? []),
    [breakdown],
  );
  const shading = useMemo(() => {
    const classing = shareClasses(
      (breakdown?.countries ?? []).flatMap((row) => (row.share === null ? [] : [row.share])),
    );
    // The lightest blues are left out: they would read as the sea or as "no figure".
    const classColors = BLUES[classing.thresholds.length + 3]!.slice(2);
    const color = (share: number) => classColors[shareClassOf(share, classing)]!;
    return { classing, classColors, color };
  }, [breakdown]);
  const largestFlow = max(flows, (flow) => flow.value) ?? 1;
  const flowWidth = useMemo(
    () => scaleSqrt().domain([0, largestFlow]).range([1, 9]),
    [largestFlow],
  );
  const partnerArcs = useMemo(
    () => (settings.showPartners ? { from: state.viewAs, to: partners } : null),
    [settings.showPartners, state.viewAs, partners],
  );
  const title = t('map.title', {
    mineral: mineralName(mineral),
    stage: t(`stageInSentence.${state.stage}`),
    year: state.year ?? '',
  });
  const sourceIds = [
    ...new Set([
      ...(breakdown?.worldTotal ? [breakdown.worldTotal.source] : []),
      ...(breakdown?.countries.map((row) => row.source) ?? []),
      ...flows.map((flow) => flow.source),
    ]),
  ];
  return {
    state,
    breakdown,
    shapes,
    trade,
    mineral,
    codes,
    code,
    flowYear,
    flows,
    notDrawn: shapes.data ? flowsNotDrawn(flows, shapes.data) : [],
    shares,
    shading,
    flowWidth,
    partnerArcs,
    title,
    sourceIds,
  };
}
