// The user's own target in the sidebar: the shape switch (Gaussians, uniform, drawn) and, for a drawn
// target, Draw / Clear / Load CSV. A CSV of samples becomes p_data through a Gaussian KDE; a file that
// is not usable is refused with a notice and changes nothing. The KDE's code loads with the first file.
import { useRef, type ChangeEvent } from 'react';
import { targetDistribution } from '../core/distributions';
import { encodeDrawnDensity, knotsFromPdf } from '../core/drawnDensity';
import { MAX_SAMPLES_FILE_BYTES, parseSamplesCsv } from '../core/samplesCsv';
import { SETTINGS_TABLE, type TargetKind } from '../core/settings';
import type { Translate } from '../i18n/messages';
import { useAppState, useSetting } from '../state/context';
import { useT } from '../state/language';
import { Segmented } from './controls';
import { DrawButtons } from './charts/DrawButtons';
import { useDrawMode } from './charts/drawMode';
import { targetTexts } from './targetText';

/** Less of the estimate than this on the chart's range, and the samples are refused (they need rescaling). */
const MIN_MASS_ON_CHART = 0.5;

/** The target's shape. Choosing "Drawn" for the first time starts the drawing from the current target. */
export function TargetShape() {
  const app = useAppState();
  const kind = useSetting('targetKind');
  const { setActive } = useDrawMode();
  const t = useT();
  const choose = (next: TargetKind) => {
    const s = app.settings.store.get();
    if (next === 'drawn' && s.drawnDensity === '') {
      const knots = knotsFromPdf(targetDistribution(s).pdf);
      app.setSettingsPatch({ targetKind: next, ...(knots && { drawnDensity: encodeDrawnDensity(knots) }) });
      return;
    }
    if (next !== 'drawn') setActive(false);
    app.setSetting('targetKind', next);
  };
  return (
    <Segmented
      name="targetKind"
      legend={t('pg.target.shape')}
      value={kind}
      testId="target-kind"
      options={SETTINGS_TABLE.targetKind.values.map((v) => ({ value: v, label: t(`value.${v}`) }))}
      onChange={choose}
    />
  );
}

/** Draw / Clear / Load CSV, under the drawn shape. */
export function DrawnTargetControls() {
  const { notices } = useAppState();
  const { applyKnots } = useDrawMode();
  const fileInput = useRef<HTMLInputElement>(null);
  const T = targetTexts(useT());

  // The notices are worded when shown, in the language of that moment.
  const load = async (file: File) => {
    const refuse = (why: (t: Translate) => string) =>
      notices.add((t) => targetTexts(t).notLoaded(file.name, why(t)), 'error');
    if (file.size > MAX_SAMPLES_FILE_BYTES)
      return refuse((t) => targetTexts(t).samplesProblem({ code: 'too-large', bytes: file.size }));
    let text: string;
    try {
      text = await file.text();
    } catch {
      return refuse((t) => targetTexts(t).unreadable);
    }
    const parsed = parseSamplesCsv(text, file.size);
    if (!parsed.ok) return refuse((t) => targetTexts(t).samplesProblem(parsed));
    const { kdeOnKnots } = await import('../core/kde');
    const kde = kdeOnKnots(parsed.values);
    if (!kde.density || kde.massOnChart < MIN_MASS_ON_CHART) {
      const mean = kde.summary.mean;
      return refuse((t) => targetTexts(t).offChart(mean));
    }
    applyKnots(kde.density);
    const { n } = kde.summary;
    const { bandwidth } = kde;
    const offChart = 1 - kde.massOnChart;
    notices.add((t) => targetTexts(t).loaded(file.name, n, bandwidth, offChart), 'info');
  };
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    e.currentTarget.value = ''; // the same file again is a new choice
    if (file) void load(file);
  };

  return (
    <>
      <div className="drawn-controls">
        <DrawButtons buttonClass="small-button" testIds={{ toggle: 'draw-toggle', clear: 'draw-clear' }} />
        <button
          type="button"
          className="small-button"
          onClick={() => fileInput.current?.click()}
          title={T.loadCsvTitle}
          data-testid="load-csv"
        >
          {T.loadCsv}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,.txt,.tsv,text/csv,text/plain"
          hidden
          onChange={onFile}
          data-testid="load-csv-input"
        />
      </div>
      <p className="hint">{T.drawnHint}</p>
    </>
  );
}
