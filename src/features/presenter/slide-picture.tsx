import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Slide } from '../../domain/deck-schema';
import { downloadBlob } from '../../lib/download';
import { PNG_DENSITY, svgToPng } from '../../lib/figure-export';
import { useAppState } from '../../store/store-context';
import { SeededSlide, slideSettled } from './slide-composition';

type PictureFormat = 'PNG' | 'SVG';

/** The stage a slide picture is laid out on: 1920 × 1080 pixels at 2×, type as on a 540 px screen. */
const PICTURE_STAGE = { width: 960, height: 540 } as const;
/** How long a slide may take to load its data and draw before its export is given up. */
const DRAW_TIMEOUT_MS = 20_000;
/** Frames the slide must stay settled, so charts sized by a resize observer have drawn at their size. */
const CALM_FRAMES = 3;

/**
 * Buttons that export a saved slide as a picture: the slide is drawn apart from the screen, as print
 * draws it (its own store, the reader's language, a 16:9 stage), and turned into an SVG and a PNG by
 * the figure exporter (src/lib/slide-picture.ts, src/lib/figure-export.ts). A failed export says so.
 */
export function SlidePictureButtons({
  slide,
  position,
  count,
  formats,
  label,
  compact = false,
}: {
  slide: Slide;
  position: number;
  count: number;
  formats: PictureFormat[];
  label: (format: PictureFormat) => string;
  /** Shows only the format, the label being the button's name: for the presenter's one-line bar. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const language = useAppState((state) => state.language);
  const [pending, setPending] = useState<PictureFormat | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const holder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!pending) return;
    let frame = 0;
    let calm = 0;
    let cancelled = false;
    const started = performance.now();
    const fail = (message: string) => setFailure(t('export.failed', { format: pending, message }));
    const save = async (stage: HTMLElement) => {
      // The slide walker is fetched on the first export: the presenter's bar is on the first screen.
      const [{ slideSvg }] = await Promise.all([
        import('../../lib/slide-picture'),
        document.fonts.ready,
      ]);
      const picture = slideSvg(stage);
      const blob =
        pending === 'PNG'
          ? await svgToPng(picture.svg, picture.width, picture.height, PNG_DENSITY)
          : new Blob([picture.svg], { type: 'image/svg+xml' });
      if (!cancelled)
        downloadBlob(blob, `lodestone-slide-${position + 1}.${pending.toLowerCase()}`);
    };
    const check = () => {
      const stage = holder.current?.querySelector<HTMLElement>('.slide-stage');
      calm = stage && slideSettled(stage) ? calm + 1 : 0;
      if (stage && calm >= CALM_FRAMES) {
        save(stage)
          .catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
          .finally(() => setPending(null));
      } else if (performance.now() - started > DRAW_TIMEOUT_MS) {
        fail(t('export.slideNotDrawn'));
        setPending(null);
      } else frame = requestAnimationFrame(check);
    };
    frame = requestAnimationFrame(check);
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
    };
  }, [pending, position, t]);

  return (
    <>
      {formats.map((format) => (
        <button
          key={format}
          type="button"
          disabled={pending !== null}
          aria-label={compact ? label(format) : undefined}
          onClick={() => {
            setFailure(null);
            setPending(format);
          }}
        >
          {compact ? format : label(format)}
        </button>
      ))}
      <span role="status" className="hint">
        {pending ? t('deck.slidePictureWorking', { number: position + 1 }) : ''}
      </span>
      {failure ? (
        <p role="alert" className="notice-inline">
          {failure}
        </p>
      ) : null}
      {pending
        ? createPortal(
            <div className="slide-picture-stage" ref={holder} aria-hidden="true" inert>
              <SeededSlide
                slide={slide}
                position={position}
                count={count}
                language={language}
                size={PICTURE_STAGE}
              />
            </div>,
            document.body,
          )
        : null}
    </>
  );
}
