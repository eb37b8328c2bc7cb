import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../domain/model-schema';
import { useModelIndex } from '../data/model-context';
import { citation } from './citation';
import { MarkedCitation } from './published-part';
import { useSlideFrame } from './slide-frame';
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
  const onSlide = useSlideFrame() !== null;
  if (sources.length === 0) return null;
  const label = sources.length > 1 ? t('source.labelPlural') : t('source.label');
  // A slide cannot open a dialog: it cites each source compactly (publisher, title, year, table or
  // document number); its address is in the view, a click away from the same citation.
  if (onSlide) {
    return (
      <p className="source-line">
        {t('source.labelled', { label })}
        {sources.map((source) => citation(source, 'compact')).join(t('source.separator'))}
      </p>
    );
  }
  const show = (source: Source) => {
    setOpen(source);
    dialog.current?.showModal();
  };
  return (
    // Several citations one under the other: a citation's button wraps as one box, so a "; "
    // between two of them was left alone on a line.
    <div className={sources.length > 1 ? 'source-line several' : 'source-line'}>
      <span>{t('source.labelled', { label })}</span>
      {sources.map((source) => (
        <span key={source.id} className="source-item">
          <button type="button" className="link-button" onClick={() => show(source)}>
            <MarkedCitation source={source} />
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
