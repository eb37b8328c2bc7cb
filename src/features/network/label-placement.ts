/** A node's label to place: the node's centre and radius on screen, the label's size. */
export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  radius: number;
  width: number;
  height: number;
  /** Larger first: the most connected nodes keep their labels. */
  priority: number;
}

/** A label's box on screen; `side` says which side of its node it sits. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
  side: 'right' | 'left';
}

const GAP = 4;

const overlaps = (a: LabelBox, b: LabelBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Labels that never overlap each other or another node, nor leave the drawing: taken in order of
 * priority, each goes right of
 * its node, else left, else is left out (shown on hover and focus instead). Greedy, so a label
 * placed stays placed.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  bounds?: { width: number; height: number },
): Map<string, LabelBox> {
  const inside = (box: LabelBox) =>
    !bounds ||
    (box.x >= 0 &&
      box.y >= 0 &&
      box.x + box.width <= bounds.width &&
      box.y + box.height <= bounds.height);
  const placed = new Map<string, LabelBox>();
  // Every node is an obstacle too: a label never covers another node.
  const nodes = candidates.map((node) => ({
    id: node.id,
    x: node.x - node.radius,
    y: node.y - node.radius,
    width: 2 * node.radius,
    height: 2 * node.radius,
    side: 'right' as const,
  }));
  const ordered = [...candidates].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  for (const label of ordered) {
    const top = label.y - label.height / 2;
    const sides: LabelBox[] = [
      {
        x: label.x + label.radius + GAP,
        y: top,
        width: label.width,
        height: label.height,
        side: 'right',
      },
      {
        x: label.x - label.radius - GAP - label.width,
        y: top,
        width: label.width,
        height: label.height,
        side: 'left',
      },
    ];
    const free = sides.find(
      (box) =>
        inside(box) &&
        [...placed.values()].every((other) => !overlaps(box, other)) &&
        nodes.every((node) => node.id === label.id || !overlaps(box, node)),
    );
    if (free) placed.set(label.id, free);
  }
  return placed;
}

/**
 * A label's width in pixels, erring wide so that boxes that do not overlap hold text that does not
 * either: CJK characters take a full em, capitals and digits more than lower case.
 */
export function labelWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code >= 0x2e80) ems += 1.05;
    else if (/[A-Z0-9mwMW]/.test(character)) ems += 0.75;
    else if (/[\s.,·'()-]/.test(character)) ems += 0.4;
    else ems += 0.6;
  }
  return Math.ceil(ems * fontSize);
}

/** A label cut with "…" to fit a width, as `labelWidth` measures it; whole when it fits. */
export function fitLabel(text: string, maxWidth: number, fontSize: number): string {
  if (labelWidth(text, fontSize) <= maxWidth) return text;
  const characters = [...text];
  while (characters.length > 0 && labelWidth(`${characters.join('')}…`, fontSize) > maxWidth)
    characters.pop();
  return `${characters.join('').trimEnd()}…`;
}

/**
 * The full label where it fits; otherwise the short one (a country's short name) where there is
 * one, cut with "…" only if even that does not fit.
 */
export function fitLabelOrShort(
  full: string,
  short: string | null,
  maxWidth: number,
  fontSize: number,
): string {
  if (short === null || labelWidth(full, fontSize) <= maxWidth)
    return fitLabel(full, maxWidth, fontSize);
  return fitLabel(short, maxWidth, fontSize);
}

/**
 * A label broken into lines no wider than `maxWidth`, as `labelWidth` measures them: at spaces,
 * or between any two characters in text written without spaces (Japanese). A word wider than the
 * room keeps a line of its own.
 */
export function wrapLabel(text: string, maxWidth: number, fontSize: number): string[] {
  if (labelWidth(text, fontSize) <= maxWidth) return [text];
  const spaced = /\s/.test(text.trim());
  const pieces = spaced ? text.trim().split(/\s+/) : [...text];
  const joiner = spaced ? ' ' : '';
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const longer = line === '' ? piece : `${line}${joiner}${piece}`;
    if (line !== '' && labelWidth(longer, fontSize) > maxWidth) {
      lines.push(line);
      line = piece;
    } else line = longer;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * `wrapLabel` in as many lines, each as near the same width as it can be: no lone last word (or,
 * in Japanese, last character) under a full line.
 */
export function wrapBalanced(text: string, maxWidth: number, fontSize: number): string[] {
  let lines = wrapLabel(text, maxWidth, fontSize);
  for (let width = maxWidth - fontSize / 2; width > 0; width -= fontSize / 2) {
    const narrower = wrapLabel(text, width, fontSize);
    if (
      narrower.length > lines.length ||
      narrower.some((line) => labelWidth(line, fontSize) > width)
    )
      break;
    lines = narrower;
  }
  return lines;
}
