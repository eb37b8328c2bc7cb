import { useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

const waiting: (() => void)[] = [];
let draining = false;

function mountNext() {
  const show = waiting.shift();
  if (show) flushSync(show);
  if (waiting.length > 0) setTimeout(mountNext, 0);
  else draining = false;
}

/**
 * Mounts its children in a task of their own, one chart after another, with a box of the same
 * height meanwhile. A recharts chart takes 10–30 ms to mount, so a row of five mounted together
 * held the page for 100 ms; in turn, the page can paint and answer input between them.
 */
export function MountInTurn({ height, children }: { height: number; children: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const show = () => setShown(true);
    waiting.push(show);
    if (!draining) {
      draining = true;
      setTimeout(mountNext, 0);
    }
    return () => {
      const position = waiting.indexOf(show);
      if (position >= 0) waiting.splice(position, 1);
    };
  }, []);
  return shown ? children : <div className="chart-placeholder" style={{ height }} />;
}
