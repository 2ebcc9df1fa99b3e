// "Fit Q to P": one Gaussian Q fitted to P twice, by forward KL (moment matching: mode covering) and by
// reverse KL (a numerical search: mode seeking), animated side by side from Q's current shape.
import { useEffect, useRef, useState } from 'react';
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import {
  fitObjective,
  fitQToP,
  gaussianOnGrid,
  interpolateGaussian,
  mixtureMoments,
  type ExplorerFits,
  type FitDirection,
  type GaussianParams,
} from '../../core/explorer';
import { SETTINGS_TABLE, type MixtureComponent, type Units } from '../../core/settings';
import { useAppState } from '../../state/context';
import { formatNumber } from '../../state/format';
import { useT } from '../../state/language';
import { Axis } from '../charts/Axis';
import { formatX, maxOf, X_CENTERS, X_DOMAIN } from '../charts/scales';
import { Readout } from '../charts/Readout';
import { useSize } from '../charts/useSize';
import { KLReadout } from '../charts/KLReadout';
import { P_COLOR, Q_COLOR } from './shared';

/** The animation's length. */
const DURATION_MS = 1500;
const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
const SMALL_MARGIN = { top: 6, right: 8, bottom: 24, left: 10 };
const SMALL_TICKS = [-6, -3, 0, 3, 6];
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

interface FitRun {
  /** P when fitted: a fit of another P is not shown. */
  pKey: string;
  fits: ExplorerFits;
  /** Q's shape when the fit started (its moments: one Gaussian). */
  start: GaussianParams;
  id: number;
}

const reducedMotion = () => typeof window !== 'undefined' && !!window.matchMedia?.(REDUCED_MOTION).matches;

/** Each side's KL and its arguments (its text: theory.explorer.fit.<direction>.* in the catalogue). */
const SIDES = {
  forward: { kl: 'KL(P‖Q)', ref: 'q', other: 'p' },
  reverse: { kl: 'KL(Q‖P)', ref: 'p', other: 'q' },
} as const;

export function FitPanel({
  pc,
  qc,
  p,
  units,
}: {
  pc: readonly MixtureComponent[];
  qc: readonly MixtureComponent[];
  p: Float64Array;
  units: Units;
}) {
  const tr = useT();
  const [run, setRun] = useState<FitRun | null>(null);
  const [t, setT] = useState(1);
  const frame = useRef(0);
  const pKey = JSON.stringify(pc);
  const active = run && run.pKey === pKey ? run : null;

  const start = () => {
    const next: FitRun = { pKey, fits: fitQToP(pc), start: mixtureMoments(qc), id: (run?.id ?? 0) + 1 };
    setRun(next);
    setT(reducedMotion() ? 1 : 0);
  };

  // The animation: t from 0 to 1 over DURATION_MS, one state update per frame.
  const runId = run?.id;
  useEffect(() => {
    if (runId === undefined || reducedMotion()) return;
    const t0 = performance.now();
    const tick = (now: number) => {
      const next = Math.min(1, (now - t0) / DURATION_MS);
      setT(next);
      if (next < 1) frame.current = requestAnimationFrame(tick);
    };
    frame.current = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame.current);
  }, [runId]);

  const state = !active ? 'idle' : t < 1 ? 'animating' : 'done';
  // One y scale for both charts and the whole animation: P, and the start and end of each Q.
  const peak = (g: GaussianParams) => INV_SQRT_2PI / g.std;
  const yMax =
    1.1 *
    Math.max(maxOf(p), ...(active ? [peak(active.start), peak(active.fits.forward), peak(active.fits.reverse)] : []));
  return (
    <section
      className="panel explorer-fit"
      aria-labelledby="explorer-fit-title"
      data-testid="panel-explorer-fit"
      data-state={state}
    >
      <div className="panel-head">
        <h2 id="explorer-fit-title">{tr('theory.explorer.fit.title')}</h2>
        <button
          type="button"
          className="primary explorer-fit-button"
          onClick={start}
          data-testid="explorer-fit"
          title={
            active
              ? tr('theory.explorer.fit.againTitle', {
                  mean: formatNumber(active.start.mean),
                  std: formatNumber(active.start.std),
                })
              : tr('theory.explorer.fit.buttonTitle')
          }
        >
          {tr('theory.explorer.fit.button')}
        </button>
      </div>
      <div className="explorer-fit-sides">
        {(['forward', 'reverse'] as const).map((dir) => (
          <FitSide
            key={dir}
            direction={dir}
            run={active}
            t={t}
            p={p}
            pc={pc}
            yMax={yMax}
            units={units}
            done={state === 'done'}
          />
        ))}
      </div>
    </section>
  );
}

