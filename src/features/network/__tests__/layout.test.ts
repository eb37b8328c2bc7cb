import { describe, expect, it } from 'vitest';
import { runLayout, type LayoutInput } from '../layout';

const input: LayoutInput = {
  nodes: [
    { id: 'c:CHN', weight: 1.5 },
    { id: 'c:JPN', weight: 0.05 },
    { id: 'm:gallium:refining', weight: 1 },
  ],
  links: [
    { source: 'c:CHN', target: 'm:gallium:refining', strength: 0.9 },
    { source: 'c:JPN', target: 'm:gallium:refining', strength: 0.05 },
  ],
  ticks: 200,
  seed: 0.42,
};

describe('runLayout', () => {
  it('gives the same picture for the same input', () => {
    expect(runLayout(input)).toEqual(runLayout(input));
  });

  it('starts from earlier positions, so a re-run moves nodes little', () => {
    const first = runLayout(input);
    const again = runLayout({
      ...input,
      nodes: input.nodes.map((node) => ({ ...node, x: first[node.id]![0], y: first[node.id]![1] })),
    });
    for (const id of Object.keys(first)) {
      expect(Math.hypot(again[id]![0] - first[id]![0], again[id]![1] - first[id]![1])).toBeLessThan(
        40,
      );
    }
  });

  it('does not touch the nodes it is given', () => {
    const nodes = input.nodes.map((node) => ({ ...node }));
    runLayout({ ...input, nodes });
    expect(nodes).toEqual(input.nodes);
  });
});
