// The SVG frame every chart draws in: the measured size, an image role with its text alternative, and the
// plot area shifted by the margins.
import type { ReactNode } from 'react';
import { MARGIN } from './theme';

export function PlotSvg({
  size,
  margin = MARGIN,
  label,
  testId,
  className,
  children,
}: {
  size: { width: number; height: number };
  margin?: { left: number; top: number };
  /** The chart's accessible name. */
  label: string;
  testId: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <svg
      width={size.width}
      height={size.height}
      role="img"
      aria-label={label}
      data-testid={testId}
      className={className}
    >
      <g transform={`translate(${margin.left},${margin.top})`}>{children}</g>
    </svg>
  );
}
