import { SVG_NS, serializeSvg } from './figure-export';

/**
 * A composed slide as a standalone SVG, drawn from the page as laid out: each text node becomes SVG
 * text at the place and in the type the browser gave it, each chart (SVG) is copied with its
 * computed styles, each canvas becomes an image, and the boxes' backgrounds and borders become
 * rectangles and lines. Text is only ever set as `textContent`, never parsed: the slide's DOM is
 * not serialised into a `<foreignObject>`, so no string from the data can be read as markup, and
 * the picture draws in any SVG reader, not only in a browser.
 */
export function slideSvg(stage: HTMLElement): { svg: string; width: number; height: number } {
  const origin = stage.getBoundingClientRect();
  const width = Math.round(origin.width);
  const height = Math.round(origin.height);
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  drawElement(stage, { origin, root, metrics: new Map() });
  return { svg: serializeSvg(root), width, height };
}

interface Drawing {
  origin: DOMRect;
  root: SVGSVGElement;
  /** Ascent as a fraction of ascent plus descent, per CSS font: where the baseline sits in a line box. */
  metrics: Map<string, number>;
}

const TRANSPARENT = /^(transparent|rgba\(.*,\s*0\))$/;

function drawElement(element: Element, drawing: Drawing): void {
  const style = getComputedStyle(element);
  if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return;
  const box = element.getBoundingClientRect();
  // Visually hidden text (for screen readers) is clipped to a pixel: it is not on the slide.
  if (box.width <= 1 && box.height <= 1 && style.overflow === 'hidden') return;
  const x = box.left - drawing.origin.left;
  const y = box.top - drawing.origin.top;
  drawBox(style, { x, y, width: box.width, height: box.height }, drawing.root);
  if (element instanceof SVGSVGElement) {
    drawing.root.append(svgCopy(element, style, { x, y, width: box.width, height: box.height }));
    return;
  }
  if (element instanceof HTMLCanvasElement) {
    const image = document.createElementNS(SVG_NS, 'image');
    placeAt(image, { x, y, width: box.width, height: box.height });
    image.setAttribute('href', element.toDataURL('image/png'));
    drawing.root.append(image);
    return;
  }
  for (const child of element.childNodes) {
    if (child instanceof Text) drawText(child, style, drawing);
    else if (child instanceof Element) drawElement(child, drawing);
  }
}

interface Place {
  x: number;
  y: number;
  width: number;
  height: number;
}

function placeAt(node: SVGElement, place: Place): void {
  node.setAttribute('x', place.x.toFixed(1));
  node.setAttribute('y', place.y.toFixed(1));
  node.setAttribute('width', place.width.toFixed(1));
  node.setAttribute('height', place.height.toFixed(1));
}

/** A box's background and its borders, where the page draws them. */
function drawBox(style: CSSStyleDeclaration, place: Place, root: SVGSVGElement): void {
  if (!TRANSPARENT.test(style.backgroundColor)) {
    const background = document.createElementNS(SVG_NS, 'rect');
    placeAt(background, place);
    background.setAttribute('fill', style.backgroundColor);
    const radius = parseFloat(style.borderTopLeftRadius);
    if (radius > 0) background.setAttribute('rx', String(radius));
    root.append(background);
  }
  const sides = [
    ['Top', place.x, place.y, place.x + place.width, place.y],
    ['Bottom', place.x, place.y + place.height, place.x + place.width, place.y + place.height],
    ['Left', place.x, place.y, place.x, place.y + place.height],
    ['Right', place.x + place.width, place.y, place.x + place.width, place.y + place.height],
  ] as const;
  for (const [side, x1, y1, x2, y2] of sides) {
    const borderWidth = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
    const color = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
    const lineStyle = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
    if (!(borderWidth > 0) || lineStyle === 'none' || TRANSPARENT.test(color)) continue;
    const line = document.createElementNS(SVG_NS, 'line');
    // The border lies inside the box: its middle is half its width in from the edge.
    const inset = borderWidth / 2;
    const [dx, dy] =
      side === 'Top'
        ? [0, inset]
        : side === 'Bottom'
          ? [0, -inset]
          : side === 'Left'
            ? [inset, 0]
            : [-inset, 0];
    line.setAttribute('x1', (x1 + dx).toFixed(1));
    line.setAttribute('y1', (y1 + dy).toFixed(1));
    line.setAttribute('x2', (x2 + dx).toFixed(1));
    line.setAttribute('y2', (y2 + dy).toFixed(1));
    line.setAttribute('stroke', color);
    line.setAttribute('stroke-width', String(borderWidth));
    if (lineStyle === 'dashed')
      line.setAttribute('stroke-dasharray', `${borderWidth * 3} ${borderWidth * 2}`);
    root.append(line);
  }
}

