// The experiment's stores as React reads them: the latest snapshot (≤ 10 a second) and whether it runs.
import { useDeferredValue } from 'react';
import { useAppState } from '../../state/context';
import { useStore } from '../../state/store';

/**
 * The latest snapshot, deferred: React draws a new one in the background, in slices, yielding to the page
 * between them (and drops it for a newer one), so the grid of small charts never blocks the main thread.
 */
export const useExperimentSnapshot = () => useDeferredValue(useStore(useAppState().experiment.snapshot));

export const useExperimentRunning = () => useStore(useAppState().experiment.running);

/** Each arm's colour in the JS chart and its headings (Okabe–Ito blue and vermillion). */
export const ARM_COLORS = { a: 'var(--chart-p-data)', b: 'var(--chart-kl-reverse)' } as const;
