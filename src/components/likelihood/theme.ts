// The likelihood view's colours (Okabe–Ito, as everywhere): p_data keeps its blue, the fit is
// vermillion, KL(p_data ‖ ·) keeps the sky blue of the divergence panel, the samples are grey.
import { COLORS } from '../charts/theme';

export const FIT_COLOR = COLORS.klReverse;
export const KL_COLOR = COLORS.klForward;
export const SAMPLE_COLOR = COLORS.neutral;
export const DATA_COLOR = COLORS.pData;
