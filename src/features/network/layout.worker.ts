/// <reference lib="webworker" />
import { runLayout, type LayoutInput } from './layout';

// The layout runs here so that the page keeps answering while it settles.
self.onmessage = (event: MessageEvent<LayoutInput & { requestId: number }>) => {
  const started = performance.now();
  const positions = runLayout(event.data);
  self.postMessage({
    requestId: event.data.requestId,
    positions,
    milliseconds: performance.now() - started,
  });
};
