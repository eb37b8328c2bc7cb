export const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT =
  "system-ui, -apple-system, 'Segoe UI', 'Hiragino Sans', 'Noto Sans CJK JP', sans-serif";
const PADDING = 16;
const LEGEND_FONT = 13;
const SWATCH = { width: 18, height: 12, gap: 6, between: 18 };

/** How a key's mark is painted, named as React names SVG attributes (`strokeWidth`). */
interface KeyPaint {
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  strokeWidth?: number;
  strokeDasharray?: string;
}

/** One mark of a key, in the key's own box (`SWATCH`, 18 × 12): a chart's mark drawn small. */
export type KeyShape =
  | ({ tag: 'rect'; x: number; y: number; width: number; height: number; rx?: number } & KeyPaint)
  | ({ tag: 'circle'; cx: number; cy: number; r: number } & KeyPaint)
  | ({ tag: 'line'; x1: number; y1: number; x2: number; y2: number } & KeyPaint)
  | ({ tag: 'path'; d: string } & KeyPaint);

/**
 * A legend's key: a box filled as the chart fills what it stands for, a line drawn as the chart's,
 * or the chart's own marks in small (a network's circles, widths and arrows).
 */
export type LegendSwatch =
  | { kind: 'box'; fill: string }
  | { kind: 'line'; stroke: string; width: number; dash?: string }
  | { kind: 'shapes'; shapes: KeyShape[] };

/** The marks a key is drawn with, on screen (LegendSample) and in the exported picture alike. */
export function keyShapes(swatch: LegendSwatch): KeyShape[] {
  if (swatch.kind === 'shapes') return swatch.shapes;
  const { width, height } = SWATCH;
  if (swatch.kind === 'box')
    return [{ tag: 'rect', x: 0, y: 0, width, height, fill: swatch.fill, stroke: '#999999' }];
  return [
    {
      tag: 'line',
      x1: 0,
      y1: height / 2,
      x2: width,
      y2: height / 2,
      stroke: swatch.stroke,
      strokeWidth: swatch.width,
      strokeDasharray: swatch.dash,
    },
  ];
}

export interface LegendEntry {
  swatch: LegendSwatch;
  label: string;
}

export interface FigureText {
  title: string;
  subtitle?: string;
  /** The chart's key, drawn under it; the legend on screen is HTML and not part of the chart. */
  legend?: LegendEntry[];
  /** Source line, notes and the data year: everything a reader needs to trust the picture. */
  footer: string[];
}

/** Rough width of a text in em: wide (CJK) characters take a full em, others about half. */
function emWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 1 : 0.56;
  return width;
}

/** About how wide a text is drawn, in pixels, without a canvas to measure it (CJK full width). */
export function estimatedTextWidth(text: string, fontSize: number): number {
  return emWidth(text) * fontSize;
}

/**
 * Breaks a text into lines that fit a width, at spaces where there are any; a word wider than the
 * line (a long address) is broken between characters, so nothing is ever cut at the edge.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => emWidth(candidate) * fontSize <= maxWidth;
  const pieces = text
    .split(/(?<=\s)|(?=[\u3000-\u9fff])/)
    .flatMap((word) => (fits(word.trimEnd()) ? [word] : [...word]));
  for (const piece of pieces) {
    if (fits((line + piece).trimEnd()) || line === '') line += piece;
    else {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    }
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

/** A figure is laid out at least this wide, so its PNG at 2× is at least 1,600 pixels. */
export const MIN_FIGURE_WIDTH = 800;
export const PNG_DENSITY = 2;

/** `natural`: the chart's own proportions; `16:9`: a slide-shaped picture with the chart fitted. */
export type FigureShape = 'natural' | '16:9';

/** The chart on screen: an SVG, or a canvas (a large network) drawn into the picture as an image. */
export type FigureSource = SVGSVGElement | HTMLCanvasElement;

function sourceSize(chart: FigureSource): { width: number; height: number } {
  const box = chart.getBoundingClientRect();
  if (chart instanceof HTMLCanvasElement)
    return { width: box.width || chart.width, height: box.height || chart.height };
  return {
    width: Number(chart.getAttribute('width')) || box.width || 640,
    height: Number(chart.getAttribute('height')) || box.height || 320,
  };
}

/**
 * A standalone SVG of a chart with its title, subtitle and footer (source, notes, year) around it,
 * as text, so the picture carries its provenance wherever it is pasted. The chart is scaled (as a
 * vector) to fill a figure at least `MIN_FIGURE_WIDTH` wide; in the 16:9 shape it is fitted between
 * the title and the footer.
 */
