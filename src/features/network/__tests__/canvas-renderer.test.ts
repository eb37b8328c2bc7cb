import { describe, expect, it } from 'vitest';
import { drawGraph, drawPannedBitmap } from '../canvas-renderer';

/** A 2D context that records what is drawn. */
function recordingContext() {
  const calls: string[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      calls.push(`${name}(${args.join(',')})`);
  const context = {
    save: record('save'),
    restore: record('restore'),
    clearRect: record('clearRect'),
    translate: record('translate'),
    scale: record('scale'),
    beginPath: record('beginPath'),
    moveTo: record('moveTo'),
    lineTo: record('lineTo'),
    stroke: record('stroke'),
    arc: record('arc'),
    fill: record('fill'),
    set strokeStyle(value: string) {
      calls.push(`strokeStyle=${value}`);
    },
    set fillStyle(value: string) {
      calls.push(`fillStyle=${value}`);
    },
    set globalAlpha(value: number) {
      calls.push(`globalAlpha=${value}`);
    },
    set lineWidth(value: number) {
      calls.push(`lineWidth=${value}`);
    },
  };
  return { context: context as unknown as CanvasRenderingContext2D, calls };
}

describe('drawGraph', () => {
  it('draws edges in batches by style, then every node, under the view transform', () => {
    const { context, calls } = recordingContext();
    drawGraph(
      context,
      {
        nodes: [
          { id: 'a', radius: 3, color: '#111', dimmed: false },
          { id: 'b', radius: 4, color: '#222', dimmed: true },
        ],
        edges: [
          { source: 'a', target: 'b', width: 2, color: '#999', alpha: 0.5 },
          { source: 'b', target: 'a', width: 2, color: '#999', alpha: 0.5 },
          { source: 'a', target: 'missing', width: 2, color: '#999', alpha: 0.5 },
        ],
      },
      { a: [0, 0], b: [10, 5] },
      { width: 100, height: 50, x: 5, y: 0, k: 2 },
    );
    expect(calls).toContain('translate(105,50)');
    expect(calls).toContain('scale(2,2)');
    expect(calls.filter((call) => call === 'stroke()')).toHaveLength(1);
    expect(calls.filter((call) => call.startsWith('lineTo'))).toEqual([
      'lineTo(10,5)',
      'lineTo(0,0)',
    ]);
    expect(calls).toContain('lineWidth=1');
    expect(calls.filter((call) => call.startsWith('arc'))).toHaveLength(2);
    expect(calls).toContain('globalAlpha=0.2');
  });
});

describe('drawPannedBitmap', () => {
  it('moves the picture drawn at one view to where another view puts it', () => {
    const calls: string[] = [];
    const context = {
      save: () => calls.push('save'),
      restore: () => calls.push('restore'),
      clearRect: () => calls.push('clear'),
      setTransform: (...args: number[]) => calls.push(`setTransform(${args.join(',')})`),
      drawImage: () => calls.push('drawImage'),
    } as unknown as CanvasRenderingContext2D;
    const drawnAt = { width: 100, height: 50, x: 0, y: 0, k: 1 };
    drawPannedBitmap(context, {} as CanvasImageSource, drawnAt, { ...drawnAt, x: 10, y: -4, k: 2 });
    // Layout origin: (50, 25) when drawn; (10 + 100, -4 + 50) = (110, 46) now; scale 2 about it.
    expect(calls).toContain('setTransform(2,0,0,2,10,-4)');
    expect(calls).toContain('drawImage');
  });
});
