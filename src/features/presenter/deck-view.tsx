import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JsonFileButton } from '../../components/json-file-button';
import { readDeckFile, deckFile } from '../../data/read-deck-file';
import type { Refusal } from '../../domain/validate-model';
import { ProblemList } from '../../components/problem-list';
import { downloadBlob } from '../../lib/download';
import { useAppState } from '../../store/store-context';
import { PrintDeck } from './print-deck';

/** The briefing deck: slides saved from live views, with titles, notes, order, and the files. */
export function DeckView() {
  const { t } = useTranslation();
  const state = useAppState((s) => ({ slides: s.slides, language: s.language }));
  const actions = useAppState((s) => ({
    updateSlide: s.updateSlide,
    moveSlide: s.moveSlide,
    removeSlide: s.removeSlide,
    replaceSlides: s.replaceSlides,
    openSlide: s.openSlide,
    startPresenting: s.startPresenting,
    setView: s.setView,
  }));
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [printing, setPrinting] = useState(false);
  const donePrinting = useCallback(() => setPrinting(false), []);
  const { slides } = state;
  // Full screen needs the click itself; where the browser refuses, the slides still show.
  const present = (position: number) => {
    void document.documentElement.requestFullscreen?.().catch(() => {});
    actions.startPresenting(position);
  };

  const importDeck = async (file: File) => {
    const result = readDeckFile(new Uint8Array(await file.arrayBuffer()), state.language);
    if (!result.ok) {
      setRefusal(result);
      return;
    }
    setRefusal(null);
    actions.replaceSlides(result.deck.slides);
  };

  return (
    <div className="deck">
      <div className="view-heading">
        <h2>{t('deck.title')}</h2>
        <div className="toolbar">
          <button type="button" disabled={slides.length === 0} onClick={() => present(0)}>
            {t('deck.present')}
          </button>
          <button
            type="button"
            disabled={slides.length === 0}
            onClick={() =>
              downloadBlob(
                new Blob([`${JSON.stringify(deckFile(slides), null, 2)}\n`], {
                  type: 'application/json',
                }),
                'lodestone-deck.json',
              )
            }
          >
            {t('deck.export')}
          </button>
          <JsonFileButton label={t('deck.import')} onFile={(file) => void importDeck(file)} />
          <button
            type="button"
            disabled={slides.length === 0 || printing}
            onClick={() => setPrinting(true)}
          >
            {t('deck.print')}
          </button>
        </div>
      </div>
      {printing ? <PrintDeck slides={slides} onDone={donePrinting} /> : null}
      {refusal ? (
        <div role="alert" className="load-problems">
          <p className="load-problems-title">{t('deck.importFailed')}</p>
          <ProblemList problems={refusal.problems} unlisted={refusal.unlisted} />
        </div>
      ) : null}
      {slides.length === 0 ? (
        <p className="empty-state">{t('deck.empty')}</p>
      ) : (
        <ol className="slide-list">
          {slides.map((slide, position) => (
            <li key={slide.id} className="panel slide-item">
              <div className="field">
                <label htmlFor={`${slide.id}-title`}>
                  {t('deck.slideTitle', { number: position + 1 })}
                </label>
                <input
                  id={`${slide.id}-title`}
                  type="text"
                  value={slide.title}
                  onChange={(event) => actions.updateSlide(slide.id, { title: event.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`${slide.id}-notes`}>
                  {t('deck.notes', { number: position + 1 })}
                </label>
                <textarea
                  id={`${slide.id}-notes`}
                  rows={3}
                  value={slide.notes}
                  onChange={(event) => actions.updateSlide(slide.id, { notes: event.target.value })}
                />
              </div>
              <div className="toolbar">
                <button type="button" onClick={() => present(position)}>
                  {t('deck.presentFrom', { number: position + 1 })}
                </button>
                <button type="button" onClick={() => actions.openSlide(slide.id)}>
                  {t('deck.open', { number: position + 1 })}
                </button>
                <button
                  type="button"
                  disabled={position === 0}
                  onClick={() => actions.moveSlide(slide.id, -1)}
                  aria-label={t('deck.moveUp', { number: position + 1 })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  disabled={position === slides.length - 1}
                  onClick={() => actions.moveSlide(slide.id, 1)}
                  aria-label={t('deck.moveDown', { number: position + 1 })}
                >
                  ↓
                </button>
                <button type="button" onClick={() => actions.removeSlide(slide.id)}>
                  {t('deck.delete', { number: position + 1 })}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
