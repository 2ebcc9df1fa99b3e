// The Formulas view's entry for the view list: loaded on demand, so the playground never downloads
// KaTeX (its code, CSS and fonts are in the view's own chunk).
import { lazy, Suspense } from 'react';

const FormulasView = lazy(() => import('./FormulasView'));

export function FormulasTab() {
  return (
    <Suspense fallback={<p className="formulas-loading">Loading the formulas…</p>}>
      <FormulasView />
    </Suspense>
  );
}
