import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Slide } from '../../domain/deck-schema';
import { isLanguage } from '../../domain/language';
import { slideText } from './slide-text';

/**
 * The speaker notes in a window of their own, for a second screen: the slide's title, its notes
 * and what comes next, following the presentation as it moves. The window is drawn by this page
 * (a portal into it), so it needs no script of its own; its keys are handed to `onKey`.
 */
export function NotesWindow({
  popup,
  slides,
  index,
  onKey,
}: {
  popup: Window;
  slides: Slide[];
  index: number;
  onKey: (event: KeyboardEvent) => void;
}) {
  const { t, i18n } = useTranslation();

  useEffect(() => {
    popup.addEventListener('keydown', onKey);
    return () => popup.removeEventListener('keydown', onKey);
  }, [popup, onKey]);

  const slide = slides[index];
  const next = slides[index + 1];
  if (!slide) return null;
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const titleOf = (item: Slide, position: number) =>
    slideText(item, language, t).title || t('deck.untitled', { number: position + 1 });
  const { notes } = slideText(slide, language, t);
  return createPortal(
    <main className="notes-window-content" lang={i18n.language}>
      <p className="counter" aria-live="polite">
        {t('deck.counter', { number: index + 1, count: slides.length })}
      </p>
      <h1>{titleOf(slide, index)}</h1>
      <section aria-label={t('deck.speakerNotes')}>
        {notes.marked ? <p className="notes-mark">{notes.marked}</p> : null}
        <p className="notes-text">{notes.text || t('deck.noNotes')}</p>
      </section>
      <p className="notes-next">
        {next ? t('deck.nextSlide', { title: titleOf(next, index + 1) }) : t('deck.lastSlide')}
      </p>
      <p className="presenter-help">{t('deck.keys')}</p>
    </main>,
    popup.document.body,
  );
}

/**
 * Readies a window just opened for the notes: the page's style sheets and a title. A window kept
 * from an earlier presentation is emptied first.
 */
export function prepareNotesWindow(popup: Window, title: string): void {
  const { document: notes } = popup;
  notes.head.replaceChildren();
  notes.body.replaceChildren();
  for (const sheet of document.querySelectorAll('link[rel=stylesheet]')) {
    notes.head.append(notes.importNode(sheet, true));
  }
  notes.title = title;
  notes.body.className = 'notes-window';
}
