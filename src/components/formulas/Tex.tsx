// A formula typeset by KaTeX (HTML for the eye, MathML for screen readers). The HTML is rendered once
// per TeX string and kept: the live numbers beside a formula re-render, the formula never does.
import katex from 'katex';
import { memo, useEffect, useRef, useState } from 'react';
import { useT } from '../../state/language';

const rendered = new Map<string, string>();

function texToHtml(tex: string): string {
  let html = rendered.get(tex);
  if (html === undefined) {
    html = katex.renderToString(tex, { throwOnError: true, output: 'htmlAndMathml', displayMode: true });
    rendered.set(tex, html);
  }
  return html;
}

export const Tex = memo(function Tex({ tex }: { tex: string }) {
  // A formula wider than its card scrolls sideways: it is then focusable, so that the keyboard can scroll it.
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  const t = useT();
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    // The card's width changes with the window; the formula's own width when KaTeX's fonts arrive.
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    document.fonts?.addEventListener('loadingdone', measure);
    measure();
    return () => {
      observer.disconnect();
      document.fonts?.removeEventListener('loadingdone', measure);
    };
  }, [tex]);
  return (
    <div
      ref={ref}
      className="formulas-tex"
      {...(scrolls ? { tabIndex: 0, role: 'group', 'aria-label': t('formula.tex.scrolls') } : {})}
      dangerouslySetInnerHTML={{ __html: texToHtml(tex) }}
    />
  );
});