/** What a chart's shapes and labels take from the page's style sheet rather than their attributes. */
const SVG_STYLE = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
];

/** A copy of a chart with the styles the page gave it written onto each element, placed on the slide. */
function svgCopy(chart: SVGSVGElement, style: CSSStyleDeclaration, place: Place): SVGSVGElement {
  const copy = chart.cloneNode(true) as SVGSVGElement;
  const originals = [chart, ...chart.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, position) => {
    const target = copies[position];
    if (!(original instanceof SVGElement) || !(target instanceof SVGElement)) return;
    const computed = position === 0 ? style : getComputedStyle(original);
    // As presentation attributes, not a style attribute: the page's CSP refuses inline styles.
    target.removeAttribute('class');
    target.removeAttribute('style');
    for (const property of SVG_STYLE) {
      const value = computed.getPropertyValue(property);
      if (value) target.setAttribute(property, value);
    }
  });
  // The chart draws in its own coordinates (viewBox), at the size the slide gave it.
  placeAt(copy, place);
  copy.setAttribute('color', style.color);
  return copy;
}

/**
 * A text node as SVG text, one `<text>` per line the browser broke it into: the characters are
 * measured one by one and grouped by the line they sit on, and each line is stretched to the
 * width it has on the page, so that a font drawn a little wider elsewhere never runs past the box.
 */
function drawText(node: Text, style: CSSStyleDeclaration, drawing: Drawing): void {
  if (!node.data.trim()) return;
  const range = document.createRange();
  const lines: { text: string; left: number; right: number; top: number; height: number }[] = [];
  let offset = 0;
  for (const character of node.data) {
    range.setStart(node, offset);
    range.setEnd(node, offset + character.length);
    offset += character.length;
    const rect = range.getClientRects()[0];
    // Collapsed white space has no box of its own.
    if (!rect || (rect.width === 0 && /\s/.test(character))) continue;
    const line = lines.at(-1);
    if (line && Math.abs(rect.top - line.top) < rect.height / 2 && rect.left >= line.right - 1) {
      line.text += character;
      if (!/\s/.test(character)) line.right = rect.right;
    } else if (!/\s/.test(character)) {
      lines.push({
        text: character,
        left: rect.left,
        right: rect.right,
        top: rect.top,
        height: rect.height,
      });
    }
  }
  const transform =
    style.textTransform === 'uppercase'
      ? (text: string) => text.toUpperCase()
      : (text: string) => text;
  const ascent = ascentShare(style, drawing.metrics);
  for (const line of lines) {
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', (line.left - drawing.origin.left).toFixed(1));
    text.setAttribute('y', (line.top - drawing.origin.top + line.height * ascent).toFixed(1));
    text.setAttribute('font-family', style.fontFamily);
    text.setAttribute('font-size', style.fontSize);
    text.setAttribute('font-weight', style.fontWeight);
    if (style.fontStyle !== 'normal') text.setAttribute('font-style', style.fontStyle);
    text.setAttribute('fill', style.color);
    text.setAttribute('textLength', (line.right - line.left).toFixed(1));
    text.setAttribute('lengthAdjust', 'spacingAndGlyphs');
    text.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
    text.textContent = transform(line.text.replace(/\s+/g, ' ').trimEnd());
    drawing.root.append(text);
  }
}

/** Where the baseline sits in a line of a font, as the canvas measures the font the page uses. */
function ascentShare(style: CSSStyleDeclaration, metrics: Map<string, number>): number {
  const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const known = metrics.get(font);
  if (known !== undefined) return known;
  const context = document.createElement('canvas').getContext('2d');
  let share = 0.8;
  if (context) {
    context.font = font;
    const measured = context.measureText('Hg');
    const total = measured.fontBoundingBoxAscent + measured.fontBoundingBoxDescent;
    if (total > 0) share = measured.fontBoundingBoxAscent / total;
  }
  metrics.set(font, share);
  return share;
}
