// An SVG chart that reads as one image: assistive technology announces its title and a description
// of what it draws (the numbers in words) instead of its shapes. It fills its container's width up
// to its own, and keeps its proportions.
import { type ReactNode, useId } from 'react';

export interface ChartSvgProps {
  readonly title: string;
  /** What the chart shows, in words (read in place of the drawing). */
  readonly description: ReactNode;
  /** Size in SVG units; also the widest it is drawn, in pixels. */
  readonly width: number;
  readonly height: number;
  readonly children: ReactNode;
}

export function ChartSvg({ title, description, width, height, children }: ChartSvgProps) {
  const id = useId();
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: width }}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      {children}
    </svg>
  );
}
