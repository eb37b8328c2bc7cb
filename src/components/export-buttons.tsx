import { useContext, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ModelContext } from '../data/model-context';
import { isLanguage } from '../domain/language';
import { toCsv, type CsvCell } from '../lib/csv';
import { downloadBlob } from '../lib/download';
import {
  composeFigureSvg,
  svgToPng,
  type FigureShape,
  type FigureSource,
  type FigureText,
} from '../lib/figure-export';
import { formatDate } from '../lib/format';
import { localized } from './localized';
import { useSlideFrame } from './slide-frame';

interface ExportButtonsProps {
  /** Holds the chart (an SVG, or a canvas); without it only the CSV is offered. */
  figure?: RefObject<HTMLElement | null>;
  text: FigureText;
  csv: () => CsvCell[][];
  /** File name without extension, naming mineral, stage, measure and year: `gallium-refining-2023-shares`. */
  fileStem: string;
}

/**
 * The chart inside a figure: the element marked `data-export`, or else the largest recharts surface
 * (a recharts legend draws each of its icons as a small surface of its own).
 */
export function chartIn(figure: HTMLElement | null | undefined): FigureSource | null {
  if (!figure) return null;
  const marked = figure.querySelector<SVGSVGElement | HTMLCanvasElement>(
    'svg[data-export], canvas[data-export]',
  );
  if (marked) return marked;
  const area = (svg: SVGSVGElement) => {
    const box = svg.getBoundingClientRect();
    const width = box.width || Number(svg.getAttribute('width'));
    const height = box.height || Number(svg.getAttribute('height'));
    return width * height;
  };
  const surfaces = [...figure.querySelectorAll<SVGSVGElement>('svg.recharts-surface')];
  return surfaces.sort((a, b) => area(b) - area(a))[0] ?? null;
}

/**
 * PNG (2×, at least 1,600 px wide; natural or 16:9), SVG, a copy to the clipboard and the CSV of
 * exactly what a panel shows, each picture carrying its title, sources, data edition and date.
 */
export function ExportButtons({ figure, text, csv, fileStem }: ExportButtonsProps) {
  const { t, i18n } = useTranslation();
  const model = useContext(ModelContext)?.index.model;
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const [failure, setFailure] = useState<{ format: string; message: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const onSlide = useSlideFrame() !== null;
  /** Runs an export; one that fails says so instead of leaving the reader with nothing. */
  const attempt = async (format: string, run: () => void | Promise<void>) => {
    setFailure(null);
    setCopied(false);
    try {
      await run();
    } catch (error) {
      setFailure({ format, message: error instanceof Error ? error.message : String(error) });
    }
  };
  const today = new Date().toISOString().slice(0, 10);
  const stamped: FigureText = {
    ...text,
    footer: [
      ...text.footer,
      model
        ? t('figureExport.stamp', {
            edition: localized(model.edition.label, language),
            editionDate: formatDate(model.edition.date, language),
            date: formatDate(today, language),
          })
        : t('figureExport.date', { date: formatDate(today, language) }),
    ],
  };
  const compose = (shape: FigureShape) => {
    const chart = chartIn(figure?.current);
    if (!chart) throw new Error(t('figureExport.noChart'));
    return composeFigureSvg(chart, stamped, shape);
  };
  const png = (shape: FigureShape) => {
    const composed = compose(shape);
    return svgToPng(composed.svg, composed.width, composed.height);
  };
  const copyImage = async () => {
    if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write)
      throw new Error(t('figureExport.noClipboard'));
    // The item is given the PNG as a promise, so the copy stays inside the click's permission.
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png('natural') })]);
    setCopied(true);
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
          <button
            type="button"
            onClick={() =>
              void attempt('PNG', async () => downloadBlob(await png('natural'), `${fileStem}.png`))
            }
          >
            PNG
          </button>
          <button
            type="button"
            aria-label={t('figureExport.slidePng')}
            onClick={() =>
              void attempt('PNG', async () =>
                downloadBlob(await png('16:9'), `${fileStem}-16x9.png`),
              )
            }
          >
            PNG 16:9
          </button>
          <button
            type="button"
            onClick={() =>
              void attempt('SVG', () =>
                downloadBlob(
                  new Blob([compose('natural').svg], { type: 'image/svg+xml' }),
                  `${fileStem}.svg`,
                ),
              )
            }
          >
            SVG
          </button>
          <button type="button" onClick={() => void attempt('PNG', copyImage)}>
            {t('figureExport.copy')}
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
      <span role="status" className="hint">
        {copied ? t('figureExport.copied') : ''}
      </span>
      {failure ? (
        <p role="alert" className="notice-inline">
          {t('export.failed', failure)}
        </p>
      ) : null}
    </div>
  );
}
