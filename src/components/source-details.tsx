import type { Source } from '../domain/model-schema';
import { writtenLanguage } from '../lib/written-language';
import { citation } from './citation';

const SAFE_ADDRESS = /^https?:\/\//;

/** One source entry as text; its address is a link only when it is http or https. */
export function SourceDetails({ source }: { source: Source }) {
  return (
    <div className="source-details" lang={writtenLanguage(citation(source, true))}>
      <p className="source-title">{source.title}</p>
      <p>
        {source.publisher}, {source.year}
      </p>
      {source.table ? <p>{source.table}</p> : null}
      {source.url && SAFE_ADDRESS.test(source.url) ? (
        <p>
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.url}
          </a>
        </p>
      ) : null}
      {source.license ? <p>{source.license}</p> : null}
      {source.note ? <p>{source.note}</p> : null}
    </div>
  );
}
