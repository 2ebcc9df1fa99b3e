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
import { useAppState, useSetting } from '../../state/context';
import { formatNumber } from '../../state/format';
import { ChartPanel } from '../charts/ChartPanel';
import { Readout } from '../charts/Readout';
import { Segmented } from '../controls';
import { DIRAC_COLORS } from './diracTheme';
import { DistanceChart } from './DistanceChart';
import { FieldPlot } from './FieldPlot';
import { useReplay } from './useReplay';

type StabKind = DiracStabiliser['kind'];
const DEFAULT_START: DiracPoint = { theta: 1, psi: 1 };
const EMA_BETA = 0.99;

const OPTIMIZERS: readonly { value: DiracOptimizer; label: string }[] = [
  { value: 'simultaneous', label: 'Simultaneous' },
  { value: 'alternating', label: 'Alternating' },
  { value: 'adam', label: 'Adam' },
];
const STABILISERS: readonly { value: StabKind; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'r1', label: 'R1' },
  { value: 'noise', label: 'Noise' },
];
const OPTIMIZER_NAME: Record<DiracOptimizer, string> = {
  simultaneous: 'simultaneous',
  alternating: 'alternating',
  adam: 'Adam',
};
const OPTIMIZER_HINT: Record<DiracOptimizer, string> = {
  simultaneous: 'G and D step at once from the same point: (θ, ψ) ← (θ, ψ) + h·v(θ, ψ).',
  alternating: 'D steps first, then G against the new D (as the playground does).',
  adam: 'Simultaneous Adam steps (β1 = 0.5, β2 = 0.999, as in the playground): each step has length ≈ h.',
};
const STAB_HINT: Record<StabKind, string> = {
  none: 'The plain game: the field is tangential to every circle around (0, 0).',
  r1: 'D also pays γ/2·(∂D/∂x)² at the data = γ/2·ψ²: its update gains −h·γψ, a friction on ψ.',
  noise: 'D sees the data and G’s point blurred by N(0, σ²): averaged over the noise, the field turns inwards.',
};

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

function verdict(start: number, end: number, escaped: boolean): string {
  if (escaped) return 'runs away';
  if (!(start > 0)) return 'stays at (0, 0)';
  const r = end / start;
  if (r > 1.05) return 'spirals out';
  if (r < 0.1) return 'converges';
  if (r < 0.9) return 'ends closer';
  return 'circles';
}

