/** The budgets of the performance issue; only the byte budgets are checked in CI. */
export const BUDGETS = {
  entryKb: 200,
  totalKb: 450,
  lcpMs: 1000,
  lcpThrottledMs: 2500,
  toggleMs: 33,
  toggleLargeMs: 100,
  tradeRowsMs: 300,
  brokenRowsMs: 2000,
  layout1kMs: 1500,
  layout5kMs: 3000,
} as const;

/** The scripts the first screen loads: the entry module and what it preloads, from index.html. */
export function entryScripts(indexHtml: string): string[] {
  const scripts = [...indexHtml.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g)].map(
    (match) => match[1]!,
  );
  const preloads = [
    ...indexHtml.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g),
  ].map((match) => match[1]!);
  return [...new Set([...scripts, ...preloads])];
}
