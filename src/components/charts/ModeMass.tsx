// Per-mode mass of a mixture target (docs/theory.md §7.9): one readout per component in the
// Densities panel ("① 48.2 % of p_model · target 50%", "② 51.8 % · target 50%"), and a mark on each component's handle in the chart:
// an orange ring that fills as the mode's captured share reaches its target weight, and a label
// "48% / 50%" (with "collapsed" when the mode keeps less than a third of its weight).
import { arc } from 'd3-shape';
import { COLLAPSE_FRACTION, isCollapsed, type ModeMass } from '../../core/modeMass';
import type { Translate } from '../../i18n/messages';
import { useT } from '../../state/language';
import { COLORS } from './theme';

/** The text of a readout: the share in percent with one decimal (the testid element holds only this). */
export const formatPercent = (share: number): string => (100 * share).toFixed(1);
/** A target weight in percent: one decimal, none when it is a whole number (50, 55.6). */
const formatWeight = (w: number): string => String(Number((100 * w).toFixed(1)));

const explain = (m: ModeMass, i: number, t: Translate) =>
  t('chart.modes.explain', {
    n: i + 1,
    mass: formatPercent(m.mass),
    weight: formatWeight(m.weight),
    collapse: Math.round(100 * COLLAPSE_FRACTION),
  });

/** The readouts of the Densities panel: one per component, in the order of the sliders. */
export function ModeReadouts({ modes }: { modes: readonly ModeMass[] }) {
  const t = useT();
  return (
    <>
      {modes.map((m, i) => (
        <div className="readout" key={i} title={explain(m, i, t)}>
          {/* the numbered badge of the handle and the sidebar; "Mode 1" for screen readers */}
          <span className="readout-label">
            <span className="handle-badge" aria-hidden="true">
              {i + 1}
            </span>
            <span className="sr-only">{t('chart.modes.mode', { n: i + 1 })}</span>
          </span>{' '}
          <span className="readout-number">
            <output className="readout-value" data-testid={`readout-mode-mass-${i}`}>
              {formatPercent(m.mass)}
            </output>
            {/* "of p_model" once, on the first mode, so that the row reads as a sentence and stays short */}
            <span className="readout-unit">
              {' '}
              {t('chart.modes.unit', { first: i === 0, weight: formatWeight(m.weight) })}
            </span>
          </span>
          {isCollapsed(m) && (
            <strong className="warn-text" data-testid={`mode-collapsed-${i}`}>
              {' '}
              {t('chart.modes.collapsed')}
            </strong>
          )}
        </div>
      ))}
    </>
  );
}

const RING_INNER = 13;
const RING_OUTER = 17;
const ring = arc<{ end: number }>()
  .innerRadius(RING_INNER)
  .outerRadius(RING_OUTER)
  .startAngle(0)
  .endAngle((d) => d.end);

/**
 * Marks at the component handles (drawn under them, never catching the pointer): a ring that fills
 * in orange as the mode's share of p_model reaches its target weight (full at or above it), and the
 * two percentages above the handle, or below it when the handle is at the top of the plot.
 */
export function ModeMarks({
  modes,
  at,
  width,
}: {
  modes: readonly ModeMass[];
  /** The handle centres, one per mode, in plot coordinates. */
  at: readonly { cx: number; cy: number }[];
  width: number;
}) {
  const t = useT();
  return (
    <g className="mode-marks" aria-hidden="true" pointerEvents="none">
      {modes.map((m, i) => {
        const { cx, cy } = at[i];
        const collapsed = isCollapsed(m);
        const filled = Math.min(1, m.weight > 0 ? m.mass / m.weight : 0);
        const above = cy - RING_OUTER - 4 >= 12;
        const label = `${Math.round(100 * m.mass)}% / ${Math.round(100 * m.weight)}%${collapsed ? ` ${t('chart.modes.collapsed')}` : ''}`;
        // keep the label inside the plot horizontally
        const anchor = cx < 50 ? 'start' : cx > width - 50 ? 'end' : 'middle';
        const tx = anchor === 'start' ? Math.max(0, cx - RING_OUTER) : anchor === 'end' ? cx + RING_OUTER : cx;
        return (
          <g key={i} data-testid={`mode-mark-${i}`}>
            <g transform={`translate(${cx},${cy})`}>
              <circle
                r={(RING_INNER + RING_OUTER) / 2}
                fill="none"
                style={{ stroke: COLORS.surface }}
                strokeWidth={RING_OUTER - RING_INNER}
              />
              <circle
                r={(RING_INNER + RING_OUTER) / 2}
                fill="none"
                style={{ stroke: COLORS.pModel }}
                strokeOpacity={0.35}
                strokeWidth={RING_OUTER - RING_INNER}
              />
              {filled > 0 && <path d={ring({ end: 2 * Math.PI * filled }) ?? ''} style={{ fill: COLORS.pModel }} />}
            </g>
            <text
              x={tx}
              y={above ? cy - RING_OUTER - 4 : cy + RING_OUTER + 14}
              textAnchor={anchor}
              fontSize={13}
              fontWeight={700}
              style={{ fill: collapsed ? COLORS.warn : COLORS.ink, stroke: COLORS.surface }}
              strokeWidth={4}
              paintOrder="stroke"
            >
              {label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
