import type { ReactNode } from 'react';
import { SlideStage } from '../../components/slide-frame';

/**
 * A slide as projected, printed and exported: its title over the view's slide figure, on a 16:9
 * stage, with a line at the foot (the slide's number).
 */
export function SlideComposition({
  size,
  title,
  footer,
  children,
}: {
  size: { width: number; height: number } | 'fit';
  title: string;
  footer: string;
  children: ReactNode;
}) {
  return (
    <SlideStage size={size} label={title}>
      <h1 className="slide-title">{title}</h1>
      <div className="slide-body">{children}</div>
      <p className="slide-footer">{footer}</p>
    </SlideStage>
  );
}
