import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

/** The size a slide is drawn at, in CSS pixels, and the body text size that goes with it. */
export interface SlideFrame {
  width: number;
  height: number;
  fontSize: number;
}

/** Lines of body text a slide is tall: 24 px type on a 720 px stage, 18 px at the smallest 540. */
const LINES_PER_SLIDE = 30;
const ASPECT = 16 / 9;

export function slideFrame(width: number, height: number): SlideFrame {
  return { width, height, fontSize: Math.floor((height / LINES_PER_SLIDE) * 10) / 10 };
}

/** The largest 16:9 box that fits in an area. */
export function fitSixteenByNine(width: number, height: number): SlideFrame {
  const fittedWidth = Math.floor(Math.min(width, height * ASPECT));
  return slideFrame(fittedWidth, Math.floor(fittedWidth / ASPECT));
}

const SlideFrameContext = createContext<SlideFrame | null>(null);

/**
 * The slide a component is drawn on, or null on the dashboard. Charts lay themselves out for it
 * (type and rows sized to the stage, not zoomed), and controls that only make sense on a screen
 * (exports, tables, "open" buttons, source dialogs) are left out.
 */
export function useSlideFrame(): SlideFrame | null {
  return useContext(SlideFrameContext);
}

/**
 * A 16:9 stage: at a given size (print), or the largest that fits the element it is placed in
 * (presenting, from a projector's 1280×720 to a 3840×2160 screen). Everything inside is sized in
 * `em` of the stage's type.
 */
export function SlideStage({
  size,
  label,
  children,
}: {
  size: { width: number; height: number } | 'fit';
  label: string;
  children: ReactNode;
}) {
  const [area, setArea] = useState<HTMLDivElement | null>(null);
  const [fitted, setFitted] = useState<SlideFrame | null>(null);
  useEffect(() => {
    if (size !== 'fit' || !area) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      if (width > 0 && height > 0) setFitted(fitSixteenByNine(width, height));
    });
    observer.observe(area);
    return () => observer.disconnect();
  }, [size, area]);
  const frame = size === 'fit' ? fitted : slideFrame(size.width, size.height);
  const stage = frame ? (
    <SlideFrameContext.Provider value={frame}>
      <div
        className="slide-stage"
        role="group"
        aria-roledescription="slide"
        aria-label={label}
        style={{ width: frame.width, height: frame.height, fontSize: frame.fontSize }}
      >
        {children}
      </div>
    </SlideFrameContext.Provider>
  ) : null;
  return size === 'fit' ? (
    <div className="slide-fit" ref={setArea}>
      {stage}
    </div>
  ) : (
    stage
  );
}
