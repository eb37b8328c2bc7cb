import type { Source } from '../domain/model-schema';

/** A publisher's publication, edition years aside: the part of a source that a series keeps. */
export interface Publication {
  publisher: string;
  /** "Mineral Commodity Summaries 2024: Gallium" → "Mineral Commodity Summaries". */
  title: string;
}

/**
 * The publication a source belongs to, whichever edition it is. An edition's year stands right
 * before the chapter name ("… 2024: Gallium"); a year elsewhere ("Outlook to 2029") is part of the
 * name. A trailing parenthesised report number is dropped, so that the name fits a legend.
 */
export function publicationOf(source: Pick<Source, 'publisher' | 'title'>): Publication {
  const beforeChapter = source.title.split(':')[0] ?? source.title;
  const title = (
    source.title.includes(':') ? beforeChapter.replace(/\s+(19|20)\d{2}$/, '') : beforeChapter
  )
    .replace(/\s*\([^)]*\)$/, '')
    .trim();
  return { publisher: source.publisher, title };
}

/**
 * What makes two figures one series: the same publication and the same unit. A publisher that
 * changes its publication or its unit (tonnes to shares) starts a new series.
 */
export function seriesKey(publication: Publication, unit: string): string {
  return [publication.publisher, publication.title, unit].join('\u241f');
}

export interface SeriesSegment<Point> {
  key: string;
  points: Point[];
}

/**
 * Cuts a run of points (in the order they are drawn) wherever the series changes, so that a line
 * never joins figures from two publications. A series that returns after another one starts a new
 * segment; the segments keep the order of the points.
 */
export function splitBySeries<Point>(
  points: readonly Point[],
  keyOf: (point: Point) => string,
): SeriesSegment<Point>[] {
  const segments: SeriesSegment<Point>[] = [];
  for (const point of points) {
    const key = keyOf(point);
    const last = segments.at(-1);
    if (last && last.key === key) last.points.push(point);
    else segments.push({ key, points: [point] });
  }
  return segments;
}
