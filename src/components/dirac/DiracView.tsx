// "Why GANs circle": the two-parameter Dirac GAN (docs/theory.md §6.8). Its controls (optimizer, rate,
// stabiliser, start) are this view's own React state, not settings: they are not in the link.
import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import {
  diracTrajectory,
  emaSeries,
  linearisedGrowth,
  type DiracConfig,
  type DiracOptimizer,
  type DiracPoint,
  type DiracStabiliser,
} from '../../core/diracGan';
import type { Translate } from '../../i18n/messages';
import { useAppState, useSetting } from '../../state/context';
import { formatNumber } from '../../state/format';
import { useT } from '../../state/language';
import { ChartPanel } from '../charts/ChartPanel';
import { Readout } from '../charts/Readout';
import { Segmented } from '../controls';
import { DIRAC_COLORS } from './diracTheme';
import { DistanceChart } from './DistanceChart';
import { FieldPlot } from './FieldPlot';
import { useReplay } from './useReplay';
import './dirac.css';

type StabKind = DiracStabiliser['kind'];
const DEFAULT_START: DiracPoint = { theta: 1, psi: 1 };
const EMA_BETA = 0.99;

// Adam and R1 are names, the same in every language.
const optimizers = (t: Translate): readonly { value: DiracOptimizer; label: string }[] => [
  { value: 'simultaneous', label: t('theory.dirac.optimizer.simultaneous') },
  { value: 'alternating', label: t('theory.dirac.optimizer.alternating') },
  { value: 'adam', label: 'Adam' },
];
const stabilisers = (t: Translate): readonly { value: StabKind; label: string }[] => [
  { value: 'none', label: t('theory.dirac.stabiliser.none') },
  { value: 'r1', label: 'R1' },
  { value: 'noise', label: t('theory.dirac.stabiliser.noise') },
];
/** The optimizer's name inside a sentence ("500 simultaneous steps"). */
const optimizerName = (t: Translate, o: DiracOptimizer): string =>
  o === 'adam' ? 'Adam' : t(`theory.dirac.optimizerName.${o}`);
/** A placeholder split out of a message, where an element goes. */
const SLOT = '\u0000';

const fmt2 = (v: number) => (Math.abs(v) < 0.005 ? '0.00' : v.toFixed(2).replace(/^-/, '−'));

/** A range slider on local state, laid out like the settings' sliders. */
function LocalSlider({
  label,
  value,
  min,
  max,
  step,
  onChange,
  display,
  testId,
}: {
  label: ReactNode;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (v: number) => void;
  display: string;
  testId?: string;
}) {
  const id = useId();
  return (
    <div className="control slider">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={display}
        data-testid={testId}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
      />
      <output htmlFor={id} className="value">
        {display}
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
  const [optimizer, setOptimizer] = useState<DiracOptimizer>('simultaneous');
  const [lr, setLr] = useState(0.1);
  const [steps, setSteps] = useState(500);
  const [stabKind, setStabKind] = useState<StabKind>('none');
  const [gamma, setGamma] = useState(1);
  const [sigma, setSigma] = useState(1);
  const [start, setStart] = useState<DiracPoint>(DEFAULT_START);
  const [showEma, setShowEma] = useState(false);
  const [dragging, setDragging] = useState(false);
  const emaId = useId();

  const stabiliser = useMemo<DiracStabiliser>(
    () =>
      stabKind === 'r1' ? { kind: 'r1', gamma } : stabKind === 'noise' ? { kind: 'noise', sigma } : { kind: 'none' },
    [stabKind, gamma, sigma],
  );
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
            <Segmented
              name="dirac-optimizer"
              legend={t('theory.dirac.updates')}
              value={optimizer}
              options={optimizers(t)}
              onChange={setOptimizer}
              testId="dirac-optimizer"
            />
          </div>
          <p className="hint">{t(`theory.dirac.optimizerHint.${optimizer}`)}</p>
          <LocalSlider
            label={t('theory.dirac.rate')}
            value={Math.log10(lr)}
            min={-2}
            max={0}
            step={0.05}
            onChange={(v) => setLr(Number((10 ** v).toPrecision(2)))}
            display={String(lr)}
            testId="dirac-lr"
          />
          <LocalSlider
            label={t('theory.dirac.steps')}
            value={steps}
            min={50}
            max={2000}
            step={50}
            onChange={setSteps}
            display={String(steps)}
            testId="dirac-steps"
          />
        </section>
        <section className="sidebar-section">
          <Segmented
            name="dirac-stabiliser"
            legend={t('theory.dirac.stabiliser')}
            value={stabKind}
            options={stabilisers(t)}
            onChange={setStabKind}
            testId="dirac-stabiliser"
          />
          {stabKind === 'r1' && (
            <LocalSlider
              label="R1 γ"
              value={gamma}
              min={0.05}
              max={5}
              step={0.05}
              onChange={setGamma}
              display={gamma.toFixed(2)}
              testId="dirac-gamma"
            />
          )}
          {stabKind === 'noise' && (
            <LocalSlider
              label={t('theory.dirac.noiseSigma')}
              value={sigma}
              min={0.1}
              max={2}
              step={0.05}
              onChange={setSigma}
              display={sigma.toFixed(2)}
              testId="dirac-sigma"
            />
          )}
          <p className="hint">{t(`theory.dirac.stabiliserHint.${stabKind}`)}</p>
          <div className="control checkbox">
            <input
              id={emaId}
              type="checkbox"
              checked={showEma}
              onChange={(e) => setShowEma(e.currentTarget.checked)}
              data-testid="dirac-show-ema"
            />
            <label htmlFor={emaId}>{t('theory.dirac.showEma', { beta: EMA_BETA })}</label>
          </div>
        </section>
        <section className="sidebar-section">
          <h2>{t('theory.dirac.start')}</h2>
          <p className="dirac-start-readout">
            θ₀ = <output data-testid="dirac-start-theta">{fmt2(start.theta)}</output>, ψ₀ ={' '}
            <output data-testid="dirac-start-psi">{fmt2(start.psi)}</output>
          </p>
          <p className="hint">{t('theory.dirac.startHint')}</p>
          <div className="dirac-buttons">
            <button type="button" className="small-button" onClick={() => setStart(DEFAULT_START)}>
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
