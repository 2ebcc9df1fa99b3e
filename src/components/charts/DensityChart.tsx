// Panel 1: p_data (filled) and p_model (line) over x, the latest G(z) batch as a faint histogram,
// and drag handles that move the target's components (the same setting updates as the sliders; also
// by keyboard), or, in drawing mode, a drawing area for p_data. A hover or touch readout of the values.
// For a mixture target, the share of p_model's mass each component captures (docs/theory.md §7.9).
import { memo, useMemo, useState } from 'react';
import { targetDistribution } from '../../core/distributions';
import { binnedDensity } from '../../core/density';
import { CHART_GRID } from '../../core/grid';
import { objectiveOf } from '../../core/objectives';
import { OBJECTIVE_SPECS } from '../../core/objectiveSpecs';
import { mixtureComponents } from '../../core/settings';
import { useScope, useSettings, useSnapshot } from '../../state/context';
import { formatNumber } from '../../state/format';
import { useT } from '../../state/language';
import { useMleOverlay } from '../likelihood/MleOverlay';
import { DrawButtons } from './DrawButtons';
import { useDrawMode } from './drawMode';
import { ChartPanel } from './ChartPanel';
import { DensityPlot } from './DensityPlot';
import type { LegendItem } from './Legend';
import { ModeReadouts } from './ModeMass';
import { COLORS } from './theme';
import { maxOf, sampleIndices } from './scales';
import { ArrowSwitch, GradientArrows, type ArrowMode } from './GradientArrows';
import { useStickyDomain } from './useStickyDomain';

const SAMPLE_XS = [-4, -3, -2, -1, 0, 1, 2, 3, 4];
const SHRINK_BELOW = 0.55;

