// The z → x mapping view (Goodfellow et al. 2014, Figure 1; docs/theory.md §7.10): a line from each
// of 41 quantiles of p_z on the noise axis (below) to G(z) on the x axis (above), live. Lines that bunch
// up at the top squeeze probability mass (p_model is high there), lines that fan out stretch it, lines
// that cross show a G that is not monotone. It takes the Discriminator panel's place while it is open.
import { memo } from 'react';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { noiseDistribution } from '../../core/noise';
import type { NoiseKind } from '../../core/settings';
import { useSetting, useSnapshot } from '../../state/context';
import { formatNumber } from '../../state/format';
import { useT } from '../../state/language';
import { Axis } from './Axis';
import { ChartPanel } from './ChartPanel';
import { formatX, X_DOMAIN, X_TICKS } from './scales';
import { COLORS, MARGIN } from './theme';

const TOP = 30; // room for the x axis above the plot
const NOISE_LABEL: Record<NoiseKind, string> = { normal: 'z ~ N(0, 1)', uniform: 'z ~ U(−1, 1)' };

/** How G orders the quantiles: the sign changes of G(z_{i+1}) − G(z_i) (steps below `tol` are ignored). */
function monotonicity(
  x: ArrayLike<number>,
  tol = 1e-6,
): { kind: 'increasing' | 'decreasing' | 'folded' | 'flat'; folds: number } {
  let last = 0,
    folds = 0,
    first = 0;
  for (let i = 1; i < x.length; i++) {
    const s = x[i] - x[i - 1] > tol ? 1 : x[i] - x[i - 1] < -tol ? -1 : 0;
    if (s === 0) continue;
    if (first === 0) first = s;
    else if (s !== last) folds++;
    last = s;
  }
  if (first === 0) return { kind: 'flat', folds: 0 };
  return { kind: folds > 0 ? 'folded' : first > 0 ? 'increasing' : 'decreasing', folds };
}

export const MappingChart = memo(function MappingChart({ onClose }: { onClose: () => void }) {
  const snap = useSnapshot();
  const noise = useSetting('noise');
  const map = snap?.zxMapping;
  const ok = !!map && map.x.length > 1;
  const mono = ok ? monotonicity(map.x) : null;
  const t = useT();

  return (
    <ChartPanel
      id="mapping"
      title={t('chart.mapping.title')}
      caption={t('chart.mapping.caption')}
      tools={
        <button
          type="button"
          className="small-button tool"
          onClick={onClose}
          data-testid="close-mapping"
          title={t('chart.mapping.closeTitle')}
        >
          ⇄ {t('chart.mapping.close')}
        </button>
      }
      readouts={
        mono && (
          <div className="readout">
            <span className="readout-label">{t('chart.mapping.gIs')}</span>{' '}
            <output className="readout-value mapping-monotone" data-testid="readout-mapping-monotone">
              {mono.kind === 'folded'
                ? t('chart.mapping.mono.folded', { folds: mono.folds })
                : t(`chart.mapping.mono.${mono.kind}`)}
            </output>
          </div>
        )
      }
      summary={
        <table>
          <caption>{t('chart.mapping.summary', { step: snap ? snap.step : null })}</caption>
          <thead>
            <tr>
              <th scope="col">z</th>
              <th scope="col">G(z)</th>
            </tr>
          </thead>
          <tbody>
            {ok &&
              Array.from(map.z)
                .map((z, i) => ({ z, g: map.x[i], i }))
                .filter(({ i }) => i % 5 === 0)
                .map(({ z, g, i }) => (
                  <tr key={i}>
                    <th scope="row">{formatNumber(z)}</th>
                    <td>{formatNumber(g)}</td>
                  </tr>
                ))}
          </tbody>
        </table>
      }
    >
      {(size) => <MappingPlot size={size} z={map?.z ?? null} gx={map?.x ?? null} noise={noise} />}
    </ChartPanel>
  );
});

function MappingPlot({
  size,
  z,
  gx,
  noise,
}: {
  size: { width: number; height: number };
  z: Float64Array | null;
  gx: Float64Array | null;
  noise: NoiseKind;
}) {
  const w = size.width - MARGIN.left - MARGIN.right;
  const h = size.height - TOP - MARGIN.bottom;
  // One scale for z and x, the Densities chart's: a vertical line means G(z) = z.
  const s = scaleLinear().domain(X_DOMAIN).range([0, w]);
  const sc = scaleLinear().domain(X_DOMAIN).range([0, w]).clamp(true);
  // p_z as a faint silhouette on the noise axis (peak a fifth of the plot's height).
  const dist = noiseDistribution(noise);
  const zs = Array.from({ length: 241 }, (_, i) => X_DOMAIN[0] + (i * (X_DOMAIN[1] - X_DOMAIN[0])) / 240);
  const peak = Math.max(...zs.map(dist.pdf));
  const pz =
    line<number>()
      .x((v) => s(v))
      .y((v) => h - (0.2 * h * dist.pdf(v)) / peak)(zs) ?? '';
  const n = z && gx ? Math.min(z.length, gx.length) : 0;
  const t = useT();

  return (
    <svg
      width={size.width}
      height={size.height}
      role="img"
      aria-label={t('chart.mapping.aria')}
      data-testid="chart-mapping"
    >
      <g transform={`translate(${MARGIN.left},${TOP})`}>
        <Axis
          orient="bottom"
          scale={s}
          ticks={X_TICKS}
          format={formatX}
          label={t('chart.mapping.noise', { dist: NOISE_LABEL[noise] })}
          width={w}
          height={h}
          grid={false}
        />
        <g className="axis axis-top">
          {X_TICKS.map((t) => (
            <g key={t} transform={`translate(${s(t)},0)`}>
              <line className="tick" y1={-6} y2={0} />
              <text y={-9} textAnchor="middle">
                {formatX(t)}
              </text>
            </g>
          ))}
          <line className="domain" x1={0} x2={w} />
          <text className="axis-label" x={-22} y={-9} textAnchor="end">
            x
          </text>
        </g>
        <path d={pz} fill="none" style={{ stroke: COLORS.reference }} strokeWidth={1.5} strokeDasharray="3 3" />
        <g data-testid="mapping-lines">
          {Array.from({ length: n }, (_, i) => {
            const x1 = z![i],
              x2 = gx![i];
            const off = x2 < X_DOMAIN[0] || x2 > X_DOMAIN[1];
            return (
              <line
                key={i}
                data-testid="mapping-line"
                data-z={x1}
                data-gz={x2}
                x1={s(x1)}
                y1={h}
                x2={sc(x2)}
                y2={0}
                style={{ stroke: COLORS.pModel }}
                strokeWidth={i === (n - 1) / 2 ? 2.5 : 1.4}
                strokeOpacity={0.9}
                strokeDasharray={off ? '4 3' : undefined}
              />
            );
          })}
          {Array.from({ length: n }, (_, i) => (
            <circle key={i} cx={sc(gx![i])} cy={0} r={2.2} style={{ fill: COLORS.pModel }} />
          ))}
          {Array.from({ length: n }, (_, i) => (
            <circle key={i} cx={s(z![i])} cy={h} r={2} style={{ fill: COLORS.axis }} />
          ))}
        </g>
        {n === 0 && (
          <text className="empty-note" x={w / 2} y={h / 2} textAnchor="middle">
            {t('chart.mapping.waiting')}
          </text>
        )}
      </g>
    </svg>
  );
}
