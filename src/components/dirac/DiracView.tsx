// "Why GANs circle": the two-parameter Dirac GAN (docs/theory.md §6.8). Its controls (optimizer, rate,
// steps, stabiliser, start, EMA) are display settings, so a link and a lesson carry them; only the
// animation (the step shown, a drag in progress) is this view's own state.
import { useCallback, useId, useMemo, useState } from 'react';
import {
  diracTrajectory,
  emaSeries,
  linearisedGrowth,
  type DiracConfig,
  type DiracPoint,
  type DiracStabiliser,
} from '../../core/diracGan';
import { DEFAULT_SETTINGS, SETTINGS_TABLE, type DiracOptimizer, type DiracStabiliserKind } from '../../core/settings';
import type { Translate } from '../../i18n/messages';
import { useAppState, useSetting } from '../../state/context';
import { formatNumber } from '../../state/format';
import { useT } from '../../state/language';
import { ChartPanel } from '../charts/ChartPanel';
import { Readout } from '../charts/Readout';
import { Checkbox, EnumSegmented, Slider } from '../controls';
import { DIRAC_COLORS } from './diracTheme';
import { DistanceChart } from './DistanceChart';
import { FieldPlot } from './FieldPlot';
import { useReplay } from './useReplay';
import './dirac.css';

const EMA_BETA = 0.99;

/** The stabiliser the setting names, with its parameter. */
const STABILISERS: Record<DiracStabiliserKind, (gamma: number, sigma: number) => DiracStabiliser> = {
  none: () => ({ kind: 'none' }),
  r1: (gamma) => ({ kind: 'r1', gamma }),
  noise: (_gamma, sigma) => ({ kind: 'noise', sigma }),
};

/** The optimizer's name inside a sentence ("500 simultaneous steps"); Adam is a name in every language. */
const optimizerName = (t: Translate, o: DiracOptimizer): string =>
  o === 'adam' ? 'Adam' : t(`theory.dirac.optimizerName.${o}`);
/** A placeholder split out of a message, where an element goes. */
const SLOT = '\u0000';

const fmt2 = (v: number) => (Math.abs(v) < 0.005 ? '0.00' : v.toFixed(2).replace(/^-/, '−'));

const LR = SETTINGS_TABLE.diracLr;

/** The rate h on a log scale (0.01 … 1), rounded to two significant digits like the playground's rates. */
function RateSlider() {
  const id = useId();
  const lr = useSetting('diracLr');
  const { setSetting } = useAppState();
  const t = useT();
  return (
    <div className="control slider">
      <label htmlFor={id}>{t('theory.dirac.rate')}</label>
      <input
        id={id}
        type="range"
        min={Math.log10(LR.min)}
        max={Math.log10(LR.max)}
        step={0.05}
        value={Math.log10(lr)}
        aria-valuetext={String(lr)}
        data-testid="dirac-lr"
        onChange={(e) => setSetting('diracLr', Number((10 ** Number(e.currentTarget.value)).toPrecision(2)))}
      />
      <output htmlFor={id} className="value">
        {String(lr)}
      </output>
    </div>
  );
}

function verdict(t: Translate, start: number, end: number, escaped: boolean): string {
  if (escaped) return t('theory.dirac.verdict.runsAway');
  if (!(start > 0)) return t('theory.dirac.verdict.stays');
  const r = end / start;
  if (r > 1.05) return t('theory.dirac.verdict.spiralsOut');
  if (r < 0.1) return t('theory.dirac.verdict.converges');
  if (r < 0.9) return t('theory.dirac.verdict.endsCloser');
  return t('theory.dirac.verdict.circles');
}

