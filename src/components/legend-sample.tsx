import type { LegendSwatch } from '../lib/figure-export';

/** A legend's key on screen, drawn as the exported picture draws it (src/lib/figure-export.ts). */
export function LegendSample({ swatch }: { swatch: LegendSwatch }) {
  return (
    <svg width="18" height="12" aria-hidden="true">
      {swatch.kind === 'box' ? (
        <rect width="18" height="12" fill={swatch.fill} stroke="#999999" />
      ) : (
        <line
          x1="0"
          y1="6"
          x2="18"
          y2="6"
          stroke={swatch.stroke}
          strokeWidth={swatch.width}
          {...(swatch.dash ? { strokeDasharray: swatch.dash } : {})}
        />
      )}
    </svg>
  );
}
