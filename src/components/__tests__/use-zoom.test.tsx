import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { zoomIdentity } from 'd3';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useZoom } from '../use-zoom';

/** A drawing whose <svg> can be replaced by a new element, as the network's is. */
function Zoomable() {
  const { attach, transform, zoomTo } = useZoom<SVGSVGElement>({
    width: 400,
    height: 200,
    minScale: 1,
    maxScale: 8,
  });
  const [generation, setGeneration] = useState(0);
  return (
    <>
      <svg key={generation} ref={attach} viewBox="0 0 400 200" aria-label="drawing">
        <g data-testid="layer" transform={transform.toString()} />
      </svg>
      <button onClick={() => zoomTo(zoomIdentity)}>Reset</button>
      <button onClick={() => setGeneration((n) => n + 1)}>Redraw</button>
    </>
  );
}

const drawing = () => screen.getByLabelText('drawing');
const shownTransform = () => screen.getByTestId('layer').getAttribute('transform');
const shownScale = () => Number(/scale\(([^)]+)\)/.exec(shownTransform() ?? '')?.[1]);
// One notch of the wheel at the top-left corner: d3 zooms by 2^(100 × 0.002) there.
const wheel = () => fireEvent.wheel(drawing(), { deltaY: -100, deltaMode: 0 });

describe('useZoom', () => {
  it('zooms on the wheel and reports the transform to React', () => {
    render(<Zoomable />);
    expect(shownTransform()).toBe('translate(0,0) scale(1)');
    wheel();
    expect(shownTransform()).toBe(`translate(0,0) scale(${2 ** 0.2})`);
  });

  it('starts the next gesture from a reset, not from where d3 was before it', async () => {
    const user = userEvent.setup();
    render(<Zoomable />);
    wheel();
    const once = shownTransform();
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(shownTransform()).toBe('translate(0,0) scale(1)');
    wheel();
    expect(shownTransform()).toBe(once);
  });

  it('keeps zooming on a replaced element, from the transform shown', async () => {
    const user = userEvent.setup();
    render(<Zoomable />);
    wheel();
    await user.click(screen.getByRole('button', { name: 'Redraw' }));
    expect(shownTransform()).toBe(`translate(0,0) scale(${2 ** 0.2})`);
    wheel();
    expect(shownScale()).toBeCloseTo(2 ** 0.4, 12);
  });
});
