import { useEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useViewRenderer } from '../../components/view-renderer';
import { useModelIndex } from '../../data/model-context';
import type { Slide } from '../../domain/deck-schema';
import { createAppStore } from '../../store/app-store';
import { AppStoreContext } from '../../store/store-context';

const SETTLE_TIMEOUT_MS = 5000;
/** The printable area of a landscape A4 or Letter page at 10 mm margins, in CSS pixels. */
const PAGE_WIDTH_PX = 1040;
const PAGE_HEIGHT_PX = 700;

/**
 * Every slide at once, each with its own store seeded from its link, laid out for the printer one
 * slide a page; the browser's "save as PDF" makes the handout. Printing starts once every view
 * has loaded and drawn.
 */
export function PrintDeck({ slides, onDone }: { slides: Slide[]; onDone: () => void }) {
  const { t } = useTranslation();
  const { model } = useModelIndex();
  const renderView = useViewRenderer();
  const container = useRef<HTMLDivElement>(null);
  const stores = useMemo(
    () =>
      slides.map((slide) => {
        const store = createAppStore(slide.link, { keepDeck: false });
        store.getState().reconcile(model);
        return store;
      }),
    [slides, model],
  );

  useEffect(() => {
    const started = Date.now();
    let frame = 0;
    const settled = () => {
      const root = container.current;
      return root !== null && root.querySelector('.loading, .chart-placeholder') === null;
    };
    const waitThenPrint = () => {
      if (!settled() && Date.now() - started < SETTLE_TIMEOUT_MS) {
        frame = requestAnimationFrame(waitThenPrint);
        return;
      }
      // Each slide is scaled down to fit its page, so that one slide prints on one page.
      for (const slide of container.current?.querySelectorAll<HTMLElement>('.print-slide') ?? []) {
        const scale = Math.min(
          1,
          PAGE_WIDTH_PX / slide.scrollWidth,
          PAGE_HEIGHT_PX / slide.scrollHeight,
        );
        slide.style.zoom = String(scale);
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
    frame = requestAnimationFrame(waitThenPrint);
    return () => cancelAnimationFrame(frame);
  }, [onDone]);

  return createPortal(
    <div className="print-deck" ref={container} aria-hidden="true">
      {slides.map((slide, position) => (
        <section key={slide.id} className="print-slide">
          <h1>{slide.title || t('deck.untitled', { number: position + 1 })}</h1>
          <AppStoreContext.Provider value={stores[position]!}>
            {renderView(stores[position]!.getState().view)}
          </AppStoreContext.Provider>
          <p className="print-slide-footer">
            {t('deck.counter', { number: position + 1, count: slides.length })}
          </p>
        </section>
      ))}
    </div>,
    document.body,
  );
}
