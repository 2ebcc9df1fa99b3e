// One small chart per seed and arm: p_model (filled) over p_data (a line), marked by its outcome with a
// colour and a symbol, as a button that opens the seed in the playground. A cell redraws only when its
// seed's reading changes (at a check, every EXPERIMENT_CHECK_EVERY steps), not with every snapshot.
import { memo, useMemo, type CSSProperties } from 'react';
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { ARMS, SMALL_CHART_BINS, type Arm, type SeedOutcome, type SeedReading } from '../../core/experiment';
import { binnedDensity } from '../../core/density';
import { targetDistribution } from '../../core/distributions';
import { CHART_GRID } from '../../core/grid';
import { scopeKey, type TrainingSettings } from '../../core/settings';
import { useAppState } from '../../state/context';
import { formatNumber } from '../../state/format';
import { useT } from '../../state/language';
import { Legend } from '../charts/Legend';
import { COLORS } from '../charts/theme';
import { ARM_COLORS, useExperimentSnapshot } from './useExperiment';

const W = 100;
const H = 44;
const SMALL_GRID = { min: CHART_GRID.min, max: CHART_GRID.max, bins: SMALL_CHART_BINS };
const x = scaleLinear()
  .domain([0, SMALL_CHART_BINS - 1])
  .range([0, W]);

const OUTCOME_MARK: Record<SeedOutcome, string> = {
  converged: '✓',
  held: '◆',
  collapsed: '✕',
  diverged: '!',
  open: '·',
};

interface CellProps {
  arm: Arm;
  reading: SeedReading;
  pData: Float64Array;
  open: (arm: Arm, seed: number) => void;
}

function SeedCellView({ arm, reading, pData, open }: CellProps) {
  const t = useT();
  const { seed, outcome, density, js } = reading;
  const top = useMemo(() => Math.max(...pData) * 1.5, [pData]);
  const y = scaleLinear().domain([0, top]).range([H, 0]).clamp(true);
  const model = area<number>()
    .x((_, i) => x(i))
    .y0(H)
    .y1((v) => y(Number.isFinite(v) ? v : 0))(Array.from(density));
  const data = line<number>()
    .x((_, i) => x(i))
    .y((v) => y(v))(Array.from(pData));
  const outcomeText = t(`exp.outcome.${outcome}`);
  return (
    <button
      type="button"
      className={`experiment-cell outcome-${outcome}`}
      data-testid={`experiment-cell-${arm}-${seed}`}
      data-outcome={outcome}
      aria-label={t('exp.cell', {
        arm: t(arm === 'a' ? 'exp.armA' : 'exp.armB'),
        seed,
        outcome: outcomeText,
        js: Number.isFinite(js) ? formatNumber(js) : '–',
      })}
      onClick={() => open(arm, seed)}
    >
      <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" aria-hidden="true">
        <path d={model ?? ''} style={{ fill: COLORS.pModel, opacity: 0.55 }} />
        <path d={data ?? ''} style={{ stroke: COLORS.pData }} className="experiment-cell-data" />
      </svg>
      <span className="experiment-cell-label" aria-hidden="true">
        <span className="experiment-mark">{OUTCOME_MARK[outcome]}</span> {seed}
      </span>
    </button>
  );
}

/** Redraws when the seed was checked again (its history grew) or its outcome changed. */
const SeedCell = memo(
  SeedCellView,
  (a, b) =>
    a.pData === b.pData &&
    a.reading.outcome === b.reading.outcome &&
    a.reading.jsHistory.length === b.reading.jsHistory.length &&
    a.reading.js === b.reading.js,
);

/** p_data on the small charts' bins, computed again only when the target changes. */
let pDataCache: { key: string; pData: Float64Array } = { key: '', pData: new Float64Array() };
function smallPData(settings: TrainingSettings): Float64Array {
  const key = scopeKey(settings, 'target');
  if (pDataCache.key !== key) pDataCache = { key, pData: binnedDensity(targetDistribution(settings), SMALL_GRID) };
  return pDataCache.pData;
}

export function SeedGrid() {
  const t = useT();
  const snapshot = useExperimentSnapshot();
  const { experiment } = useAppState();
  if (!snapshot || snapshot.a.seeds.length === 0) return null;
  const pData = smallPData(snapshot.a.settings);
  const columns = Math.max(2, Math.ceil(Math.sqrt(snapshot.a.seeds.length)));
  return (
    <section className="panel experiment-grid-panel" aria-labelledby="experiment-grid-title">
      <div className="panel-head">
        <h2 id="experiment-grid-title">{t('exp.grid.title')}</h2>
        <Legend
          items={[
            { label: t('exp.legend.pData'), color: COLORS.pData, kind: 'line' },
            { label: t('exp.legend.pModel'), color: COLORS.pModel, kind: 'area' },
          ]}
        />
      </div>
      <p className="caption">{t('exp.grid.caption')}</p>
      <div className="experiment-arms">
        {ARMS.map((arm) => (
          <div key={arm} className="experiment-arm-grid">
            <h3 style={{ color: `color-mix(in srgb, ${ARM_COLORS[arm]} 60%, var(--ink))` }}>
              {t(`exp.armTitle.${arm}`)}
            </h3>
            <div className="experiment-cells" style={{ '--columns': columns } as CSSProperties}>
              {snapshot[arm].seeds.map((r) => (
                <SeedCell key={r.seed} arm={arm} reading={r} pData={pData} open={experiment.openSeed} />
              ))}
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
