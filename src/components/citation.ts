import type { ModelIndex } from '../domain/model-index';
import type { Source } from '../domain/model-schema';

/**
 * "U.S. Geological Survey, Mineral Commodity Summaries 2024: Gallium (2024)"; `full` adds the table
 * and the address, `compact` the table only (a slide: the view and the source's entry give the rest).
 */
export function citation(source: Source, full: boolean | 'compact' = false): string {
  const short = `${source.publisher}, ${source.title} (${source.year})`;
  if (!full) return short;
  return [short, source.table, full === true ? source.url : ''].filter(Boolean).join(', ');
}

/** "U.S. Geological Survey, Mineral Commodity Summaries 2024", "CEPII, BACI": a title up to its colon, for a line that names several. */
export function shortCitation(source: Pick<Source, 'publisher' | 'title'>): string {
  return `${source.publisher}, ${source.title.split(': ')[0]}`;
}

/** The citation of a source named by id; the id itself where the model has no such source. */
export function citeSource(index: Pick<ModelIndex, 'source'>, id: string, full = false): string {
  const source = index.source(id);
  return source ? citation(source, full) : id;
}

/** One "Source: …" line per source named, in full (table and address), for a figure's footer. */
export function sourceLines(
  index: Pick<ModelIndex, 'source'>,
  ids: readonly string[],
  label: string,
): string[] {
  return [...new Set(ids)].flatMap((id) => {
    const source = index.source(id);
    return source ? [`${label}: ${citation(source, true)}`] : [];
  });
}