export function composeFigureSvg(
  chart: FigureSource,
  text: FigureText,
  shape: FigureShape = 'natural',
): { svg: string; width: number; height: number } {
  const natural = sourceSize(chart);
  const width = Math.max(MIN_FIGURE_WIDTH, Math.ceil(natural.width) + PADDING * 2);
  const textWidth = width - PADDING * 2;
  const lines: { text: string; size: number; weight: number; color: string }[] = [];
  for (const line of wrapText(text.title, textWidth, 22))
    lines.push({ text: line, size: 22, weight: 700, color: '#1a1a1a' });
  for (const line of text.subtitle ? wrapText(text.subtitle, textWidth, 15) : [])
    lines.push({ text: line, size: 15, weight: 400, color: '#4a4a4a' });
  const footer = text.footer.flatMap((entry) => wrapText(entry, textWidth, 12));
  const legendRows = legendLayout(text.legend ?? [], textWidth);

  const headerHeight = lines.reduce((total, line) => total + line.size * 1.4, PADDING);
  const legendHeight = legendRows.length * LEGEND_FONT * 1.6;
  const footerHeight = PADDING + legendHeight + footer.length * 12 * 1.45 + PADDING;
  let scale = textWidth / natural.width;
  let height = headerHeight + natural.height * scale + footerHeight;
  if (shape === '16:9') {
    height = Math.round((width * 9) / 16);
    const room = height - headerHeight - footerHeight;
    // A footer too long for the shape makes the picture taller rather than the chart vanish.
    if (room < natural.height * 0.25) height = headerHeight + natural.height * 0.25 + footerHeight;
    scale = Math.min(scale, Math.max(room, natural.height * 0.25) / natural.height);
  }
  height = Math.ceil(height);
  const chartWidth = natural.width * scale;
  const top = headerHeight + (height - headerHeight - footerHeight - natural.height * scale) / 2;

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', FONT);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  root.append(background);

  let y = PADDING;
  const addText = (content: string, size: number, weight: number, color: string) => {
    y += size * 1.2;
    const node = document.createElementNS(SVG_NS, 'text');
    node.setAttribute('x', String(PADDING));
    node.setAttribute('y', y.toFixed(1));
    node.setAttribute('font-size', String(size));
    node.setAttribute('font-weight', String(weight));
    node.setAttribute('fill', color);
    node.textContent = content;
    root.append(node);
    y += size * 0.2;
  };
  for (const line of lines) addText(line.text, line.size, line.weight, line.color);

  const chartGroup = document.createElementNS(SVG_NS, 'g');
  const left = PADDING + (textWidth - chartWidth) / 2;
  chartGroup.setAttribute(
    'transform',
    `translate(${left.toFixed(1)},${top.toFixed(1)}) scale(${scale.toFixed(4)})`,
  );
  if (chart instanceof HTMLCanvasElement) {
    const image = document.createElementNS(SVG_NS, 'image');
    image.setAttribute('width', String(natural.width));
    image.setAttribute('height', String(natural.height));
    image.setAttribute('href', chart.toDataURL('image/png'));
    chartGroup.append(image);
  } else {
    const copy = chart.cloneNode(true) as SVGSVGElement;
    copy.removeAttribute('style');
    copy.setAttribute('width', String(natural.width));
    copy.setAttribute('height', String(natural.height));
    chartGroup.append(copy);
  }
  root.append(chartGroup);

  y = height - footerHeight + PADDING;
  for (const row of legendRows) {
    const rowTop = y;
    for (const item of row) {
      root.append(swatchElement(item.entry.swatch, PADDING + item.x, rowTop + 2));
      const label = document.createElementNS(SVG_NS, 'text');
      label.setAttribute('x', String(PADDING + item.x + SWATCH.width + SWATCH.gap));
      label.setAttribute('y', (rowTop + LEGEND_FONT).toFixed(1));
      label.setAttribute('font-size', String(LEGEND_FONT));
      label.setAttribute('fill', '#1a1a1a');
      label.textContent = item.entry.label;
      root.append(label);
    }
    y += LEGEND_FONT * 1.6;
  }
  for (const line of footer) addText(line, 12, 400, '#4a4a4a');
  return { svg: serializeSvg(root), width, height };
}

/**
 * Legend entries in rows that fit the width, each entry's swatch and label kept together; an entry
 * wider than the row gets a row of its own (its label is never cut, the picture is as wide as the
 * text area and the label runs on).
 */
export function legendLayout(
  entries: readonly LegendEntry[],
  width: number,
): { entry: LegendEntry; x: number }[][] {
  const rows: { entry: LegendEntry; x: number }[][] = [];
  let row: { entry: LegendEntry; x: number }[] = [];
  let x = 0;
  for (const entry of entries) {
    const entryWidth =
      SWATCH.width + SWATCH.gap + estimatedTextWidth(entry.label, LEGEND_FONT) + SWATCH.between;
    if (row.length > 0 && x + entryWidth - SWATCH.between > width) {
      rows.push(row);
      row = [];
      x = 0;
    }
    row.push({ entry, x });
    x += entryWidth;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** A key's marks as SVG, placed at (x, y) in the picture. */
function swatchElement(swatch: LegendSwatch, x: number, y: number): SVGElement {
  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute('transform', `translate(${x},${y.toFixed(1)})`);
  for (const { tag, ...attributes } of keyShapes(swatch)) {
    const mark = document.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attributes))
      if (value !== undefined)
        mark.setAttribute(
          name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`),
          String(value),
        );
    group.append(mark);
  }
  return group;
}

/**
 * Characters XML cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF) and the C1
 * controls: a name from a user's file may carry them, and one NUL makes the SVG unreadable and the
 * PNG drawn from it empty. The serializer writes them as they are, so they are taken out after.
 */
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text of a standalone SVG, without the characters XML cannot hold. */
export function serializeSvg(root: SVGSVGElement): string {
  return new XMLSerializer().serializeToString(root).replace(NOT_IN_XML, '');
}

/** Draws an SVG on a canvas at `scale` times its size and returns the PNG. */
export function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = PNG_DENSITY,
): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext('2d');
      if (!context) {
        URL.revokeObjectURL(url);
        reject(new Error('No 2D canvas'));
        return;
      }
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made'))),
        'image/png',
      );
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('The SVG could not be drawn'));
    };
    image.src = url;
  });
}
