import type { Source } from '../domain/model-schema';
import { writtenLanguage } from '../lib/written-language';
import { citation } from './citation';

/** A character no translation holds: where the published part goes in the translated sentence. */
const SLOT = '\uE000';

/**
 * A translated sentence holding text kept as published (a publisher's name, a title), that text
 * marked with the language it is written in (WCAG 3.1.2), so a Japanese page never reads it as
 * Japanese. `sentence` builds the translation around the slot it is given.
 */
export function WithPublishedPart({
  sentence,
  part,
}: {
  sentence: (slot: string) => string;
  part: string;
}) {
  const [before = '', after = ''] = sentence(SLOT).split(SLOT);
  return (
    <>
      {before}
      <span lang={writtenLanguage(part)}>{part}</span>
      {after}
    </>
  );
}

/**
 * "U.S. Geological Survey, Mineral Commodity Summaries 2024: Gallium (2024)" as `citation` writes
 * it, marked with its language; a publisher in English may have published a title in Chinese, and
 * then each part is marked with its own.
 */
export function MarkedCitation({ source }: { source: Source }) {
  const publisherLanguage = writtenLanguage(source.publisher);
  if (publisherLanguage === writtenLanguage(source.title)) {
    return <span lang={publisherLanguage}>{citation(source)}</span>;
  }
  return (
    <>
      <span lang={publisherLanguage}>{source.publisher}</span>
      {', '}
      <span lang={writtenLanguage(source.title)}>{source.title}</span> ({source.year})
    </>
  );
}
