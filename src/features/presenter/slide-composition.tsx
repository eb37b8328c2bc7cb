import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SlideStage } from '../../components/slide-frame';
import { useSlideRenderer } from '../../components/slide-renderer';
import { useModelIndex } from '../../data/model-context';
import type { Slide } from '../../domain/deck-schema';
import type { Language } from '../../domain/language';
import { createAppStore } from '../../store/app-store';
import { AppStoreContext } from '../../store/store-context';
import { slideText } from './slide-text';

/**
 * A slide as projected, printed and exported: its title over the view's slide figure, on a 16:9
 * stage, with a line at the foot (the slide's number).
 */
export function SlideComposition({
  size,
  title,
  footer,
  children,
}: {
  size: { width: number; height: number } | 'fit';
  title: string;
  footer: string;
  children: ReactNode;
}) {
  return (
    <SlideStage size={size} label={title}>
      <h1 className="slide-title">{title}</h1>
      <div className="slide-body">{children}</div>
      <p className="slide-footer">{footer}</p>
    </SlideStage>
  );
}

/**
 * A saved slide drawn apart from the screen (printed, or exported as a picture): with its own store
 * seeded from its link in the reader's language, at a given size.
 */
export function SeededSlide({
  slide,
  position,
  count,
  language,
  size,
}: {
  slide: Slide;
  position: number;
  count: number;
  language: Language;
  size: { width: number; height: number };
}) {
  const { t } = useTranslation();
  const { model } = useModelIndex();
  const renderSlide = useSlideRenderer();
  const store = useMemo(() => {
    const seeded = createAppStore(slide.link, { keepDeck: false });
    seeded.setState({ language });
    seeded.getState().reconcile(model);
    return seeded;
  }, [slide.link, language, model]);
  const { title } = slideText(slide, language, t);
  return (
    <AppStoreContext.Provider value={store}>
      <SlideComposition
        size={size}
        title={title || t('deck.untitled', { number: position + 1 })}
        footer={t('slide.pageNumber', { number: position + 1, count })}
      >
        {renderSlide(store.getState().view)}
      </SlideComposition>
    </AppStoreContext.Provider>
  );
}

/** Whether everything in an element has loaded and drawn: no loading line, no chart waiting its turn. */
export function slideSettled(element: Element | null | undefined): boolean {
  return !!element && element.querySelector('.loading, .chart-placeholder') === null;
}
