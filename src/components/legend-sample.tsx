import { createElement } from 'react';
import { keyShapes, type LegendSwatch } from '../lib/figure-export';

/** A legend's key on screen, drawn with the exported picture's marks (src/lib/figure-export.ts). */
export function LegendSample({ swatch }: { swatch: LegendSwatch }) {
  return (
    <svg width="18" height="12" viewBox="0 0 18 12" aria-hidden="true">
      {keyShapes(swatch).map(({ tag, ...attributes }, position) =>
        createElement(tag, { key: position, ...attributes }),
      )}
    </svg>
  );
}
