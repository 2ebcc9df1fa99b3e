// The Formulas view ("Theory lab", item 5): every formula the app uses, typeset by KaTeX, grouped by
// the sections of docs/theory.md, each with the running GAN's current numbers beside it, one plain
// sentence and its sources. The typeset HTML is made once per formula (Tex); only the numbers change,
// a few times a second, and less often for the cards out of view (liveSnapshot.ts).
// Its own styles before KaTeX's, as when they were global (KaTeX's came later with the view).
import './formulas.css';
import 'katex/dist/katex.min.css';
import './formulasContainment.css';
import { memo, useRef } from 'react';
import { FORMULA_SECTIONS, FORMULAS, type FormulaEntry, type FormulaId } from '../../core/formulas';
import { useT } from '../../state/language';
import { Live, Status } from './Live';
import { useOnScreen } from './liveSnapshot';
import { TheoremSummary } from './TheoremSummary';
import { Tex } from './Tex';

type Formula = (typeof FORMULAS)[number];

const sectionAnchor = (id: string) => `formulas-section-${id.replace('§', '').replace('.', '-')}`;

const FormulaCard = memo(function FormulaCard({ f }: { f: FormulaEntry & { id: FormulaId } }) {
  const headingId = `formula-${f.id}`;
  const t = useT();
  const ref = useRef<HTMLElement>(null);
  const onScreen = useOnScreen(ref);
  return (
    <article
      ref={ref}
      className="formulas-card"
      data-testid={`formula-card-${f.id}`}
      aria-labelledby={`${headingId}-title`}
    >
      <header className="formulas-card-head" id={headingId}>
        <h3 id={`${headingId}-title`}>{t(`formula.${f.id}.title`)}</h3>
        <Status id={f.id} />
      </header>
      <Tex tex={f.tex} />
      <Live id={f.id} onScreen={onScreen} />
      <p className="formulas-plain">{t(`formula.${f.id}.plain`)}</p>
      {/* Papers are cited by their own (English) titles in every language: exempt from the language check. */}
      <p className="formulas-source" data-i18n-exempt="">
        <span className="formulas-doc">docs/theory.md {f.section}</span> · {t(`formula.${f.id}.source`)}
      </p>
    </article>
  );
});

export default function FormulasView() {
  const t = useT();
  return (
    <div className="formulas" data-testid="view-formulas">
      <div className="formulas-intro">
        <p>
          {t('formula.view.intro.before')}
          <strong>docs/theory.md</strong>
          {t('formula.view.intro.after')}
        </p>
        <TheoremSummary />
        <nav className="formulas-toc" aria-label={t('formula.view.sections')}>
          {FORMULA_SECTIONS.map((s) => (
            <button
              key={s.id}
              type="button"
              className="formulas-link"
              onClick={() => document.getElementById(sectionAnchor(s.id))?.scrollIntoView({ behavior: 'smooth' })}
            >
              {s.id} {t(`formula.section.${s.id}`)}
            </button>
          ))}
        </nav>
      </div>
      {FORMULA_SECTIONS.map((s) => (
        <section key={s.id} className="formulas-section" aria-labelledby={sectionAnchor(s.id)}>
          <h2 id={sectionAnchor(s.id)}>
            <span className="formulas-section-number">{s.id}</span> {t(`formula.section.${s.id}`)}
          </h2>
          <div className="formulas-grid">
            {(FORMULAS as readonly Formula[])
              .filter((f) => f.section === s.id)
              .map((f) => (
                <FormulaCard key={f.id} f={f} />
              ))}
          </div>
        </section>
      ))}
    </div>
  );
}
