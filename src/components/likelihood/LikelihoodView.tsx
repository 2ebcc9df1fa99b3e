// The likelihood view (docs/theory.md §2, §2.1): m samples of p_data, the maximum-likelihood fit (one
// Gaussian in closed form, or a mixture of K by EM), EM's iterations, and KL(p_data ‖ fit) against m.
import { useT } from '../../state/language';
import { EmChart } from './EmChart';
import { LikelihoodSidebar } from './LikelihoodSidebar';
import { SamplesChart } from './SamplesChart';
import { SweepChart } from './SweepChart';
import { useKlSweep, useLikelihood } from './useLikelihood';
import './likelihood.css';

export function LikelihoodView() {
  const { target, m, K, fit, stale } = useLikelihood();
  const sweep = useKlSweep(target, K);
  const modes = target.dist.components?.length ?? 0;
  const t = useT();
  return (
    <>
      <LikelihoodSidebar />
      <main className="likelihood" aria-label={t('theory.likelihood.title')} data-testid="likelihood">
        <SamplesChart fit={fit} pData={target.pData} m={m} K={K} targetModes={modes} stale={stale} />
        <EmChart fit={fit} entropy={target.entropy} K={K} stale={stale} />
        <SweepChart points={sweep.points} done={sweep.done} m={m} kl={fit.kl.value} K={K} />
      </main>
    </>
  );
}
