// Panel 2: the discriminator D(x) against the optimal D*(x) = p_data / (p_data + p_model).
import { memo } from 'react';
import { scaleLinear } from 'd3-scale';
import { formatNumber } from '../../state/format';
import { useSnapshot } from '../../state/context';
import { Axis } from './Axis';
import { ChartPanel } from './ChartPanel';
import { Readout } from './Readout';
import { COLORS, MARGIN } from './theme';
import { formatX, gridLine, sampleIndices, X_DOMAIN, X_TICKS } from './scales';

const SAMPLE_XS = [-4, -3, -2, -1, 0, 1, 2, 3, 4];
const Y_TICKS = [0, 0.25, 0.5, 0.75, 1];

export const DiscriminatorChart = memo(function DiscriminatorChart() {
  const snap = useSnapshot();
  const a = snap?.analysis;
  const idx = sampleIndices(SAMPLE_XS);
  return (
    <ChartPanel
      id="discriminator"
      title="Discriminator"
      legend={[
        { label: 'D(x): “how real is x?”', color: COLORS.d, kind: 'line' },
        { label: 'D*(x)', color: COLORS.dStar, kind: 'dashed' },
      ]}
      caption={<>Best D for this G: D*(x) = p_data(x) / (p_data(x) + p_model(x))</>}
      readouts={
        <Readout
          label="Mean gap |D − D*|"
          value={a ? formatNumber(a.dGap) : '–'}
          testId="readout-d-gap"
          title="∫ |D(x) − D*(x)| · (p_data(x) + p_model(x))/2 dx: the average distance, weighted where the data and the model have mass"
        />
      }
      summary={
        <table>
          <caption>D(x) and D*(x) at sample points{snap ? `, step ${snap.step}` : ''}</caption>
          <thead>
            <tr>
              <th scope="col">x</th>
              <th scope="col">D(x)</th>
              <th scope="col">D*(x)</th>
            </tr>
          </thead>
          <tbody>
            {idx.map((k, j) => (
              <tr key={k}>
                <th scope="row">{SAMPLE_XS[j]}</th>
                <td>{a ? formatNumber(a.d[k]) : '–'}</td>
                <td>{a && Number.isFinite(a.dStar[k]) ? formatNumber(a.dStar[k]) : 'undefined'}</td>
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
        const y = scaleLinear().domain([0, 1]).range([h, 0]).clamp(true);
        const path = (vals: Float64Array) => gridLine(x, y, vals);
        return (
          <svg
            width={size.width}
            height={size.height}
            role="img"
            aria-label="Discriminator: D(x) and the optimal D*(x)"
            data-testid="chart-discriminator"
          >
            <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
              <Axis
                orient="left"
                scale={y}
                ticks={Y_TICKS}
                format={(v) => (v === 0.5 ? '½' : v === 0.25 ? '¼' : v === 0.75 ? '¾' : String(v))}
                label="probability “real”"
                width={w}
                height={h}
              />
              <Axis orient="bottom" scale={x} ticks={X_TICKS} format={formatX} label="x" width={w} height={h} />
              <line
                x1={0}
                x2={w}
                y1={y(0.5)}
                y2={y(0.5)}
                stroke={COLORS.reference}
                strokeWidth={1.5}
                strokeDasharray="2 4"
              />
              {a && <path d={path(a.d)} fill="none" stroke={COLORS.d} strokeWidth={3.5} strokeLinejoin="round" />}
              {a && (
                <path d={path(a.dStar)} fill="none" stroke={COLORS.dStar} strokeWidth={2.5} strokeDasharray="8 5" />
              )}
            </g>
          </svg>
        );
      }}
    </ChartPanel>
  );
});
