// The experiment's stores as React reads them: the latest snapshot (≤ 10 a second) and whether it runs.
import { useAppState } from '../../state/context';
import { useStore } from '../../state/store';

export const useExperimentSnapshot = () => useStore(useAppState().experiment.snapshot);
export const useExperimentRunning = () => useStore(useAppState().experiment.running);

/** Each arm's colour in the JS chart and its headings (Okabe–Ito blue and vermillion). */
export const ARM_COLORS = { a: 'var(--chart-p-data)', b: 'var(--chart-kl-reverse)' } as const;