export function DiracView() {
  const { setSettingsPatch } = useAppState();
  const t = useT();
  const playgroundGamma = useSetting('r1Gamma');
  const optimizer = useSetting('diracOptimizer');
  const lr = useSetting('diracLr');
  const steps = useSetting('diracSteps');
  const stabKind = useSetting('diracStabiliser');
  const gamma = useSetting('diracGamma');
  const sigma = useSetting('diracSigma');
  const theta = useSetting('diracStartTheta');
  const psi = useSetting('diracStartPsi');
  const showEma = useSetting('diracShowEma');
  const [dragging, setDragging] = useState(false);

  const start = useMemo<DiracPoint>(() => ({ theta, psi }), [theta, psi]);
  const setStart = useCallback(
    (p: DiracPoint) => setSettingsPatch({ diracStartTheta: p.theta, diracStartPsi: p.psi }),
    [setSettingsPatch],
  );
  const stabiliser = useMemo(() => STABILISERS[stabKind](gamma, sigma), [stabKind, gamma, sigma]);
  const config = useMemo<DiracConfig>(() => ({ optimizer, lr, stabiliser }), [optimizer, lr, stabiliser]);
  const trajectory = useMemo(() => diracTrajectory(start, config, steps), [start, config, steps]);
  const ema = useMemo(() => (showEma ? emaSeries(trajectory.theta, EMA_BETA) : null), [showEma, trajectory]);
  const growth = useMemo(() => linearisedGrowth(config), [config]);

  const runKey = `${optimizer}|${lr}|${steps}|${stabKind}|${gamma}|${sigma}|${start.theta},${start.psi}`;
  const { step, playing, replay, reduced } = useReplay(trajectory.distance.length - 1, runKey, !dragging);
  const onDragging = useCallback((v: boolean) => setDragging(v), []);

  const d0 = trajectory.distance[0];
  const last = trajectory.distance.length - 1;
  const dEnd = trajectory.distance[last];
  const now = trajectory.distance[Math.min(step, last)];
  const name = optimizerName(t, optimizer);
  const outcome = verdict(t, d0, dEnd, trajectory.escaped);
  const [introBefore, introAfter] = t('theory.dirac.intro', { exp: SLOT }).split(SLOT);

  return (
    <>
      <aside className="sidebar dirac-controls" aria-label={t('theory.dirac.settings')} data-testid="dirac-controls">
        <section className="sidebar-section">
          <h2>{t('theory.dirac.heading')}</h2>
          <p className="hint">
            {introBefore}
            <sup>−t</sup>
            {introAfter}
          </p>
          <div className="dirac-stack">
            <EnumSegmented k="diracOptimizer" legend={t('theory.dirac.updates')} testId="dirac-optimizer" />
          </div>
          <p className="hint">{t(`theory.dirac.optimizerHint.${optimizer}`)}</p>
          <RateSlider />
          <Slider k="diracSteps" label={t('theory.dirac.steps')} step={50} testId="dirac-steps" />
        </section>
        <section className="sidebar-section">
          <EnumSegmented k="diracStabiliser" legend={t('theory.dirac.stabiliser')} testId="dirac-stabiliser" />
          {stabKind === 'r1' && <Slider k="diracGamma" label="R1 γ" testId="dirac-gamma" />}
          {stabKind === 'noise' && <Slider k="diracSigma" label={t('theory.dirac.noiseSigma')} testId="dirac-sigma" />}
          <p className="hint">{t(`theory.dirac.stabiliserHint.${stabKind}`)}</p>
          <Checkbox k="diracShowEma" label={t('theory.dirac.showEma', { beta: EMA_BETA })} testId="dirac-show-ema" />
        </section>
        <section className="sidebar-section">
          <h2>{t('theory.dirac.start')}</h2>
          <p className="dirac-start-readout">
            θ₀ = <output data-testid="dirac-start-theta">{fmt2(start.theta)}</output>, ψ₀ ={' '}
            <output data-testid="dirac-start-psi">{fmt2(start.psi)}</output>
          </p>
          <p className="hint">{t('theory.dirac.startHint')}</p>
          <div className="dirac-buttons">
            <button
              type="button"
              className="small-button"
              onClick={() => setStart({ theta: DEFAULT_SETTINGS.diracStartTheta, psi: DEFAULT_SETTINGS.diracStartPsi })}
            >
              {t('theory.dirac.startAt')}
            </button>
            {!reduced && (
              <button type="button" className="small-button" onClick={replay} data-testid="dirac-replay">
                {playing ? t('theory.dirac.restart') : t('theory.dirac.replay')}
              </button>
            )}
          </div>
        </section>
      </aside>
      <main className="dirac" aria-label={t('theory.dirac.main')}>
        <div className="dirac-field-panel">
          <ChartPanel
            id="dirac-field"
            title={t('theory.dirac.field.title')}
            caption={<>{t('theory.dirac.field.caption', { stabiliser: stabKind, steps, optimizer: name, lr })}</>}
            legend={[
              { label: t('theory.dirac.field.legendField'), color: DIRAC_COLORS.field, kind: 'line' },
              { label: t('theory.dirac.field.legendTrajectory'), color: DIRAC_COLORS.trajectory, kind: 'line' },
            ]}
            summary={
              <p>
                {t('theory.dirac.field.summary', {
                  theta: fmt2(start.theta),
                  psi: fmt2(start.psi),
                  d0: formatNumber(d0),
                  steps: last,
                  optimizer: name,
                  lr,
                  stabiliser:
                    stabKind === 'none'
                      ? t('theory.dirac.field.noStabiliser')
                      : stabKind === 'r1'
                        ? t('theory.dirac.field.withR1', { gamma })
                        : t('theory.dirac.field.withNoise', { sigma }),
                  dEnd: formatNumber(dEnd),
                  verdict: outcome,
                })}
              </p>
            }
          >
            {(size) => (
              <FieldPlot
                size={size}
                stabiliser={stabiliser}
                trajectory={trajectory}
                step={step}
                start={start}
                onStart={setStart}
                onDragging={onDragging}
              />
            )}
          </ChartPanel>
        </div>
        <div className="dirac-side">
          <ChartPanel
            id="dirac-distance"
            title={t('theory.dirac.distance.title')}
            caption={<>{t('theory.dirac.distance.caption')}</>}
            legend={[
              { label: t('theory.dirac.distance.legend'), color: DIRAC_COLORS.trajectory, kind: 'line' },
              ...(showEma
                ? [{ label: t('theory.dirac.distance.legendEma'), color: DIRAC_COLORS.ema, kind: 'dashed' as const }]
                : []),
            ]}
            readouts={
              <>
                <Readout label={t('theory.dirac.distance.now')} value={formatNumber(now)} testId="dirac-distance-now" />
                <Readout
                  label={t('theory.dirac.distance.after', { n: last })}
                  value={formatNumber(dEnd)}
                  testId="dirac-final-distance"
                  title={t('theory.dirac.distance.afterTitle')}
                />
                <Readout
                  label={t('theory.dirac.distance.growth')}
                  value={growth === null ? '–' : growth.toFixed(4)}
                  testId="dirac-growth"
                  title={t('theory.dirac.distance.growthTitle')}
                />
                <span className="dirac-verdict" data-testid="dirac-verdict">
                  {outcome}
                </span>
              </>
            }
            summary={
              <p>{t('theory.dirac.distance.summary', { d0: formatNumber(d0), dEnd: formatNumber(dEnd), n: last })}</p>
            }
          >
            {(size) => <DistanceChart size={size} distance={trajectory.distance} ema={ema} steps={steps} step={step} />}
          </ChartPanel>
          <section className="panel dirac-explain" aria-labelledby="dirac-explain-title">
            <h2 id="dirac-explain-title">{t('theory.dirac.explain.title')}</h2>
            <div className="dirac-buttons">
              <button
                type="button"
                className="small-button"
                data-testid="dirac-apply-r1"
                onClick={() => setSettingsPatch({ r1Gamma: 1, view: 'playground' })}
              >
                {t('theory.dirac.explain.applyR1')}
              </button>
              <span className="hint">
                {playgroundGamma > 0
                  ? t('theory.dirac.explain.r1On', { gamma: playgroundGamma })
                  : t('theory.dirac.explain.r1Off')}
              </span>
            </div>
            <p>{t('theory.dirac.explain.text')}</p>
          </section>
        </div>
      </main>
    </>
  );
}