export const DensityChart = memo(function DensityChart({
  mappingOpen = false,
  onToggleMapping,
}: {
  /** The z → x mapping view (in the Discriminator panel's place) is open; its toggle sits in the footnote. */
  mappingOpen?: boolean;
  onToggleMapping?: () => void;
}) {
  const snap = useSnapshot();
  const t = useT();
  const [arrowMode, setArrowMode] = useState<ArrowMode>('active'); // the generator's arrows (§6.5)
  // What the longest arrow stands for, in the legend while arrows are drawn (set by GradientArrows).
  const [arrowScale, setArrowScale] = useState<number | null>(null);
  const settings = useSettings();
  const targetSettings = useScope('target');
  // p_data straight from the settings (same bin averages as the worker's), so it follows a drag at once.
  const target = useMemo(() => targetDistribution(targetSettings), [targetSettings]);
  const pData = useMemo(() => binnedDensity(target, CHART_GRID), [target]);
  const pModel = snap?.analysis.pModel;
  const hist = settings.showHistogram && snap ? snap.batchHistogram : null;

  // The y scale holds still while a handle is dragged, so the handle stays under the pointer.
  const [dragging, setDragging] = useState(false);
  const dataMax = maxOf(pData);
  const modelMax = pModel ? maxOf(pModel) : 0;
  const [, yMax] = useStickyDomain([0, Math.max(dataMax * 1.15, Math.min(modelMax, dataMax * 2.5) * 1.05)], {
    shrinkBelow: SHRINK_BELOW,
    frozen: dragging,
  });

  const legend: LegendItem[] = [
    { label: 'p_data', color: COLORS.pData, kind: 'area' },
    {
      label: settings.emaDecay > 0 ? t('chart.densities.legend.pModelAveraged') : 'p_model',
      color: COLORS.pModel,
      kind: 'line',
    },
  ];
  if (settings.showHistogram)
    legend.push({
      label: t('chart.densities.legend.batch', { n: settings.batchSize }),
      color: COLORS.pModel,
      kind: 'bar',
    });
  const mle = useMleOverlay(); // the Likelihood view's fit, when its setting showMleFit is on
  const { mode: drawMode } = useDrawMode();
  if (mle) legend.push(mle.legend);
  if (arrowScale !== null)
    legend.push({
      label: t('chart.arrows.scale', { value: formatNumber(arrowScale) }),
      color: COLORS.axis,
      kind: 'scale',
      testId: 'legend-arrow-scale',
    });

  // The arrows are the generator costs of a probability D (§6.5): the objectives with the generator-loss choice.
  const spec = OBJECTIVE_SPECS[objectiveOf(snap?.analysis)];
  const arrows = spec.shown === 'probability' && spec.settings.includes('generatorLoss');

  const idx = sampleIndices(SAMPLE_XS);
  const escaped = snap?.analysis.escapedMass ?? 0;
  // Per-mode mass: only while the snapshot's components are the ones the settings show (a snapshot
  // computed before the component count changed is not drawn against the new handles).
  const snapModes = snap?.analysis.modes ?? [];
  const modes =
    targetSettings.targetKind === 'mixture' && snapModes.length === mixtureComponents(targetSettings).length
      ? snapModes
      : [];

  return (
    <ChartPanel
      id="densities"
      title={t('chart.densities.title')}
      legend={legend}
      tools={
        // Drawing is for showing: its buttons stay in presentation mode (not a .panel-tool).
        <span className="draw-tools">
          <DrawButtons testIds={{ toggle: 'toggle-draw', clear: 'draw-clear-chart' }} clearWhileDrawingOnly />
        </span>
      }
      caption={
        drawMode.active ? (
          <span data-testid="draw-hint">{drawMode.blank ? t('chart.draw.clearedHint') : t('chart.draw.hint')}</span>
        ) : settings.emaDecay > 0 ? (
          t('chart.densities.caption.ema', { beta: settings.emaDecay })
        ) : (
          t('chart.densities.caption')
        )
      }
      readouts={modes.length > 0 ? <ModeReadouts modes={modes} /> : undefined}
      footnote={
        <>
          {snap ? (
            <>
              {t('chart.densities.mass')} <span data-testid="readout-mass">{formatNumber(1 - escaped, 4)}</span>
              {escaped > 0.01 && (
                <strong className="warn-text">
                  {' '}
                  · {t('chart.densities.offChart', { percent: formatNumber(100 * escaped, 2) })}
                </strong>
              )}
            </>
          ) : (
            t('chart.densities.waiting')
          )}
          <span className="density-tools">
            {snap?.lastUpdate === 'g' && (
              <span className="moved-badge" data-testid="badge-g-moved">
                {t('chart.densities.gMoved')}
              </span>
            )}
            {arrows && <ArrowSwitch mode={arrowMode} onChange={setArrowMode} />}
            {onToggleMapping && (
              <button
                type="button"
                className="mapping-toggle"
                aria-pressed={mappingOpen}
                onClick={onToggleMapping}
                data-testid="toggle-mapping"
                title={t('chart.densities.mappingTitle')}
              >
                z → x
              </button>
            )}
          </span>
        </>
      }
      summary={
        <table>
          <caption>{t('chart.densities.summary', { step: snap ? snap.step : null })}</caption>
          <thead>
            <tr>
              <th scope="col">x</th>
              <th scope="col">p_data(x)</th>
              <th scope="col">p_model(x)</th>
            </tr>
          </thead>
          <tbody>
            {idx.map((k, j) => (
              <tr key={k}>
                <th scope="row">{SAMPLE_XS[j]}</th>
                <td>{formatNumber(pData[k])}</td>
                <td>{pModel ? formatNumber(pModel[k]) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {(size) => (
        <DensityPlot
          size={size}
          settings={settings}
          pData={pData}
          pModel={pModel ?? null}
          hist={hist}
          yMax={yMax}
          pdf={target.pdf}
          modelMax={modelMax}
          modes={modes}
          onDrag={setDragging}
          dragging={dragging}
          analysis={snap?.analysis ?? null}
          mle={mle}
          overlay={(x, w, h) =>
            snap && pModel && arrowMode !== 'off' && arrows ? (
              <GradientArrows
                mode={arrowMode}
                loss={settings.generatorLoss}
                d={snap.analysis.d}
                pModel={pModel}
                x={x}
                width={w}
                height={h}
                onScale={setArrowScale}
              />
            ) : null
          }
        />
      )}
    </ChartPanel>
  );
});
