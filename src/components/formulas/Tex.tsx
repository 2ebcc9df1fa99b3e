// A formula typeset by KaTeX (HTML for the eye, MathML for screen readers). The HTML is rendered once
// per TeX string and kept: the live numbers beside a formula re-render, the formula never does.
import katex from 'katex';
import { memo } from 'react';

const rendered = new Map<string, string>();

export function texToHtml(tex: string): string {
  let html = rendered.get(tex);
  if (html === undefined) {
    html = katex.renderToString(tex, { throwOnError: true, output: 'htmlAndMathml', displayMode: true });
    rendered.set(tex, html);
  }
  return html;
}

export const Tex = memo(function Tex({ tex }: { tex: string }) {
  return <div className="formulas-tex" dangerouslySetInnerHTML={{ __html: texToHtml(tex) }} />;
});
