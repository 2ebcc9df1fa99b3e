// The sentences of the user's own target in the sidebar (loading samples), worded in the interface's
// language: `targetTexts(t)` (the messages `pg.target.*` of src/i18n/en/playground.ts). The chart's own
// texts (drawing, handles, readouts) are the charts' messages.
import { MAX_SAMPLES, MAX_SAMPLES_FILE_BYTES, MIN_SAMPLES, type SamplesProblem } from '../core/samplesCsv';
import type { Translate } from '../i18n/messages';
import { formatNumber } from '../state/format';

const count = (n: number) => n.toLocaleString('en');

export function targetTexts(t: Translate) {
  const megabytes = (bytes: number) => t('pg.target.megabytes', { mb: formatNumber(bytes / (1024 * 1024), 2) });
  return {
    // Loading samples.
    loadCsv: t('pg.target.loadCsv'),
    loadCsvTitle: t('pg.target.loadCsvTitle', {
      min: MIN_SAMPLES,
      max: count(MAX_SAMPLES),
      size: megabytes(MAX_SAMPLES_FILE_BYTES),
    }),
    drawnHint: t('pg.target.drawnHint'),
    loaded: (name: string, n: number, bandwidth: number, offChart: number) =>
      t('pg.target.loaded', {
        n: count(n),
        name,
        bandwidth: formatNumber(bandwidth),
        offChart: offChart > 0.001 ? t('pg.target.loadedOffChart', { percent: formatNumber(100 * offChart, 2) }) : '',
      }),
    notLoaded: (name: string, why: string) => t('pg.target.notLoaded', { name, why }),
    unreadable: t('pg.target.unreadable'),
    offChart: (mean: number) => t('pg.target.offChart', { mean: formatNumber(mean) }),
    samplesProblem(p: SamplesProblem): string {
      switch (p.code) {
        case 'empty':
          return t('pg.target.empty');
        case 'too-large':
          return t('pg.target.tooLarge', { size: megabytes(p.bytes), max: megabytes(MAX_SAMPLES_FILE_BYTES) });
        case 'not-numbers':
          return t('pg.target.notNumbers', { line: count(p.line), text: p.text });
        case 'too-few':
          return t('pg.target.tooFew', { count: p.count, min: MIN_SAMPLES });
        case 'too-many':
          return t('pg.target.tooMany', { max: count(MAX_SAMPLES) });
      }
    },
  };
}
