import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';

const waiting: (() => void)[] = [];
let mounting = false;

/** Starts the next waiting chart once the one before it is on the screen (or gone). */
function mountNext() {
  const show = waiting.shift();
  if (show) show();
  else mounting = false;
}

const handOn = () => setTimeout(mountNext, 0);

/**
 * Mounts its children after every chart before it, one chart at a time, with a box of the same
 * height meanwhile. A recharts chart takes 20–30 ms to mount, so a row of five mounted together
 * held the page for over 100 ms. Each is rendered in a transition, which React splits into slices
 * of a few milliseconds, and the next starts only after it is committed; the page can paint and
 * answer input in between.
 */
export function MountInTurn({ height, children }: { height: number; children: ReactNode }) {
  const [shown, setShown] = useState(false);
  const turn = useRef<'waiting' | 'mounting' | 'done'>('waiting');

  useEffect(() => {
    const show = () => {
      turn.current = 'mounting';
      startTransition(() => setShown(true));
    };
    waiting.push(show);
    if (!mounting) {
      mounting = true;
      handOn();
    }
    return () => {
      const position = waiting.indexOf(show);
      if (position >= 0) waiting.splice(position, 1);
      // Gone during its own turn: the next chart must not wait for it.
      if (turn.current === 'mounting') handOn();
    };
  }, []);

  useEffect(() => {
    if (shown && turn.current === 'mounting') {
      turn.current = 'done';
      handOn();
    }
  }, [shown]);

  return shown ? children : <div className="chart-placeholder" style={{ height }} />;
}
