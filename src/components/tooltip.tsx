import {
  Fragment,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type PointerEvent,
  type ReactNode,
  type Ref,
} from 'react';

/**
 * The styled box a figure shows at once on hover or keyboard focus (the map's countries, a compact
 * figure's exact value). A span, so that it may stand inside a paragraph or a table cell.
 */
export function TooltipBox({
  ref,
  id,
  className,
  style,
  block = false,
  children,
}: {
  ref?: Ref<HTMLElement>;
  id?: string;
  className?: string;
  style?: CSSProperties;
  /** A div, for content with lists and paragraphs where the box stands outside any paragraph. */
  block?: boolean;
  children: ReactNode;
}) {
  const Box = block ? 'div' : 'span';
  return (
    <Box
      ref={ref as Ref<HTMLDivElement & HTMLSpanElement>}
      id={id}
      role="tooltip"
      className={className ? `tooltip ${className}` : 'tooltip'}
      style={style}
    >
      {children}
    </Box>
  );
}

/** One line of a tooltip: what, then the figure ("Exact value 568,756,873 USD"). */
export interface TooltipFact {
  term: string;
  value: string;
  /** The language the value is written in where it is not the page's (an English citation). */
  lang?: string;
}

/** Terms and figures two columns wide; spans throughout, so that it may stand in a paragraph. */
export function TooltipFacts({ facts }: { facts: TooltipFact[] }) {
  return (
    <span className="tooltip-facts">
      {facts.map((fact, i) => (
        // The spaces keep the words apart where the text is read as one (a description).
        <Fragment key={fact.term}>
          {i > 0 ? ' ' : null}
          <span className="tooltip-fact">
            <span className="tooltip-term">{fact.term}</span>{' '}
            <span lang={fact.lang}>{fact.value}</span>
          </span>
        </Fragment>
      ))}
    </span>
  );
}

/**
 * A figure written for reading at a glance ("569 M USD") that tells what it stands for in full:
 * a button, so that the keyboard reaches it and a tap opens it, whose tooltip shows at once on
 * hover, on focus and on a tap, and is its accessible description while shown. Escape closes it;
 * the pointer may move onto the tooltip without closing it.
 */
export function FigureTip({ tip, children }: { tip: ReactNode; children: ReactNode }) {
  const id = useId();
  const anchor = useRef<HTMLSpanElement>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [tapped, setTapped] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const open = !dismissed && (hovered || focused || tapped);
  const box = useRef<HTMLElement>(null);
  const [side, setSide] = useState<{ end: boolean; above: boolean }>({ end: false, above: false });

  // The box starts under the figure's left edge; where it would pass the window's right edge it
  // ends at the figure's right edge instead, and where the window has no room below, it goes above.
  useLayoutEffect(() => {
    if (!open || !box.current || !anchor.current) return;
    const figure = anchor.current.getBoundingClientRect();
    const { width, height } = box.current.getBoundingClientRect();
    const margin = 8;
    setSide({
      end: figure.left + width > document.documentElement.clientWidth - margin,
      above: figure.bottom + height + margin > window.innerHeight && figure.top - height > margin,
    });
  }, [open]);

  // A tap elsewhere closes what a tap opened (a touch screen need not move the focus).
  useEffect(() => {
    if (!tapped) return;
    const outside = (event: globalThis.PointerEvent) => {
      if (!anchor.current?.contains(event.target as Node)) setTapped(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [tapped]);

  // Escape closes it wherever the focus is, the pointer staying where it is (WCAG 1.4.13).
  useEffect(() => {
    if (!open) return;
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setDismissed(true);
      setTapped(false);
    };
    document.addEventListener('keydown', escape);
    return () => document.removeEventListener('keydown', escape);
  }, [open]);

  // A touch fires pointerenter as well as click: only a mouse or a pen hovers.
  const hovers = (event: PointerEvent) => event.pointerType !== 'touch';
  return (
    <span
      ref={anchor}
      className="figure-tip"
      onPointerEnter={(event) => {
        if (!hovers(event)) return;
        setDismissed(false);
        setHovered(true);
      }}
      onPointerLeave={(event) => {
        if (hovers(event)) setHovered(false);
      }}
    >
      <button
        type="button"
        className="figure-tip-trigger"
        aria-describedby={open ? id : undefined}
        onFocus={() => {
          setDismissed(false);
          setFocused(true);
        }}
        onBlur={() => {
          setFocused(false);
          setTapped(false);
        }}
        onClick={() => {
          setDismissed(false);
          setTapped(true);
        }}
      >
        {children}
      </button>
      {open ? (
        <TooltipBox
          ref={box}
          id={id}
          className={[
            'figure-tip-box',
            side.end ? 'figure-tip-end' : '',
            side.above ? 'figure-tip-above' : '',
          ]
            .filter(Boolean)
            .join(' ')}
        >
          {tip}
        </TooltipBox>
      ) : null}
    </span>
  );
}
