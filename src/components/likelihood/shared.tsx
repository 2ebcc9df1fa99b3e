// Small pieces the likelihood view's panels share: number formats, the KL readout and the fit's formula.
import type { GaussianComponent } from '../../core/distributions';
import { INFINITE_MASS, KL_FLOOR } from '../../core/divergences';
import type { KLValue } from '../../core/protocol';
import { formatNumber } from '../../state/format';
import { useT } from '../../state/language';
import { KLReadout } from '../charts/KLReadout';
import { minus } from '../charts/scales';

export const fixed = (v: number, digits = 2) => minus(v.toFixed(digits));

/** The fit as a formula: N(μ, σ²) for one component, Σ w·N(μ, σ²) for a mixture. */
export function fitFormula(cs: readonly GaussianComponent[]): string {
  const one = (c: GaussianComponent) => `N(${fixed(c.mean)}, ${fixed(c.std)}²)`;
  if (cs.length === 1) return one(cs[0]);
  return cs.map((c) => `${c.weight.toFixed(2)}·${one(c)}`).join(' + ');
}

/** KL(p_data ‖ fit) as a readout, in nats: "≥ value" when the fit is 0 on some of p_data's bins (docs/theory.md §3). */
export function KlReadout({ kl, testId, label }: { kl: KLValue; testId: string; label: string }) {
  const t = useT();
  const why = kl.floored
    ? t('theory.likelihood.klFloored', {
        pct: formatNumber(100 * kl.missingMass, 2),
        floor: KL_FLOOR,
        from: 100 * INFINITE_MASS,
      })
    : t('theory.likelihood.klSum');
  return <KLReadout kl={kl} units="nats" why={why} label={label} testId={testId} />;
}

/** A few ticks on a log axis: powers of ten, or 1-2-5 steps when the domain spans less than a decade or two. */
export function logTicks([lo, hi]: [number, number], max: number): number[] {
  for (const mults of [[1], [1, 3], [1, 2, 5], [1, 1.5, 2, 3, 5, 7]]) {
    const out: number[] = [];
    for (let p = Math.floor(Math.log10(lo)); p <= Math.ceil(Math.log10(hi)); p++)
      for (const mult of mults) {
        const v = mult * 10 ** p;
        if (v >= lo && v <= hi) out.push(v);
      }
    if (out.length >= 2 && out.length <= max) return out;
    if (out.length > max) return out.filter((_, i) => i % Math.ceil(out.length / max) === 0);
  }
  return [lo, hi];
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** A log-axis tick: 0.5, 0.02, 0.0033, then 10⁻⁴, 2·10⁻⁵ (short enough for the axis). */
export function formatLogTick(v: number): string {
  if (v >= 0.001) return minus(String(Number(v.toPrecision(2))));
  const e = Math.floor(Math.log10(v) + 1e-9);
  const mantissa = Number((v / 10 ** e).toPrecision(2));
  const power = `10${[...String(e)].map((c) => SUPERSCRIPT[c]).join('')}`;
  return mantissa === 1 ? power : `${mantissa}·${power}`;
}
