// The Formulas view's entry for the view list: loaded on demand, so the playground never downloads
// KaTeX (its code, CSS and fonts are in the view's own chunk).
import { lazy, Suspense } from 'react';
import { useT } from '../../state/language';

const FormulasView = lazy(() => import('./FormulasView'));

export function FormulasTab() {
  const t = useT();
  return (
    <Suspense fallback={<p className="formulas-loading">{t('formula.view.loading')}</p>}>
      <FormulasView />
    </Suspense>
  );
}
