import { memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Slide } from '../../domain/deck-schema';
import type { Language } from '../../domain/language';
import { useTranslation } from 'react-i18next';
import { JsonFileButton } from '../../components/json-file-button';
import { readDeckFile, deckFile } from '../../data/read-deck-file';
import type { Refusal } from '../../domain/validate-model';
import { ProblemList } from '../../components/problem-list';
import { downloadBlob } from '../../lib/download';
import { useAppState } from '../../store/store-context';
import { LANGUAGES } from '../../domain/language';
import { PrintDeck, type PrintLayout } from './print-deck';
import { SlidePictureButtons } from './slide-picture';

/**
 * The button a presentation was started from ("all" for Present, else the slide's id), which has
 * focus again when the presentation ends and the deck is drawn afresh, as a dialog gives it back.
 */
let presentedFrom: string | null = null;

/** The briefing deck: slides saved from live views, with titles, notes, order, and the files. */
export function DeckView() {
  const { t } = useTranslation();
  const state = useAppState((s) => ({ slides: s.slides, language: s.language }));
  const actions = useAppState((s) => ({
    replaceSlides: s.replaceSlides,
    startPresenting: s.startPresenting,
  }));
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [printing, setPrinting] = useState(false);
  const [printLayout, setPrintLayout] = useState<PrintLayout>({ page: 'a4', handout: false });
  const pageId = useId();
  const donePrinting = useCallback(() => setPrinting(false), []);
  const { slides } = state;
  // Full screen needs the click itself; where the browser refuses, the slides still show.
  const { startPresenting } = actions;
  const present = useCallback(
    (position: number, from: string) => {
      void document.documentElement.requestFullscreen?.().catch(() => {});
      presentedFrom = from;
      startPresenting(position);
    },
    [startPresenting],
  );
  const deck = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const from = presentedFrom;
    presentedFrom = null;
    if (from === null) return;
    [...(deck.current?.querySelectorAll<HTMLElement>('[data-present]') ?? [])]
      .find((button) => button.dataset.present === from)
      ?.focus();
  }, []);

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
    <div className="deck" ref={deck}>
      <div className="view-heading">
        <h2>{t('deck.title')}</h2>
        <div className="toolbar">
          <button
            type="button"
            disabled={slides.length === 0}
            data-present="all"
            onClick={() => present(0, 'all')}
          >
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
        </div>
      </div>
      <div className="toolbar print-options">
        <div className="field inline">
          <label htmlFor={pageId}>{t('slide.pageSize')}</label>
          <select
            id={pageId}
            value={printLayout.page}
            onChange={(event) =>
              setPrintLayout((layout) => ({
                ...layout,
                page: event.target.value === 'wide' ? 'wide' : 'a4',
              }))
            }
          >
            <option value="a4">{t('slide.pageA4')}</option>
            <option value="wide">{t('slide.pageWide')}</option>
          </select>
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={printLayout.handout}
            onChange={() => setPrintLayout((layout) => ({ ...layout, handout: !layout.handout }))}
          />
          {t('slide.handout')}
        </label>
        <button
          type="button"
          disabled={slides.length === 0 || printing}
          onClick={() => setPrinting(true)}
        >
          {t('deck.print')}
        </button>
      </div>
      {printing ? <PrintDeck slides={slides} layout={printLayout} onDone={donePrinting} /> : null}
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
            <SlideItem
              key={slide.id}
              slide={slide}
              position={position}
              count={slides.length}
              language={state.language}
              onPresent={present}
            />
          ))}
        </ol>
      )}
    </div>
  );
}

/**
 * One slide's titles, notes and buttons. Memoised: a deck of 200 is not drawn again when printing
 * starts or another slide changes.
 */
const SlideItem = memo(function SlideItem({
  slide,
  position,
  count,
  language: reading,
  onPresent,
}: {
  slide: Slide;
  position: number;
  count: number;
  language: Language;
  onPresent: (position: number, from: string) => void;
}) {
  const { t } = useTranslation();
  const actions = useAppState((s) => ({
    updateSlide: s.updateSlide,
    moveSlide: s.moveSlide,
    removeSlide: s.removeSlide,
    openSlide: s.openSlide,
  }));
  // The reader's language first, then the other.
  const languages = [reading, ...LANGUAGES.filter((other) => other !== reading)];
  return (
    <li className="panel slide-item">
      {languages.map((language) => {
        const names = {
          number: position + 1,
          language: t(`slide.languageName.${language}`),
        };
        const missing = t('slide.missingIn', { language: names.language });
        return (
          <div key={language} className="slide-texts">
            <div className="field">
              <label htmlFor={`${slide.id}-title-${language}`}>{t('slide.titleIn', names)}</label>
              <input
                id={`${slide.id}-title-${language}`}
                type="text"
                lang={language}
                value={slide.title[language]}
                placeholder={missing}
                onChange={(event) =>
                  actions.updateSlide(slide.id, {
                    title: { ...slide.title, [language]: event.target.value },
                  })
                }
              />
            </div>
            <div className="field">
              <label htmlFor={`${slide.id}-notes-${language}`}>{t('slide.notesIn', names)}</label>
              <textarea
                id={`${slide.id}-notes-${language}`}
                rows={3}
                lang={language}
                value={slide.notes[language]}
                placeholder={missing}
                onChange={(event) =>
                  actions.updateSlide(slide.id, {
                    notes: { ...slide.notes, [language]: event.target.value },
                  })
                }
              />
            </div>
          </div>
        );
      })}
      <div className="toolbar">
        <button type="button" data-present={slide.id} onClick={() => onPresent(position, slide.id)}>
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
          disabled={position === count - 1}
          onClick={() => actions.moveSlide(slide.id, 1)}
          aria-label={t('deck.moveDown', { number: position + 1 })}
        >
          ↓
        </button>
        <button type="button" onClick={() => actions.removeSlide(slide.id)}>
          {t('deck.delete', { number: position + 1 })}
        </button>
        <SlidePictureButtons
          slide={slide}
          position={position}
          count={count}
          formats={['PNG', 'SVG']}
          label={(format) => t('deck.slidePicture', { number: position + 1, format })}
        />
      </div>
    </li>
  );
});
