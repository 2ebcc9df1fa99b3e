// A live check of the GAN theorem (docs/theory.md §6): for fixed G, D* minimises J(D), and
// J(D*) = log 2 − JS(p_data‖p_model). So the J(D) of the current D can never go below log 2 − JS.
import { memo } from 'react';
import { formatNumber } from '../state/format';
import { useSnapshot } from '../state/context';

export const TheoryCheck = memo(function TheoryCheck() {
  const snap = useSnapshot();
  const a = snap?.analysis;
  const best = a ? Math.LN2 - a.js : NaN;
  return (
    <section className="sidebar-section theory" aria-labelledby="theory-heading">
      <h2 id="theory-heading">The theorem, live</h2>
      <p>For a fixed G the best discriminator D* reaches J(D*) = log 2 − JS(p_data‖p_model).</p>
      <dl>
        <div>
          <dt>log 2 − JS</dt>
          <dd>
            <output data-testid="readout-jd-star">{formatNumber(best)}</output> nats
          </dd>
        </div>
        <div>
          <dt>J(D) of the current D</dt>
          <dd>
            <output data-testid="readout-jd-expected">{a ? formatNumber(a.lossDExpected) : '–'}</output> nats
          </dd>
        </div>
      </dl>
      <p className="fine">
        Both by quadrature on the exact densities (not a batch). J(D) ≥ J(D*) always; the two meet when D = D*. At the
        optimum p_model = p_data, JS = 0 and J(D) = log 2.
      </p>
    </section>
  );
});
