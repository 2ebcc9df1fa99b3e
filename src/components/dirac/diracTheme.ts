// Colours and the plotted square of the Dirac GAN view (Okabe–Ito, as the other charts).
import { SETTINGS_TABLE } from '../../core/settings';
import { COLORS } from '../charts/theme';

export const DIRAC_COLORS = {
  trajectory: COLORS.klReverse,
  field: 'var(--chart-quiver)',
  ema: COLORS.pModel,
  reference: COLORS.reference,
} as const;

/** θ and ψ are shown on [−EXTENT, EXTENT]: where a start point can be set. */
export const DIRAC_EXTENT = SETTINGS_TABLE.diracStartTheta.max;
