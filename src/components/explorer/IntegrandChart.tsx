// Chart (b): where KL comes from. The integrand p·log(p/q) over x (or q·log(q/p) for the other
// direction): the area above 0 minus the area below 0 is the KL divergence. Positive parts are filled
// in the KL's colour, negative parts hatched in grey.
import { useMemo, useState } from 'react';
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { klIntegrand, type ExplorerMeasures } from '../../core/explorer';
import type { MixtureComponent, Units } from '../../core/settings';
import { formatNumber, toUnits, unitLabel } from '../../state/format';
import { useT } from '../../state/language';
import { Axis } from '../charts/Axis';
import { ChartPanel } from '../charts/ChartPanel';
import { BoundMarker, klTooltip, klValueText } from '../charts/KLReadout';
import { formatX, minus, sampleIndices, X_CENTERS, X_DOMAIN, X_TICKS } from '../charts/scales';
import { COLORS, MARGIN } from '../charts/theme';
import { useStickyDomain } from '../charts/useStickyDomain';
import { Swatch } from '../charts/Legend';
import { Segmented } from '../controls';

type Direction = 'pq' | 'qp';
const SAMPLE_XS = [-4, -3, -2, -1, 0, 1, 2, 3, 4];
const NEG = COLORS.neutral;
const HATCH_ID = 'explorer-negative-hatch';

const TEXT = {
  pq: { kl: 'KL(P‖Q)', f: 'p·log(p/q)', plus: 'p > q', minus: 'p < q', color: COLORS.klForward },
  qp: { kl: 'KL(Q‖P)', f: 'q·log(q/p)', plus: 'q > p', minus: 'q < p', color: COLORS.klReverse },
} as const;

/** The legend's mark for the hatched (negative) area. */
function HatchSwatch() {
  return (
    <svg className="swatch" width="26" height="14" aria-hidden="true">
      <rect x="1" y="2" width="24" height="10" fill={`url(#${HATCH_ID})`} style={{ stroke: NEG }} strokeWidth={1} />
    </svg>
  );
}

export function IntegrandChart({
  pc,
  qc,
  measures,
  units,
  dragging,
}: {
  pc: readonly MixtureComponent[];
  qc: readonly MixtureComponent[];
  measures: ExplorerMeasures;
  units: Units;
  dragging: boolean;
}) {
  const [dir, setDir] = useState<Direction>('pq');
  const tr = useT();
  const t = TEXT[dir];
  const kl = dir === 'pq' ? measures.klPQ : measures.klQP;
  const values = useMemo(() => {
    const raw = dir === 'pq' ? klIntegrand(pc, qc) : klIntegrand(qc, pc);
    return Float64Array.from(raw, (v) => toUnits(v, units));
  }, [dir, pc, qc, units]);
  let lo = 0,
    hi = 0;
  for (const v of values) {
    if (v > hi) hi = v;
    else if (v < lo) lo = v;
  }
  const [yLo, yHi] = useStickyDomain([lo * 1.1, hi * 1.1], { shrinkBelow: 0.5, frozen: dragging });
  const u = unitLabel(tr, units);
  const idx = sampleIndices(SAMPLE_XS);
  const klTip = klTooltip(tr, kl, dir === 'pq' ? 'q' : 'p', dir === 'pq' ? 'p' : 'q');
  return (
    <ChartPanel
      id="explorer-integrand"
      title={tr('theory.explorer.integrand.title')}
      tools={
        <div className="explorer-tool">
          <Segmented
            name="explorer-integrand"
            legend={<span className="sr-only">{tr('theory.explorer.integrand.of')}</span>}
            value={dir}
            testId="explorer-integrand-direction"
            options={[
              { value: 'pq', label: 'KL(P‖Q)' },
              { value: 'qp', label: 'KL(Q‖P)' },
            ]}
            onChange={setDir}
          />
        </div>
      }
      caption={
        <>
          {t.kl} = ∫ {t.f} dx ={' '}
          <span className="explorer-key" title={tr('theory.explorer.integrand.adds', { where: t.plus, kl: t.kl })}>
            <Swatch color={t.color} kind="area" /> {tr('theory.explorer.integrand.area')}
          </span>{' '}
          −{' '}
          <span
            className="explorer-key"
            title={tr('theory.explorer.integrand.subtracts', { where: t.minus, kl: t.kl })}
          >
            <HatchSwatch /> {tr('theory.explorer.integrand.area')}
          </span>{' '}
          = <BoundMarker kl={kl} title={klTip} />
          <strong data-testid="explorer-integrand-total">{klValueText(kl, units)}</strong> {u}
        </>
      }
      summary={
        <table>
          <caption>{tr('theory.explorer.integrand.table', { f: t.f, unit: u })}</caption>
          <thead>
            <tr>
              <th scope="col">x</th>
              <th scope="col">{t.f}</th>
            </tr>
          </thead>
          <tbody>
            {idx.map((k, j) => (
              <tr key={k}>
                <th scope="row">{SAMPLE_XS[j]}</th>
                <td>{formatNumber(values[k])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(size) => {
        const w = size.width - MARGIN.left - MARGIN.right;
        const h = size.height - MARGIN.top - MARGIN.bottom;
        const x = scaleLinear().domain(X_DOMAIN).range([0, w]);
        const y = scaleLinear()
          .domain([yLo, yHi > yLo ? yHi : yLo + 1])
          .range([h, 0])
          .clamp(true);
        const xs = (_: number, i: number) => x(X_CENTERS[i]);
        const arr = Array.from(values);
        const pos =
          area<number>()
            .x(xs)
            .y0(y(0))
            .y1((v) => y(Math.max(0, v)))(arr) ?? '';
        const neg =
          area<number>()
            .x(xs)
            .y0(y(0))
            .y1((v) => y(Math.min(0, v)))(arr) ?? '';
        const curve =
          line<number>()
            .x(xs)
            .y((v) => y(v))(arr) ?? '';
        const nTicks = Math.max(2, Math.floor(h / 40));
        const yFormat = y.tickFormat(nTicks);
        return (
          <svg
            width={size.width}
            height={size.height}
            role="img"
            aria-label={tr('theory.explorer.integrand.aria', { f: t.f, kl: t.kl })}
            data-testid="chart-explorer-integrand"
          >
            <defs>
              <pattern id={HATCH_ID} width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="7" height="7" style={{ fill: NEG }} fillOpacity={0.12} />
                <line x1="0" y1="0" x2="0" y2="7" style={{ stroke: NEG }} strokeWidth="2.5" />
              </pattern>
            </defs>
            <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
              <Axis
                orient="left"
                scale={y}
                ticks={y.ticks(nTicks)}
                format={(v) => minus(yFormat(v))}
                label={`${t.f} (${u})`}
                width={w}
                height={h}
              />
              <Axis orient="bottom" scale={x} ticks={X_TICKS} format={formatX} label="x" width={w} height={h} />
              <path d={pos} style={{ fill: t.color }} fillOpacity={0.45} />
              <path d={neg} fill={`url(#${HATCH_ID})`} />
              <line x1={0} x2={w} y1={y(0)} y2={y(0)} style={{ stroke: COLORS.axis }} strokeWidth={1.25} />
              <path d={curve} fill="none" style={{ stroke: COLORS.ink }} strokeWidth={1.75} strokeLinejoin="round" />
            </g>
          </svg>
        );
      }}
    </ChartPanel>
  );
}
