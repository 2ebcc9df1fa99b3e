// The generator's costs as arrows on the Densities chart (docs/theory.md §6.5): at points spread over
// p_model's mass, an arrow per cost shows −∂J/∂x per sample, the way one gradient step on G moves a
// generated sample sitting at x. D comes from the snapshot; the maths is in core/generatorGradient.ts.
import { useLayoutEffect } from 'react';
import type { ScaleLinear } from 'd3-scale';
import type { GeneratorLossKind } from '../../core/settings';
import { CHART_GRID } from '../../core/grid';
import { arrowPositions, generatorArrows, type GeneratorCost } from '../../core/generatorGradient';
import { useT } from '../../state/language';
import { ARROW_SCALE_PX } from './Legend';
import { COLORS, inkOf } from './theme';
import { useStickyDomain } from './useStickyDomain';

/** Off, the active training loss only, or all three costs in stacked rows (side by side). */
export type ArrowMode = 'off' | 'active' | 'all';

const ARROW_POINTS = 25;
/** Arrows stand at least this many px apart (fewer than ARROW_POINTS on a narrow p_model). */
const MIN_GAP_PX = 17;

/**
 * Okabe–Ito colours from the theme, one per cost, and its formula (its names are the messages
 * chart.arrows.cost.<cost>.short and .name).
 */
const COST_STYLE: Record<GeneratorCost, { color: string; formula: string }> = {
  'non-saturating': {
    color: COLORS.klReverse,
    formula: 'J = −½ E[log D(G(z))], −∂J/∂x = ½ (1 − D) ℓ′(x)',
  },
  minimax: {
    color: COLORS.js,
    formula: 'J = ½ E[log(1 − D(G(z)))], −∂J/∂x = ½ D ℓ′(x)',
  },
  'maximum-likelihood': {
    color: COLORS.reference,
    formula: 'J = −½ E[exp(σ⁻¹(D(G(z))))], −∂J/∂x = ½ e^ℓ ℓ′(x)',
  },
};

/** The rows to draw, bottom row first. */
function arrowRows(mode: ArrowMode, loss: GeneratorLossKind): GeneratorCost[] {
  if (mode === 'off') return [];
  if (mode === 'active') return [loss];
  return ['non-saturating', 'minimax', 'maximum-likelihood'];
}

/** One arrow (a dot at the sample, a shaft and a head) of `len` px, signed, at (x0, y). */
function arrowPath(x0: number, y: number, len: number): string {
  const a = Math.abs(len);
  if (a < 1.5) return '';
  const s = Math.sign(len);
  const head = Math.min(6, a * 0.6);
  const tip = x0 + len;
  return `M${x0},${y}H${tip - s * head * 0.6}M${tip},${y}L${tip - s * head},${y - 3.8}L${tip - s * head},${y + 3.8}Z`;
}

