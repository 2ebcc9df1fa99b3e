// The target's drag handles on the Densities chart: one per mixture component at (mean, p_data(mean)),
// or the two edges of the uniform; none for a drawn target. Each moves the same settings as its sliders.
import type { ScaleLinear } from 'd3-scale';
import { componentKey, mixtureComponents, type Settings } from '../../core/settings';
import type { Translate } from '../../i18n/messages';
import type { HandleSpec } from './MixtureHandles';
import { COLORS } from './theme';

/** Two decimals, with a print minus: the handles' values for screen readers. */
const fixed2 = (v: number) => v.toFixed(2).replace(/^-/, '−');

export function targetHandles(
  settings: Settings,
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
  pdf: (x: number) => number,
  t: Translate,
): HandleSpec[] {
  const handles: HandleSpec[] = [];
  const components = mixtureComponents(settings);
  const W = components.reduce((sum, c) => sum + c.weight, 0);
  if (settings.targetKind === 'mixture') {
    components.forEach(({ mean, std, weight }, i) => {
      const name = t('chart.handle.component', { n: i + 1 });
      handles.push({
        id: `mean${i}`,
        testId: `handle-mean-${i}`,
        cx: x(mean),
        cy: y(pdf(mean)),
        label: String(i + 1),
        ariaLabel: t('chart.handle.componentMean', { name }),
        title: t('chart.handle.titled', { name, help: t('chart.handle.help') }),
        color: COLORS.pData,
        xKey: componentKey('mean', i),
        xValue: mean,
        sigma: { key: componentKey('std', i), value: std, share: weight / W },
        valueText: t('chart.handle.meanAndSigma', { mean: fixed2(mean), sigma: fixed2(std) }),
      });
    });
  } else if (settings.targetKind === 'uniform') {
    const top = y(1 / (settings.uniformHigh - settings.uniformLow));
    for (const which of ['low', 'high'] as const) {
      const key = which === 'low' ? 'uniformLow' : 'uniformHigh';
      handles.push({
        id: which,
        testId: `handle-${which}-${which === 'low' ? 0 : 1}`,
        cx: x(settings[key]),
        cy: top,
        label: which === 'low' ? '◂' : '▸',
        ariaLabel: t(which === 'low' ? 'chart.handle.uniformLow' : 'chart.handle.uniformHigh'),
        title: t(which === 'low' ? 'chart.handle.uniformLowHelp' : 'chart.handle.uniformHighHelp'),
        color: COLORS.pData,
        xKey: key,
        xValue: settings[key],
        valueText: fixed2(settings[key]),
      });
    }
  }
  return handles;
}
