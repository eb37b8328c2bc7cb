const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT =
  "system-ui, -apple-system, 'Segoe UI', 'Hiragino Sans', 'Noto Sans CJK JP', sans-serif";
const PADDING = 16;

export interface FigureText {
  title: string;
  subtitle?: string;
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

/** Breaks a text into lines that fit a width, at spaces where there are any. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => emWidth(candidate) * fontSize <= maxWidth;
  for (const word of text.split(/(?<=\s)|(?=[\u3000-\u9fff])/)) {
    if (fits(line + word) || line === '') line += word;
    else {
      lines.push(line.trimEnd());
      line = word.trimStart();
    }
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

/**
 * A standalone SVG of a chart with its title, subtitle and footer (source, notes, year) around it,
 * as text, so the picture carries its provenance wherever it is pasted.
 */
export function composeFigureSvg(
  chart: SVGSVGElement,
  text: FigureText,
): { svg: string; width: number; height: number } {
  const chartWidth =
    Number(chart.getAttribute('width')) || chart.getBoundingClientRect().width || 640;
  const chartHeight =
    Number(chart.getAttribute('height')) || chart.getBoundingClientRect().height || 320;
  const width = chartWidth + PADDING * 2;
  const lines: { text: string; size: number; weight: number; color: string }[] = [];
  for (const line of wrapText(text.title, chartWidth, 18))
    lines.push({ text: line, size: 18, weight: 700, color: '#1a1a1a' });
  for (const line of text.subtitle ? wrapText(text.subtitle, chartWidth, 13) : [])
    lines.push({ text: line, size: 13, weight: 400, color: '#4a4a4a' });
  const footer = text.footer.flatMap((entry) => wrapText(entry, chartWidth, 11));

  const root = document.createElementNS(SVG_NS, 'svg');
  const headerHeight = lines.reduce((total, line) => total + line.size * 1.4, PADDING);
  const height = headerHeight + chartHeight + PADDING + footer.length * 11 * 1.45 + PADDING;
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(Math.ceil(height)));
  root.setAttribute('viewBox', `0 0 ${width} ${Math.ceil(height)}`);
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
  chartGroup.setAttribute('transform', `translate(${PADDING},${headerHeight.toFixed(1)})`);
  const copy = chart.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('style');
  copy.setAttribute('width', String(chartWidth));
  copy.setAttribute('height', String(chartHeight));
  chartGroup.append(copy);
  root.append(chartGroup);

  y = headerHeight + chartHeight + PADDING;
  for (const line of footer) addText(line, 11, 400, '#4a4a4a');
  const svg = new XMLSerializer().serializeToString(root).replace(NOT_IN_XML, '');
  return { svg, width, height: Math.ceil(height) };
}

/**
 * Characters XML cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF) and the C1
 * controls: a name from a user's file may carry them, and one NUL makes the SVG unreadable and the
 * PNG drawn from it empty. The serializer writes them as they are, so they are taken out after.
 */
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Draws an SVG on a canvas at `scale` times its size and returns the PNG. */
export function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
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
