// The catalogues that load on demand: another language's whole catalogue when it is chosen, and English's
// theory-lab areas with their views. Until then a translator speaks English, and never throws.
import { describe, expect, it } from 'vitest';
import { hasLanguage, loadEnglishArea, loadLanguage, translator } from './messages';

describe('loading messages on demand', () => {
  it('speaks English for another language until its catalogue is loaded, then that language', async () => {
    expect(hasLanguage('en')).toBe(true);
    expect(hasLanguage('zh-CN')).toBe(false);
    const before = translator('zh-CN');
    expect(before('views.loading')).toBe('Loading…');
    const load = loadLanguage('zh-CN');
    expect(loadLanguage('zh-CN')).toBe(load); // one load, however often it is asked for
    await load;
    expect(hasLanguage('zh-CN')).toBe(true);
    expect(translator('zh-CN')('views.loading')).toBe('加载中…');
    expect(translator('zh-CN')('pg.export.chartMenu', { title: 'JS' })).not.toBe(
      translator('en')('pg.export.chartMenu', { title: 'JS' }),
    );
  });

  it('adds a theory-lab area to English when its view loads it; before that a key reads as itself', async () => {
    const en = translator('en');
    expect(en('theory.likelihood.title')).toBe('theory.likelihood.title');
    expect(en('formula.section.§2')).toBe('formula.section.§2');
    await loadEnglishArea('theory');
    // A translator made before the area arrived sees it too (components keep theirs in a memo).
    expect(en('theory.likelihood.title')).toBe('Maximum likelihood');
    expect(en('formula.section.§2')).toBe('formula.section.§2');
    await loadEnglishArea('formulas');
    expect(en('formula.section.§2')).toBe('Maximum likelihood');
  });

  it('adds export and load to English with the export code; the menus’ own buttons are there at once', async () => {
    const en = translator('en');
    expect(en('pg.export.menu')).toBe('Export');
    expect(en('pg.export.sectionLoad')).toBe('pg.export.sectionLoad');
    await loadEnglishArea('export');
    expect(en('pg.export.sectionLoad')).toBe('Load');
  });

  it('has the first screen in English at once: the playground, its charts and the frame', () => {
    const en = translator('en');
    expect(en('view.playground.label')).toBe('Playground');
    expect(en('chart.mleOverlay.legend', { K: 2, m: 50 })).toBe('MLE fit (K = 2, m = 50)');
  });
});
