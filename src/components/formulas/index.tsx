// The Formulas view's entry for the view list: loaded on demand with its English messages, so the
// playground never downloads KaTeX (its code, CSS and fonts are in the view's own chunk).
import { lazy, Suspense } from 'react';
import { loadEnglishArea } from '../../i18n/messages';
import { useT } from '../../state/language';

const FormulasView = lazy(() =>
  Promise.all([import('./FormulasView'), loadEnglishArea('formulas')]).then(([view]) => view),
);

export function FormulasTab() {
  const t = useT();
  return (
    <Suspense fallback={<p className="formulas-loading">{t('views.loadingFormulas')}</p>}>
      <FormulasView />
    </Suspense>
  );
}
