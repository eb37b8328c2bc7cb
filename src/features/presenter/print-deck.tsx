import { memo, startTransition, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Slide } from '../../domain/deck-schema';
import type { Language } from '../../domain/language';
import { useAppState } from '../../store/store-context';
import { SeededSlide, slideSettled } from './slide-composition';
import { slideText } from './slide-text';

/** How a deck is printed: on A4 (or Letter) landscape or on 16:9 pages, with notes or without. */
export interface PrintLayout {
  page: 'a4' | 'wide';
  handout: boolean;
}

/**
 * Each slide's stage in CSS pixels, inside the printable area of its page: A4 and Letter landscape
 * at 10 mm margins (at least 980 × 718), a 254 × 142.9 mm page at 5 mm (922 × 502), and a handout's
 * slide with room for its notes below. At 30 lines a slide, the smallest type (0.9 em) is 10 pt
 * or more on each.
 */
const STAGE_SIZES = {
  a4: { width: 976, height: 549 },
  wide: { width: 892, height: 502 },
  handout: { width: 800, height: 450 },
} as const;
/** How long one slide may take to load its data and draw before the next is started anyway. */
const SETTLE_TIMEOUT_MS = 5000;

/**
 * The deck laid out for the printer, one slide a page, each slide with its own store seeded from
 * its link in the current language. Slides are drawn one at a time, a frame apart, each in a
 * transition (which React renders in slices of a few milliseconds), so that a deck of 200 never
 * holds the page in one long task; a status line counts them, and printing starts when the last
 * has drawn.
 */
export function PrintDeck({
  slides,
  layout,
  onDone,
}: {
  slides: Slide[];
  layout: PrintLayout;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppState((state) => state.language);
  const [drawn, setDrawn] = useState(1);
  const container = useRef<HTMLDivElement>(null);
  // A handout needs room for the notes under each slide: it is printed on A4 or Letter.
  const page = layout.handout ? 'a4' : layout.page;
  const size = layout.handout ? STAGE_SIZES.handout : STAGE_SIZES[page];

  useEffect(() => {
    const started = performance.now();
    let frame = 0;
    const settled = () => slideSettled(container.current?.lastElementChild);
    const next = () => {
      if (!settled() && performance.now() - started < SETTLE_TIMEOUT_MS) {
        frame = requestAnimationFrame(next);
        return;
      }
      if (drawn < slides.length) {
        startTransition(() => setDrawn(drawn + 1));
        return;
      }
      document.body.classList.add('printing-deck');
      const finish = () => {
        document.body.classList.remove('printing-deck');
        window.removeEventListener('afterprint', finish);
        onDone();
      };
      window.addEventListener('afterprint', finish);
      window.print();
    };
    frame = requestAnimationFrame(next);
    return () => cancelAnimationFrame(frame);
  }, [drawn, slides.length, onDone]);

  return (
    <>
      <p role="status" className="hint">
        {t('print.preparing', { number: drawn, total: slides.length })}
      </p>
      {createPortal(
        <div
          className={`print-deck page-${page}${layout.handout ? ' handout' : ''}`}
          ref={container}
          aria-hidden="true"
          data-drawn={drawn}
        >
          {slides.slice(0, drawn).map((slide, position) => (
            <PrintPage
              key={slide.id}
              slide={slide}
              position={position}
              count={slides.length}
              language={language}
              size={size}
              handout={layout.handout}
            />
          ))}
        </div>,
        document.body,
      )}
    </>
  );
}

/**
 * One printed page: the slide and, on a handout, its notes. Memoised, so that drawing the next
 * slide does not draw again every slide before it.
 */
const PrintPage = memo(function PrintPage({
  slide,
  position,
  count,
  language,
  size,
  handout,
}: {
  slide: Slide;
  position: number;
  count: number;
  language: Language;
  size: { width: number; height: number };
  handout: boolean;
}) {
  const { t } = useTranslation();
  const { notes } = slideText(slide, language, t);
  return (
    <section className="print-page">
      <SeededSlide
        slide={slide}
        position={position}
        count={count}
        language={language}
        size={size}
      />
      {handout ? (
        <div className="print-notes">
          <h2>{t('deck.speakerNotes')}</h2>
          {notes.marked ? <p className="notes-mark">{notes.marked}</p> : null}
          <p>{notes.text || t('deck.noNotes')}</p>
        </div>
      ) : null}
    </section>
  );
});
