import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../domain/model-schema';
import { useModelIndex } from '../data/model-context';
import { writtenLanguage } from '../lib/written-language';
import { citation } from './citation';
import { SourceDetails } from './source-details';

/** "Source: U.S. Geological Survey, Mineral Commodity Summaries 2024: Gallium (2024)"; each opens its entry. */
export function SourceLine({ sourceIds }: { sourceIds: string[] }) {
  const { t } = useTranslation();
  const index = useModelIndex();
  const sources = sourceIds
    .map((id) => index.source(id))
    .filter((source): source is Source => source !== undefined);
  const [open, setOpen] = useState<Source | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  if (sources.length === 0) return null;
  const show = (source: Source) => {
    setOpen(source);
    dialog.current?.showModal();
  };
  return (
    <div className="source-line">
      <span>{sources.length > 1 ? t('source.labelPlural') : t('source.label')}: </span>
      {sources.map((source, i) => (
        <span key={source.id}>
          {i > 0 ? '; ' : ''}
          <button
            type="button"
            className="link-button"
            lang={writtenLanguage(citation(source))}
            onClick={() => show(source)}
          >
            {citation(source)}
          </button>
        </span>
      ))}
      <dialog ref={dialog} className="source-dialog" onClose={() => setOpen(null)}>
        {open ? <SourceDetails source={open} /> : null}
        <form method="dialog">
          <button type="submit">{t('source.close')}</button>
        </form>
      </dialog>
    </div>
  );
}
