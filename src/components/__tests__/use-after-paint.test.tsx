import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from '../use-after-paint';

function Shown({ value }: { value: string }) {
  return <p>{useAfterPaint(value)}</p>;
}

describe('useAfterPaint', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] }));
  afterEach(() => vi.useRealTimers());

  it('keeps the painted value until the next frame has been painted, then follows', () => {
    const { rerender } = render(<Shown value="gallium" />);
    expect(screen.getByText('gallium')).toBeInTheDocument();

    rerender(<Shown value="germanium" />);
    expect(screen.getByText('gallium')).toBeInTheDocument();
    act(() => vi.advanceTimersToNextFrame());
    // The frame's callbacks have run, the frame is painted; the timer they set has not run yet.
    expect(screen.getByText('gallium')).toBeInTheDocument();
    act(() => vi.runOnlyPendingTimers());
    expect(screen.getByText('germanium')).toBeInTheDocument();
  });

  it('skips values that were replaced before a frame was painted', () => {
    const { rerender } = render(<Shown value="a" />);
    rerender(<Shown value="b" />);
    rerender(<Shown value="c" />);
    act(() => vi.advanceTimersToNextFrame());
    act(() => vi.runOnlyPendingTimers());
    expect(screen.getByText('c')).toBeInTheDocument();
    expect(screen.queryByText('b')).toBeNull();
  });
});
