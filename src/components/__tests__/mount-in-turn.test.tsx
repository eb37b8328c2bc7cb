import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MountInTurn } from '../mount-in-turn';

const nextTask = () => act(() => vi.advanceTimersToNextTimer());

describe('MountInTurn', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    // The last chart hands on to nobody; that timer runs before the next test's charts arrive.
    act(() => vi.runOnlyPendingTimers());
    vi.useRealTimers();
  });

  it('holds the place at the same height, then mounts one child per task, in order', () => {
    const { container } = render(
      <>
        <MountInTurn height={120}>
          <p>first chart</p>
        </MountInTurn>
        <MountInTurn height={80}>
          <p>second chart</p>
        </MountInTurn>
      </>,
    );
    const placeholders = container.querySelectorAll<HTMLElement>('.chart-placeholder');
    expect([...placeholders].map((box) => box.style.height)).toEqual(['120px', '80px']);
    expect(screen.queryByText('first chart')).toBeNull();

    nextTask();
    expect(screen.getByText('first chart')).toBeInTheDocument();
    expect(screen.queryByText('second chart')).toBeNull();

    nextTask();
    expect(screen.getByText('second chart')).toBeInTheDocument();
    expect(container.querySelector('.chart-placeholder')).toBeNull();
  });

  it('skips a child that went away before its turn', () => {
    const { rerender } = render(
      <>
        <MountInTurn height={10}>
          <p>gone</p>
        </MountInTurn>
        <MountInTurn key="stays" height={10}>
          <p>stays</p>
        </MountInTurn>
      </>,
    );
    rerender(
      <MountInTurn key="stays" height={10}>
        <p>stays</p>
      </MountInTurn>,
    );
    nextTask();
    expect(screen.getByText('stays')).toBeInTheDocument();
  });
});
