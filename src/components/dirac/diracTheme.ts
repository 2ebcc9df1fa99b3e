// Colours and the plotted square of the Dirac GAN view (Okabe–Ito, as the other charts).
import { COLORS } from '../charts/theme';

export const DIRAC_COLORS = {
  trajectory: COLORS.klReverse,
  field: 'var(--chart-quiver)',
  ema: COLORS.pModel,
  reference: COLORS.reference,
} as const;

/** θ and ψ are shown on [−EXTENT, EXTENT]. */
export const DIRAC_EXTENT = 2;
