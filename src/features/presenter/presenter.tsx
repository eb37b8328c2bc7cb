import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../../store/store-context';
import { useSlideRenderer } from '../../components/slide-renderer';
import { NotesWindow, prepareNotesWindow } from './notes-window';
import { SlideComposition } from './slide-composition';
import { SlidePictureButtons } from './slide-picture';
import { slideText } from './slide-text';

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown', ' ']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp']);

/**
 * Full-screen presentation of the deck: large type, one slide at a time, driven from the keyboard.
 * It takes the whole page, as a modal dialog named "Presentation" that has focus when it opens, with
 * landmarks of its own: the bar (banner), the slide (main) and the speaker notes (complementary).
 * `languageSwitch` is the header's English | 日本語, handed in by the app (one component, kept in the
 * first screen's script rather than split into a chunk of its own for two importers), and `notice`
 * what the app has to say about the slide's link, shown inside the dialog so that it is not hidden.
 */
export function Presenter({
  languageSwitch,
  notice,
}: {
  languageSwitch: ReactNode;
  notice?: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const renderSlide = useSlideRenderer();
  const { slides, presenting, view } = useAppState((s) => ({
    slides: s.slides,
    presenting: s.presenting,
    view: s.view,
  }));
  const { goToSlide, toggleNotes, stopPresenting } = useAppState((s) => ({
    goToSlide: s.goToSlide,
    toggleNotes: s.toggleNotes,
    stopPresenting: s.stopPresenting,
  }));
  const index = presenting?.index ?? 0;
  const slide = slides[index];
  const last = slides.length - 1;

  const onKey = useCallback(
    (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      // Keys typed into a control inside a slide (a slider, a list) stay with that control.
      if (target?.closest?.('input, select, textarea')) return;
      // Esc closes the keys' list when it is open, and ends the presentation only after that.
      const keys = target?.closest?.('details');
      if (event.key === 'Escape' && keys?.open) keys.open = false;
      else if (NEXT_KEYS.has(event.key)) goToSlide(Math.min(index + 1, last));
      else if (PREVIOUS_KEYS.has(event.key)) goToSlide(Math.max(index - 1, 0));
      else if (event.key === 'Home') goToSlide(0);
      else if (event.key === 'End') goToSlide(last);
      else if (event.key === 'Escape') stopPresenting();
      else if (event.key === 'n' || event.key === 'N') toggleNotes();
      else return;
      event.preventDefault();
    },
    [index, last, goToSlide, stopPresenting, toggleNotes],
  );
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onKey]);

  const [notesWindow, setNotesWindow] = useState<Window | null>(null);
  const [notesWindowBlocked, setNotesWindowBlocked] = useState(false);
  const toggleNotesWindow = () => {
    if (notesWindow) {
      notesWindow.close();
      setNotesWindow(null);
      return;
    }
    const opened = window.open('', 'lodestone-speaker-notes', 'popup,width=720,height=540');
    if (opened) prepareNotesWindow(opened, t('deck.speakerNotes'));
    setNotesWindowBlocked(opened === null);
    setNotesWindow(opened);
  };
  // The notes window closes with the presentation, and is forgotten when its reader closes it.
  useEffect(() => {
    if (!notesWindow) return;
    const forget = () => setNotesWindow(null);
    notesWindow.addEventListener('pagehide', forget);
    return () => {
      notesWindow.removeEventListener('pagehide', forget);
      notesWindow.close();
    };
  }, [notesWindow]);

  // Focus moves into the dialog as it opens (its name is read), and the keys work from there.
  const focusOnOpen = useCallback((dialog: HTMLDivElement | null) => dialog?.focus(), []);

  useEffect(
    () => () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    },
    [],
  );

  if (!slide || !presenting) return null;
  const text = slideText(slide, language, t);
  const title = text.title || t('deck.untitled', { number: index + 1 });
  const counter = t('deck.counter', { number: index + 1, count: slides.length });
  return (
    <div
      ref={focusOnOpen}
      className="presenter"
      role="dialog"
      aria-modal="true"
      aria-label={t('deck.presenting')}
      tabIndex={-1}
    >
      {notice}
      <header className="presenter-bar">
        <p className="counter" aria-live="polite">
          {counter}
        </p>
        <div className="toolbar">
          <button
            type="button"
            onClick={() => goToSlide(Math.max(index - 1, 0))}
            disabled={index === 0}
          >
            {t('deck.previous')}
          </button>
          <button
            type="button"
            onClick={() => goToSlide(Math.min(index + 1, last))}
            disabled={index === last}
          >
            {t('deck.next')}
          </button>
          <button type="button" aria-pressed={presenting.showNotes} onClick={toggleNotes}>
            {t('deck.speakerNotes')}
          </button>
          <button type="button" aria-pressed={notesWindow !== null} onClick={toggleNotesWindow}>
            {t('deck.notesWindow')}
          </button>
          <SlidePictureButtons
            slide={slide}
            position={index}
            count={slides.length}
            formats={['PNG']}
            label={(format) => t('deck.exportSlide', { format })}
            compact
          />
          <button type="button" onClick={stopPresenting}>
            {t('deck.exit')}
          </button>
        </div>
        {/* The keys under a disclosure, not on the bar: the bar stays one line with the language. */}
        <details className="presenter-keys">
          <summary>{t('presenterBar.keys')}</summary>
          <p className="presenter-help">{t('deck.keys')}</p>
        </details>
        {languageSwitch}
      </header>
      <div className={presenting.showNotes ? 'presenter-body with-notes' : 'presenter-body'}>
        <main className="presenter-slide">
          <SlideComposition
            size="fit"
            title={title}
            footer={t('slide.pageNumber', { number: index + 1, count: slides.length })}
          >
            {renderSlide(view)}
          </SlideComposition>
        </main>
        {presenting.showNotes ? (
          <aside className="speaker-notes" aria-label={t('deck.speakerNotes')}>
            {text.notes.marked ? <p className="notes-mark">{text.notes.marked}</p> : null}
            <p>{text.notes.text || t('deck.noNotes')}</p>
          </aside>
        ) : null}
      </div>
      {notesWindowBlocked ? (
        <p role="alert" className="notice-inline">
          {t('deck.notesWindowBlocked')}
        </p>
      ) : null}
      {notesWindow ? (
        <NotesWindow popup={notesWindow} slides={slides} index={index} onKey={onKey} />
      ) : null}
    </div>
  );
}
