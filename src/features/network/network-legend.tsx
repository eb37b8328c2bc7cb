import { useTranslation } from 'react-i18next';
import { LegendSample } from '../../components/legend-sample';
import { localized } from '../../components/localized';
import { GROUP_COLORS, NO_GROUP_COLOR, PALETTE } from '../../components/palette';
import { useCountryName } from '../../components/use-names';
import { useModelIndex } from '../../data/model-context';
import type { KeyShape, LegendEntry } from '../../lib/figure-export';
import { useAppState } from '../../store/store-context';
import type { NetworkLayout } from '../../store/view-settings';

interface LegendOptions {
  layout: NetworkLayout;
  showTrade: boolean;
  showPartnerships: boolean;
}

/** A key drawn with the graph's own marks, in the key's 18 × 12 box. */
const marks = (...shapes: KeyShape[]) => ({ kind: 'shapes', shapes }) as const;
const dot = (fill: string) => marks({ tag: 'circle', cx: 9, cy: 6, r: 6, fill });

/**
 * What every encoding of the drawing stands for: colours, sizes, widths and line styles. The legend
 * on screen and the exported picture (PNG, SVG) draw the same entries.
 */
export function useNetworkLegend({
  layout,
  showTrade,
  showPartnerships,
}: LegendOptions): LegendEntry[] {
  const { t } = useTranslation();
  const index = useModelIndex();
  const language = useAppState((state) => state.language);
  const viewAs = useAppState((state) => state.viewAs);
  const countryName = useCountryName();
  if (layout === 'chain')
    return [
      {
        swatch: marks(
          { tag: 'rect', x: 3, y: 0, width: 5, height: 12, fill: PALETTE.mining },
          { tag: 'rect', x: 10, y: 4, width: 5, height: 8, fill: PALETTE.refining },
        ),
        label: t('network.legendBar'),
      },
      {
        swatch: marks({
          tag: 'path',
          d: 'M0,1 C9,1 9,5 18,5 L18,11 C9,11 9,7 0,7 z',
          fill: PALETTE.highlight,
          fillOpacity: 0.35,
        }),
        label: t('network.legendRibbon'),
      },
      {
        swatch: marks({
          tag: 'rect',
          x: 3.5,
          y: 0.5,
          width: 11,
          height: 11,
          fill: '#ffffff',
          stroke: PALETTE.refining,
          strokeDasharray: '3 2',
        }),
        label: t('network.legendNa'),
      },
    ];
  const supply = '#5b7083';
  return [
    ...GROUP_COLORS.filter(([group]) => index.group(group)).map(([group, color]) => ({
      swatch: dot(color),
      label: localized(index.group(group)?.name, language, group),
    })),
    { swatch: dot(NO_GROUP_COLOR), label: t('network.otherCountries') },
    {
      swatch: marks({
        tag: 'rect',
        x: 3,
        y: 0,
        width: 12,
        height: 12,
        rx: 2,
        fill: PALETTE.mineralStage,
      }),
      label: t('network.mineralStage'),
    },
    {
      swatch: marks(
        { tag: 'circle', cx: 3, cy: 6, r: 2.5, fill: NO_GROUP_COLOR },
        { tag: 'circle', cx: 12.5, cy: 6, r: 5.5, fill: NO_GROUP_COLOR },
      ),
      label: t('network.legendNodeSize'),
    },
    {
      swatch: marks(
        { tag: 'line', x1: 0, y1: 2.5, x2: 18, y2: 2.5, stroke: supply, strokeWidth: 1 },
        { tag: 'line', x1: 0, y1: 8.5, x2: 18, y2: 8.5, stroke: supply, strokeWidth: 4 },
      ),
      label: t('network.legendLineWidth'),
    },
    ...(showPartnerships
      ? [
          {
            swatch: { kind: 'line', stroke: PALETTE.partners, width: 1.5, dash: '4 3' } as const,
            label: t('network.legendDashed', { country: countryName(viewAs) }),
          },
        ]
      : []),
    ...(showTrade
      ? [
          {
            swatch: marks(
              {
                tag: 'line',
                x1: 0,
                y1: 6,
                x2: 12,
                y2: 6,
                stroke: PALETTE.highlight,
                strokeWidth: 1.5,
              },
              { tag: 'path', d: 'M11,2 L18,6 L11,10 z', fill: PALETTE.highlight },
            ),
            label: t('network.legendTrade'),
          },
        ]
      : []),
  ];
}

/** The legend beside the drawing, on screen and on the network's slide. */
export function NetworkLegend(options: LegendOptions) {
  return (
    <ul className="legend">
      {useNetworkLegend(options).map((entry) => (
        <li key={entry.label}>
          <LegendSample swatch={entry.swatch} />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
