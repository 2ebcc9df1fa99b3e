import { beforeAll, describe, expect, it } from 'vitest';
import type { BackendReport } from '../core/protocol';
import { settingsFromHash } from '../core/settingsLink';
import { loadLanguage, translator } from '../i18n/messages';
import { backendSummary, backendWarnings, linkNoticeText, nextBackendText, probeText, statusText } from './messages';
import { createNotices, noticeText } from './notices';

const t = translator('en');

describe('messages', () => {
  beforeAll(() => loadLanguage('zh-CN'));

  it('names the bad field, its value and the allowed range in a link notice', () => {
    const text = linkNoticeText(t, settingsFromHash('#v=2&m0=banana&s0=99&zz=1').problems);
    expect(text).toContain('Mean 1: “banana” is not a number');
    expect(text).toContain('Spread (σ) 1: 99 is out of range (0.1 to 2)');
    expect(text).toContain('unknown setting “zz”');
  });

  it('says which of a link’s problems are variant B’s, in both languages', () => {
    const problems = settingsFromHash('#v=2&b.seed=3&b.zz=1&b.r1=abc&b.k=99').problems;
    const text = linkNoticeText(t, problems);
    expect(text).toContain('variant B cannot change Seed');
    expect(text).toContain('variant B: unknown setting “zz”');
    expect(text).toContain('variant B: R1 penalty γ: “abc” is not a number');
    expect(text).toContain('variant B: D steps per G step (k): 99 is out of range (1 to 10)');
    const zh = translator('zh-CN');
    const zhText = linkNoticeText(zh, problems);
    expect(zhText).toContain('变体 B 不能改变种子');
    expect(zhText).toContain('变体 B：未知设置“zz”');
    expect(zhText).toContain('变体 B：R1 惩罚 γ：“abc”不是数字');
  });

  it('words a backend report: the winner, the others, why one failed and that one was too slow to start', () => {
    const report: BackendReport = {
      active: 'wasm',
      how: 'auto',
      probes: [
        { name: 'wasm', ok: true, stepsPerSecond: 450.4 },
        { name: 'webgl', ok: false, failure: { code: 'start-failed', detail: 'no WebGL context' } },
        { name: 'cpu', ok: false, failure: { code: 'probe-slow', ms: 8000 } },
      ],
    };
    expect(backendSummary(t, report)).toBe(
      'auto → WASM: 450 steps/s vs WebGL failed: failed to start: no WebGL context, CPU took over 8 s to start (not timed)',
    );
    // Slow is not broken: no warning for it, and the list gives it the time it had.
    expect(backendWarnings(t, report)).toEqual(['WebGL unavailable: failed to start: no WebGL context']);
    expect(probeText(t, report.probes[2], report)).toBe('CPU: took over 8 s to start (not timed)');
  });

  it('says which pinned backend failed and what it fell back to', () => {
    const report: BackendReport = {
      active: 'cpu',
      how: 'fallback',
      pinned: { name: 'webgl', failure: { code: 'no-offscreen-canvas' } },
      probes: [{ name: 'cpu', ok: true, stepsPerSecond: 200 }],
    };
    expect(backendSummary(t, report)).toMatch(
      /^WebGL was chosen but failed \(no OffscreenCanvas.*\); fell back to CPU: 200 steps\/s$/,
    );
    expect(backendWarnings(t, report)).toEqual(['the chosen backend failed; using CPU']);
  });

  it('says a choice is provisional while the others are measured, and where a remembered one comes from', () => {
    const provisional: BackendReport = {
      active: 'wasm',
      how: 'auto',
      chosenBy: 'start-order',
      probes: [{ name: 'wasm', ok: true }],
    };
    expect(backendSummary(t, provisional)).toBe('auto → WASM (started first; not measured yet)');
    expect(backendSummary(t, { ...provisional, measuring: ['wasm', 'webgl', 'cpu'] })).toBe(
      'auto → WASM (measuring WebGL, CPU…)',
    );
    const measuring: BackendReport = { ...provisional, measuring: ['wasm', 'webgl', 'cpu'] };
    expect(probeText(t, provisional.probes[0], measuring)).toBe(
      'WASM: started, not timed yet (training now) (measuring…)',
    );
    // Training holds the measurement: the line and the list say so (and the line no longer says "measuring").
    const paused: BackendReport = { ...measuring, measurementPaused: true };
    expect(backendSummary(t, paused)).toBe('auto → WASM (measurement of WebGL, CPU paused while training)');
    expect(probeText(t, provisional.probes[0], paused)).toBe(
      'WASM: started, not timed yet (training now) (measurement paused while training)',
    );
    const remembered: BackendReport = {
      active: 'wasm',
      how: 'auto',
      chosenBy: 'memory',
      probes: [
        { name: 'wasm', ok: true, stepsPerSecond: 820 },
        { name: 'webgl', ok: true, stepsPerSecond: 40 },
      ],
    };
    expect(backendSummary(t, remembered)).toBe(
      'auto → WASM: 820 steps/s vs WebGL 40 (as measured earlier on this device)',
    );
    expect(nextBackendText(t, remembered)).toBeNull();
    expect(nextBackendText(t, { ...remembered, next: 'webgl' })).toBe(
      'WebGL measured faster (40 steps/s): training switches to it at the next Reset or New seed',
    );
  });

  it('tells a diverged run where the NaN was and at which step', () => {
    expect(statusText(t, { kind: 'diverged', step: 812, where: 'weights' })).toMatch(/step 812.*weights/);
  });

  it('words the same codes in Simplified Chinese, with the settings’ Chinese names', () => {
    const zh = translator('zh-CN');
    expect(statusText(zh, { kind: 'diverged', step: 812, where: 'weights' })).toContain('第 812 步');
    expect(linkNoticeText(zh, settingsFromHash('#v=2&m0=banana').problems)).toContain('均值 1：“banana”不是数字');
  });

  it('keeps a notice as words to say, so it follows a change of language', () => {
    const notices = createNotices();
    notices.add((tr) => tr('pg.share.defaultsRestored'), 'info');
    const [n] = notices.store.get();
    expect(noticeText(n.text, t)).toBe('Every setting is back to its default.');
    expect(noticeText(n.text, translator('zh-CN'))).toBe('所有设置都已恢复为默认值。');
  });
});