function FitSide({
  direction,
  run,
  t,
  p,
  pc,
  yMax,
  units,
  done,
}: {
  direction: FitDirection;
  run: FitRun | null;
  t: number;
  p: Float64Array;
  pc: readonly MixtureComponent[];
  yMax: number;
  units: Units;
  done: boolean;
}) {
  const side = SIDES[direction];
  const tr = useT();
  const title = tr(`theory.explorer.fit.${direction}.title`);
  const { setSettingsPatch } = useAppState();
  const [ref, size] = useSize<HTMLDivElement>();
  const fit = run?.fits[direction];
  const now = run && fit ? (t >= 1 ? fit : interpolateGaussian(run.start, fit, t)) : null;
  const kl = now && fit ? (t >= 1 ? fit.kl : fitObjective(direction, pc, now)) : null;
  const q = now ? gaussianOnGrid(now) : null;
  const d = direction;

  // "Use as Q": Q becomes this single Gaussian, rounded to the sliders' steps and clamped to their ranges.
  const meanProp = SETTINGS_TABLE.explorerQMean0,
    stdProp = SETTINGS_TABLE.explorerQStd0;
  const toSetting = (v: number, prop: { min: number; max: number; step: number }) =>
    Math.min(prop.max, Math.max(prop.min, Math.round(v / prop.step) * prop.step));
  const target = fit ? { mean: toSetting(fit.mean, meanProp), std: toSetting(fit.std, stdProp) } : null;
  const clamped =
    fit &&
    target &&
    (Math.abs(target.mean - fit.mean) > meanProp.step || Math.abs(target.std - fit.std) > stdProp.step);

  return (
    <div
      className="explorer-fit-side"
      role="group"
      aria-labelledby={`explorer-fit-${d}-title`}
      data-testid={`explorer-fit-${d}`}
    >
      <h3 id={`explorer-fit-${d}-title`}>{title}</h3>
      <p className="explorer-fit-note">{tr(`theory.explorer.fit.${direction}.note`)}</p>
      <div className="readouts">
        <Readout
          label="μ"
          color={Q_COLOR}
          value={now ? formatNumber(now.mean) : '–'}
          testId={`explorer-fit-${d}-mean`}
          title={tr('theory.explorer.fit.meanTitle')}
        />
        <Readout
          label="σ"
          value={now ? formatNumber(now.std) : '–'}
          testId={`explorer-fit-${d}-std`}
          title={tr('theory.explorer.fit.stdTitle')}
        />
        {kl ? (
          <KLReadout
            label={side.kl}
            hint={tr(`theory.explorer.fit.${direction}.hint`)}
            kl={kl}
            units={units}
            testId={`explorer-fit-${d}-kl`}
            refName={side.ref}
            otherName={side.other}
          />
        ) : (
          <Readout label={side.kl} value="–" testId={`explorer-fit-${d}-kl`} />
        )}
      </div>
      <div className="plot explorer-fit-plot" ref={ref}>
        {size.width > 40 && size.height > 40 && <SmallPlot size={size} p={p} q={q} yMax={yMax} label={title} />}
      </div>
      <div className="explorer-fit-actions">
        <button
          type="button"
          className="small-button"
          disabled={!done || !target}
          onClick={() =>
            target &&
            setSettingsPatch({ explorerQComponents: 1, explorerQMean0: target.mean, explorerQStd0: target.std })
          }
          data-testid={`explorer-fit-${d}-use`}
          aria-label={tr(`theory.explorer.fit.${direction}.use`)}
        >
          {tr('theory.explorer.fit.use')}
        </button>
        {done && clamped && target && (
          <span
            className="explorer-fit-clamped"
            title={tr('theory.explorer.fit.clampedTitle', {
              meanMin: meanProp.min,
              meanMax: meanProp.max,
              stdMin: stdProp.min,
              stdMax: stdProp.max,
              mean: formatNumber(target.mean),
              std: formatNumber(target.std),
            })}
          >
            {target.std === stdProp.max || target.std === stdProp.min
              ? tr('theory.explorer.fit.stdStops', { v: target.std })
              : tr('theory.explorer.fit.meanStops', { v: target.mean })}
          </span>
        )}
      </div>
    </div>
  );
}

function SmallPlot({
  size,
  p,
  q,
  yMax,
  label,
}: {
  size: { width: number; height: number };
  p: Float64Array;
  q: Float64Array | null;
  yMax: number;
  label: string;
}) {
  const tr = useT();
  const m = SMALL_MARGIN;
  const w = size.width - m.left - m.right;
  const h = size.height - m.top - m.bottom;
  const x = scaleLinear().domain(X_DOMAIN).range([0, w]);
  const y = scaleLinear().domain([0, yMax]).range([h, 0]).clamp(true);
  const xs = (_: number, i: number) => x(X_CENTERS[i]);
  const pArea =
    area<number>()
      .x(xs)
      .y0(h)
      .y1((v) => y(v))(Array.from(p)) ?? '';
  const qLine = q
    ? (line<number>()
        .x(xs)
        .y((v) => y(v))(Array.from(q)) ?? '')
    : '';
  return (
    <svg
      width={size.width}
      height={size.height}
      role="img"
      aria-label={tr('theory.explorer.fit.plotAria', { title: label })}
    >
      <g transform={`translate(${m.left},${m.top})`}>
        <Axis
          orient="bottom"
          scale={x}
          ticks={SMALL_TICKS}
          format={formatX}
          label=""
          width={w}
          height={h}
          grid={false}
        />
        <path d={pArea} style={{ fill: P_COLOR, stroke: P_COLOR }} fillOpacity={0.3} strokeWidth={2} />
        {qLine ? (
          <path d={qLine} fill="none" style={{ stroke: Q_COLOR }} strokeWidth={3} strokeLinejoin="round" />
        ) : (
          <text x={0} y={12} className="empty-note">
            {tr('theory.explorer.fit.empty')}
          </text>
        )}
      </g>
    </svg>
  );
}