export function GradientArrows({
  mode,
  loss,
  d,
  pModel,
  x,
  width,
  height,
  onScale,
}: {
  /**
   * The value an arrow of ARROW_SCALE_PX stands for while arrows are drawn, else null: the chart's legend
   * shows the scale (inside the plot it would sit where a target's handle can be).
   */
  onScale: (top: number | null) => void;
  mode: ArrowMode;
  loss: GeneratorLossKind;
  /** D at the grid's bin centres (Analysis.d). */
  d: Float64Array;
  pModel: Float64Array;
  x: ScaleLinear<number, number>;
  width: number;
  height: number;
}) {
  const rows = arrowRows(mode, loss);
  const t = useT();
  const minGap = (MIN_GAP_PX * (x.domain()[1] - x.domain()[0])) / Math.max(1, width);
  const arrows = generatorArrows(d, CHART_GRID, arrowPositions(pModel, CHART_GRID, { n: ARROW_POINTS, minGap }));
  // One scale for every row, and the same for both training losses whichever is shown, so that
  // switching the loss compares like with like; ML joins it when its row is drawn.
  let needed = 0;
  for (const a of arrows)
    for (const c of ['non-saturating', 'minimax', ...rows] as GeneratorCost[])
      if (Number.isFinite(a.push[c])) needed = Math.max(needed, Math.abs(a.push[c]));
  const [, top] = useStickyDomain([0, needed], { shrinkBelow: 0.3 });
  const drawn = rows.length > 0 && arrows.length > 0;
  useLayoutEffect(() => onScale(drawn ? top : null), [drawn, top, onScale]);
  useLayoutEffect(() => () => onScale(null), [onScale]);
  if (!drawn) return null;

  // The longest arrow spans about two gaps (2 × MIN_GAP_PX): neighbours overlap a little, heads stay apart.
  const maxLen = ARROW_SCALE_PX;
  const ROW = height < 120 ? 12 : 15;
  const px = (v: number) => (top > 0 && Number.isFinite(v) ? (Math.max(-top, Math.min(top, v)) / top) * maxLen : 0);
  const rowY = (r: number) => height - 9 - r * ROW;
  const meanD = arrows.reduce((s, a) => s + a.d, 0) / arrows.length;
  const saturated = rows.includes('minimax') && meanD < 0.1;
  // The rows' labels go to the side of the plot away from p_model's mass.
  const centre = arrows.reduce((s, a) => s + x(a.x), 0) / arrows.length;
  const left = centre > width / 2;
  const labelX = left ? 4 : width - 4;
  const anchor = left ? 'start' : 'end';

  return (
    <g
      className="generator-arrows"
      data-testid="generator-arrows"
      data-loss={rows.length === 1 ? rows[0] : 'all'}
      aria-hidden="true"
    >
      <title>
        {t('chart.arrows.title', {
          costs: rows.map((c) => `${t(`chart.arrows.cost.${c}.name`)}: ${COST_STYLE[c].formula}`).join('; '),
          saturation: t('chart.arrows.saturation'),
        })}
      </title>
      {rows.map((c, r) => {
        const y = rowY(r);
        const { color } = COST_STYLE[c];
        const short = t(`chart.arrows.cost.${c}.short`);
        return (
          <g key={c} data-testid={`generator-arrows-${c}`}>
            {arrows.map((a, i) => {
              const x0 = x(a.x);
              const len = px(a.push[c]);
              return (
                <g key={i}>
                  <circle cx={x0} cy={y} r={2} style={{ fill: color }} />
                  <path
                    className="generator-arrow"
                    d={arrowPath(x0, y, len)}
                    style={{ stroke: color, fill: color }}
                    strokeWidth={2}
                    data-push={a.push[c]}
                  />
                </g>
              );
            })}
            <text
              className="arrow-label"
              x={labelX}
              y={y}
              dy="0.35em"
              textAnchor={anchor}
              style={{ fill: inkOf(color) }}
            >
              {short}
              {c === 'minimax' && saturated ? ` ${t('chart.arrows.saturated')}` : ''}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** The switch under the Densities chart: arrows off, for the active loss, or for all three costs. */
export function ArrowSwitch({ mode, onChange }: { mode: ArrowMode; onChange: (m: ArrowMode) => void }) {
  const t = useT();
  const options: { value: ArrowMode; label: string; title: string }[] = [
    { value: 'off', label: t('chart.arrows.off'), title: t('chart.arrows.offTitle') },
    { value: 'active', label: 'J(G)', title: t('chart.arrows.activeTitle') },
    { value: 'all', label: t('chart.arrows.all'), title: t('chart.arrows.allTitle') },
  ];
  return (
    <span
      className="chart-switch"
      role="group"
      aria-label={t('chart.arrows.group')}
      data-testid="arrows-mode"
      title={t('chart.arrows.switchTitle', { saturation: t('chart.arrows.saturation') })}
    >
      <span className="chart-switch-label" aria-hidden="true">
        {t('chart.arrows.label')}
      </span>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          aria-pressed={mode === o.value}
          title={o.title}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </span>
  );
}
