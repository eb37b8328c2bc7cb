import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv, type CsvCell } from '../lib/csv';
import { downloadBlob } from '../lib/download';
import { composeFigureSvg, svgToPng, type FigureText } from '../lib/figure-export';
import { useSlideFrame } from './slide-frame';

interface ExportButtonsProps {
  /** Holds the chart's SVG; without it only the CSV is offered. */
  figure?: RefObject<HTMLElement | null>;
  text: FigureText;
  csv: () => CsvCell[][];
  /** File name without extension, e.g. `gallium-refining-2023-shares`. */
  fileStem: string;
}

/** PNG (2×), SVG and CSV of exactly what a panel shows, each carrying its title and sources. */
export function ExportButtons({ figure, text, csv, fileStem }: ExportButtonsProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<{ format: string; message: string } | null>(null);
  const onSlide = useSlideFrame() !== null;
  /** Runs an export; one that fails says so instead of leaving the reader with nothing. */
  const attempt = async (format: string, run: () => void | Promise<void>) => {
    setFailure(null);
    try {
      await run();
    } catch (error) {
      setFailure({ format, message: error instanceof Error ? error.message : String(error) });
    }
  };
  const chart = () =>
    figure?.current?.querySelector<SVGSVGElement>('svg.recharts-surface, svg[data-export]') ?? null;
  const exportSvg = () => {
    const svg = chart();
    if (!svg) return;
    downloadBlob(
      new Blob([composeFigureSvg(svg, text).svg], { type: 'image/svg+xml' }),
      `${fileStem}.svg`,
    );
  };
  const exportPng = async () => {
    const svg = chart();
    if (!svg) return;
    const composed = composeFigureSvg(svg, text);
    downloadBlob(await svgToPng(composed.svg, composed.width, composed.height), `${fileStem}.png`);
  };
  // Nothing is downloaded from a projected or printed slide.
  if (onSlide) return null;
  return (
    <div
      className="export-buttons"
      role="group"
      aria-label={t('export.label', { title: text.title })}
    >
      {figure ? (
        <>
          <button type="button" onClick={() => void attempt('PNG', exportPng)}>
            PNG
          </button>
          <button type="button" onClick={() => void attempt('SVG', exportSvg)}>
            SVG
          </button>
        </>
      ) : null}
      <button
        type="button"
        onClick={() =>
          void attempt('CSV', () =>
            downloadBlob(
              new Blob([toCsv(csv())], { type: 'text/csv;charset=utf-8' }),
              `${fileStem}.csv`,
            ),
          )
        }
      >
        CSV
      </button>
      {failure ? (
        <p role="alert" className="notice-inline">
          {t('export.failed', failure)}
        </p>
      ) : null}
    </div>
  );
}
