import type { ModelIndex } from '../domain/model-index';
import type { Source } from '../domain/model-schema';

/** "U.S. Geological Survey, Mineral Commodity Summaries 2024: Gallium (2024)", with the table and address in full. */
export function citation(source: Source, full = false): string {
  const short = `${source.publisher}, ${source.title} (${source.year})`;
  if (!full) return short;
  return [short, source.table, source.url].filter(Boolean).join(', ');
}

/** The citation of a source named by id; the id itself where the model has no such source. */
export function citeSource(index: Pick<ModelIndex, 'source'>, id: string, full = false): string {
  const source = index.source(id);
  return source ? citation(source, full) : id;
}