export function DiracView() {
  const { setSettingsPatch } = useAppState();
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

  return (
    <>
      <aside className="sidebar dirac-controls" aria-label="Dirac GAN settings" data-testid="dirac-controls">
        <section className="sidebar-section">
          <h2>The Dirac GAN</h2>
          <p className="hint">
            The data are one point at 0. G puts its one point at θ; D is a line, D(x) = ψ·x (a logit). G descends L(θ,
            ψ) = f(ψθ) + f(0) with f(t) = −log(1 + e<sup>−t</sup>), D ascends it. The only equilibrium is (0, 0).
          </p>
          <div className="dirac-stack">
            <Segmented
              name="dirac-optimizer"
              legend="Updates"
              value={optimizer}
              options={OPTIMIZERS}
              onChange={setOptimizer}
              testId="dirac-optimizer"
            />
          </div>
          <p className="hint">{OPTIMIZER_HINT[optimizer]}</p>
          <LocalSlider
            label="Rate h"
            value={Math.log10(lr)}
            min={-2}
            max={0}
            step={0.05}
            onChange={(v) => setLr(Number((10 ** v).toPrecision(2)))}
            display={String(lr)}
            testId="dirac-lr"
          />
          <LocalSlider
            label="Steps"
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
            legend="Stabiliser"
            value={stabKind}
            options={STABILISERS}
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
              label="Noise σ"
              value={sigma}
              min={0.1}
              max={2}
              step={0.05}
              onChange={setSigma}
              display={sigma.toFixed(2)}
              testId="dirac-sigma"
            />
          )}
          <p className="hint">{STAB_HINT[stabKind]}</p>
          <div className="control checkbox">
            <input
              id={emaId}
              type="checkbox"
              checked={showEma}
              onChange={(e) => setShowEma(e.currentTarget.checked)}
              data-testid="dirac-show-ema"
            />
            <label htmlFor={emaId}>Show an EMA of G (β = {EMA_BETA})</label>
          </div>
        </section>
        <section className="sidebar-section">
          <h2>Start</h2>
          <p className="dirac-start-readout">
            θ₀ = <output data-testid="dirac-start-theta">{fmt2(start.theta)}</output>, ψ₀ ={' '}
            <output data-testid="dirac-start-psi">{fmt2(start.psi)}</output>
          </p>
          <p className="hint">Click or drag in the plane, or focus the start dot and use the arrow keys.</p>
          <div className="dirac-buttons">
            <button type="button" className="small-button" onClick={() => setStart(DEFAULT_START)}>
              Start at (1, 1)
            </button>
            {!reduced && (
              <button type="button" className="small-button" onClick={replay} data-testid="dirac-replay">
                {playing ? 'Restart' : 'Replay'}
              </button>
            )}
          </div>
        </section>
      </aside>
      <main className="dirac" aria-label="Why GANs circle">
        <div className="dirac-field-panel">
          <ChartPanel
            id="dirac-field"
            title="Why GANs circle: the Dirac GAN"
            caption={
              <>
                Arrows: v(θ, ψ) = (−∂L/∂θ, ∂L/∂ψ), where a gradient step moves G and D
                {stabKind === 'r1' ? ' (with R1)' : stabKind === 'noise' ? ' (with instance noise)' : ''}. The line:{' '}
                {steps} {OPTIMIZER_NAME[optimizer]} steps of rate {lr}.
              </>
            }
            legend={[
              { label: 'field v', color: DIRAC_COLORS.field, kind: 'line' },
              { label: 'trajectory', color: DIRAC_COLORS.trajectory, kind: 'line' },
            ]}
            summary={
              <p>
                From θ = {fmt2(start.theta)}, ψ = {fmt2(start.psi)} (distance {formatNumber(d0)}), {last}{' '}
                {OPTIMIZER_NAME[optimizer]} steps of rate {lr} with{' '}
                {stabKind === 'none'
                  ? 'no stabiliser'
                  : stabKind === 'r1'
                    ? `R1, γ = ${gamma}`
                    : `instance noise, σ = ${sigma}`}{' '}
                end at distance {formatNumber(dEnd)} from the equilibrium: the trajectory{' '}
                {verdict(d0, dEnd, trajectory.escaped)}.
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
            title="Distance to the equilibrium"
            caption={<>√(θ² + ψ²) after each step; dashed: at the start.</>}
            legend={[
              { label: 'distance', color: DIRAC_COLORS.trajectory, kind: 'line' },
              ...(showEma ? [{ label: `|θ̄|, EMA of G`, color: DIRAC_COLORS.ema, kind: 'dashed' as const }] : []),
            ]}
            readouts={
              <>
                <Readout label="now" value={formatNumber(now)} testId="dirac-distance-now" />
                <Readout
                  label={`after ${last} steps`}
                  value={formatNumber(dEnd)}
                  testId="dirac-final-distance"
                  title="Distance √(θ² + ψ²) to the equilibrium after the last step"
                />
                <Readout
                  label="per step near (0, 0) ×"
                  value={growth === null ? '–' : growth.toFixed(4)}
                  testId="dirac-growth"
                  title="How much one step multiplies a small distance to (0, 0), at worst (the step map's largest |eigenvalue|): above 1 spirals out, 1 circles, below 1 converges. Adam has no fixed step map."
                />
                <span className="dirac-verdict" data-testid="dirac-verdict">
                  {verdict(d0, dEnd, trajectory.escaped)}
                </span>
              </>
            }
            summary={
              <p>
                Distance to (0, 0): {formatNumber(d0)} at the start, {formatNumber(dEnd)} after {last} steps.
              </p>
            }
          >
            {(size) => <DistanceChart size={size} distance={trajectory.distance} ema={ema} steps={steps} step={step} />}
          </ChartPanel>
          <section className="panel dirac-explain" aria-labelledby="dirac-explain-title">
            <h2 id="dirac-explain-title">What this means for the playground</h2>
            <div className="dirac-buttons">
              <button
                type="button"
                className="small-button"
                data-testid="dirac-apply-r1"
                onClick={() => setSettingsPatch({ r1Gamma: 1, view: 'playground' })}
              >
                Use R1 (γ = 1) in the playground
              </button>
              <span className="hint">
                The playground’s R1 is {playgroundGamma > 0 ? `on, γ = ${playgroundGamma}` : 'off'}.
              </span>
            </div>
            <p>
              Near its equilibrium the playground’s GAN is a bigger version of this game: G’s and D’s weights push each
              other sideways, like θ and ψ here, so gradient steps go round the equilibrium instead of into it. That is
              why its JS divergence falls and then oscillates while p_model’s width swings; two learning rates or Adam
              do not remove the rotation. The remedies are the ones shown here: R1 (γ) gives D friction at the data,
              instance noise (σ) blurs what D sees and damps it too, and an EMA of G averages the circling out (tick
              “Show an EMA of G”). Derivations: docs/theory.md §6.8.
            </p>
          </section>
        </div>
      </main>
    </>
  );
}
