// The legend shown above every chart, as HTML (large, wraps, read by screen readers).
import { useT } from '../../state/language';

export interface LegendItem {
  label: string;
  color: string;
  /** `scale`: a bar as long as the chart's longest arrow (ARROW_SCALE_PX), the arrows' scale. */
  kind: 'line' | 'dashed' | 'area' | 'bar' | 'dotted' | 'scale';
  testId?: string;
}

/** The length of the Densities chart's longest generator arrow, and of its scale bar in the legend. */
export const ARROW_SCALE_PX = 34;

export function Swatch({ color, kind }: { color: string; kind: LegendItem['kind'] }) {
  if (kind === 'scale')
    return (
      <svg className="swatch" width={ARROW_SCALE_PX + 2} height="14" aria-hidden="true">
        <path
          d={`M1,3V11M1,7H${ARROW_SCALE_PX + 1}M${ARROW_SCALE_PX + 1},3V11`}
          style={{ stroke: color }}
          strokeWidth={1.5}
          fill="none"
        />
      </svg>
    );
  return (
    <svg className="swatch" width="26" height="14" aria-hidden="true">
      {kind === 'area' || kind === 'bar' ? (
        <rect
          x="1"
          y="2"
          width="24"
          height="10"
          style={{ fill: color, stroke: color }}
          fillOpacity={kind === 'area' ? 0.35 : 0.25}
          strokeWidth={kind === 'area' ? 2 : 1}
        />
      ) : (
        <line
          x1="1"
          x2="25"
          y1="7"
          y2="7"
          style={{ stroke: color }}
          strokeWidth={3}
          strokeDasharray={kind === 'dashed' ? '6 3' : kind === 'dotted' ? '2 3' : undefined}
        />
      )}
    </svg>
  );
}

export function Legend({ items }: { items: readonly LegendItem[] }) {
  const t = useT();
  return (
    <ul className="legend" aria-label={t('chart.legend')}>
      {items.map((it) => (
        <li key={it.label} data-testid={it.testId}>
          <Swatch color={it.color} kind={it.kind} />
          <span>{it.label}</span>
        </li>
      ))}
    </ul>
  );
}
