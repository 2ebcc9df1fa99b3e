// Lessons, sharing and saving on the page's state (the fake worker stands in for the real one).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lessonSetup } from '../core/lessons';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../core/settings';
import { settingsToHash } from '../core/settingsLink';
import { createAppState, type AppState } from './appState';
import { translator } from '../i18n/messages';
import { command } from './commands';
import { noticeText } from './notices';

const en = translator('en');
import { LESSONS, lessonById } from './lessonCatalog';
import { SETUP_KEY, SETUP_VERSION, SETUP_WRITE_INTERVAL_MS } from './setupMemory';
import type { ClipboardLike } from './share';
import { COPIED_MS } from './share';
import { FakeStorage, FakeTrainer, fakeSnapshot, manualFrames, readyStatus } from './testing/fakeTrainer';

const ORIGIN = 'https://example.test/gan/';

/** A page of fakes: location (hash and href follow replaceState), workers, storage and a clipboard. */
function page(hash = '', storage: FakeStorage | null = new FakeStorage(), clipboard: ClipboardLike | null = null) {
  const location = {
    hash,
    get href() {
      return ORIGIN + this.hash;
    },
  };
  const history = {
    state: null,
    replaceState(_data: unknown, _unused: string, url?: string) {
      location.hash = url ?? '';
    },
  };
  const workers: FakeTrainer[] = [];
  const frames = manualFrames();
  const app = createAppState({
    location,
    history,
    connectTrainer: (role) => {
      const w = new FakeTrainer();
      if (role === 'train') workers.push(w);
      return w;
    },
    frame: frames.frame,
    now: () => Date.now(),
    randomSeed: () => 12345,
    storage,
    device: () => 'test',
    clock: () => Date.now(),
    clipboard: () => clipboard,
  });
  apps.push(app);
  const worker = () => workers[workers.length - 1];
  return { app, location, worker, frames, storage };
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

/** Started, the worker ready at step 0. */
async function ready(...args: Parameters<typeof page>) {
  const p = page(...args);
  p.app.start();
  await settle();
  p.worker().sendStatus(readyStatus('cpu'));
  p.worker().sendSnapshot(fakeSnapshot(1, 0));
  p.frames.flush();
  await settle();
  return p;
}

const get = (app: AppState) => app.settings.store.get();
/** The settings as stored (the entry's settings link read back). */
const stored = (storage: FakeStorage) => JSON.parse(storage.items.get(SETUP_KEY) ?? 'null');

let apps: AppState[] = [];
beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  for (const a of apps) a.dispose();
  apps = [];
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('lessons', () => {
  const mine = (): Partial<Settings> => ({
    components: 3,
    mean0: -1.25,
    std2: 0.9,
    lrD: 0.004,
    seed: 77,
    units: 'bits',
    view: 'likelihood',
    likelihoodSamples: 250,
    theme: 'dark',
  });

  it('the catalogue has every lesson file, in menu order', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(8);
    expect(LESSONS[0].id).toBe('single-gaussian');
    expect(lessonById('bimodal-collapse')?.steps.length).toBeGreaterThan(1);
  });

  it('choosing a lesson saves the setup; “Leave lesson” restores it exactly', async () => {
    const { app, worker } = await ready();
    app.setSettingsPatch(mine());
    const before = get(app);
    expect(app.lessons.choose('bimodal-collapse')).toBe(true);
    // The lesson's setup: defaults + its settings + step 0, and the person's preferences kept.
    expect(get(app)).toEqual(lessonSetup(lessonById('bimodal-collapse')!, 0, before));
    expect(get(app)).toMatchObject({ lesson: 'bimodal-collapse', lessonStep: 0, components: 2, theme: 'dark' });
    expect(app.lessons.own()).toEqual(before);
    // A fresh run for the lesson.
    await settle();
    expect(worker().methods()).toContain('reset');

    // Steps, and a change of one's own on the way.
    expect(app.run('lessonNext')).toBe(true);
    expect(get(app)).toMatchObject({ lessonStep: 1, r1Gamma: 1 });
    app.setSetting('mean1', 3);
    expect(app.run('lessonNext')).toBe(false); // the last step
    expect(app.run('lessonBack')).toBe(true);
    expect(get(app)).toMatchObject({ lessonStep: 0, r1Gamma: 0, mean1: 3 });
    expect(app.run('lessonBack')).toBe(false);

    // Another lesson from inside one keeps the original own setup.
    app.lessons.choose('js-vs-w1');
    expect(app.lessons.own()).toEqual(before);

    expect(app.run('leaveLesson')).toBe(true);
    expect(get(app)).toEqual(before);
    expect(app.lessons.own()).toBeNull();
    expect(app.run('leaveLesson')).toBe(false);
  });

  it('leaving keeps the preferences changed during the lesson', async () => {
    const { app } = await ready();
    app.setSettingsPatch({ mean0: 2 });
    app.lessons.choose('single-gaussian');
    app.setSettingsPatch({ presentation: true, theme: 'light' });
    app.run('leaveLesson');
    expect(get(app)).toEqual(normalizeSettings({ mean0: 2, presentation: true, theme: 'light' }));
  });

  it('choosing an unknown lesson does nothing', async () => {
    const { app } = await ready('#v=1&m0=2');
    const before = get(app);
    expect(app.lessons.choose('no-such-lesson')).toBe(false);
    expect(get(app)).toBe(before);
  });

  it('a link with a lesson and a step shows that step; a bare lesson link opens the lesson’s setup', () => {
    const lesson = lessonById('js-vs-w1')!;
    const copied = { ...lessonSetup(lesson, 1), mean0: 2.5 };
    const a = page('#' + settingsToHash(copied));
    expect(get(a.app)).toEqual(copied);
    const b = page('#v=1&lesson=js-vs-w1&lstep=2&theme=dark');
    expect(get(b.app)).toEqual({ ...lessonSetup(lesson, 2), theme: 'dark' });
    // A step past the end is the last step.
    const c = page('#v=1&lesson=js-vs-w1&lstep=9');
    expect(get(c.app).lessonStep).toBe(lesson.steps.length - 1);
    for (const p of [a, b, c]) {
      p.app.start();
      expect(p.app.notices.store.get()).toEqual([]);
    }
  });

  it('an unknown lesson in a link: a clear notice, the rest of the link loaded, no lesson open', () => {
    const { app, location } = page('#v=1&m0=-2&lesson=flying-pigs&lstep=2');
    app.start();
    expect(get(app)).toEqual({ ...DEFAULT_SETTINGS, mean0: -2 });
    expect(app.notices.store.get().map((n) => noticeText(n.text, en))).toEqual([
      'The link opens the lesson “flying-pigs”, which this version of the app does not have; the rest of the link was loaded.',
    ]);
    expect(location.hash).toBe('#v=1&m0=-2');
    expect(app.lessons.current()).toBeUndefined();
    // The same for a link pasted later.
    app.settings.loadHash('#v=1&lesson=ghost');
    expect(noticeText(app.notices.store.get().at(-1)!.text, en)).toContain('“ghost”');
    expect(get(app).lesson).toBe('');
  });

  it('a lesson link pasted over one’s own setup: Leave returns to that setup', async () => {
    const { app } = await ready('#v=1&m0=-3&s0=1.1');
    const before = get(app);
    app.settings.loadHash('#v=1&lesson=bimodal-collapse&lstep=1');
    expect(get(app)).toMatchObject({ lesson: 'bimodal-collapse', lessonStep: 1, r1Gamma: 1 });
    app.run('leaveLesson');
    expect(get(app)).toEqual(before);
  });

  it('a lesson opened by a link in a fresh browser: Leave gives the defaults', async () => {
    const { app } = await ready('#v=1&lesson=optimal-discriminator', null);
    expect(get(app).optimalD).toBe(true);
    app.run('leaveLesson');
    expect(get(app)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('the last setup on this device', () => {
  it('round trip: changes are saved (throttled) and a page opened without a link restores them', async () => {
    const storage = new FakeStorage();
    const writes = vi.spyOn(storage, 'setItem');
    const first = await ready('', storage);
    writes.mockClear();
    for (let i = 1; i <= 30; i++) {
      first.app.setSetting('mean0', i / 10);
      vi.advanceTimersByTime(50);
    }
    // 30 changes over 1.5 s: at most one write per interval.
    expect(writes.mock.calls.length).toBeLessThanOrEqual(2);
    vi.advanceTimersByTime(SETUP_WRITE_INTERVAL_MS);
    first.app.setSettingsPatch({ lrG: 0.0007, view: 'formulas', units: 'bits' });
    first.app.flush();
    expect(stored(storage)).toEqual({
      v: SETUP_VERSION,
      settings: 'v=1&m0=3&lrg=0.0007&u=bits&view=formulas',
      own: null,
    });
    const expected = get(first.app);

    const second = page('', storage);
    expect(get(second.app)).toEqual(expected);
    second.app.start();
    // …and writes it to the address bar.
    expect(second.location.hash).toBe('#v=1&m0=3&lrg=0.0007&u=bits&view=formulas');
    expect(second.app.notices.store.get()).toEqual([]);
  });

  it('a link wins over the saved setup', () => {
    const storage = new FakeStorage();
    storage.items.set(SETUP_KEY, JSON.stringify({ v: SETUP_VERSION, settings: 'v=1&m0=3', own: null }));
    expect(get(page('#v=1&s0=0.9', storage).app)).toEqual({ ...DEFAULT_SETTINGS, std0: 0.9 });
    expect(get(page('#v=1', storage).app)).toEqual(DEFAULT_SETTINGS);
    expect(get(page('#', storage).app)).toEqual({ ...DEFAULT_SETTINGS, mean0: 3 });
  });

  it('a reload in a lesson keeps the lesson and the own setup to return to', async () => {
    const storage = new FakeStorage();
    const first = await ready('', storage);
    first.app.setSettingsPatch({ mean0: -2.5, seed: 9 });
    const mine = get(first.app);
    first.app.lessons.choose('minimax-saturation');
    first.app.run('lessonNext');
    first.app.flush();
    first.app.settings.writeHashNow();
    const inLesson = get(first.app);
    // Reloading the same address (the hash) and opening the bare page both come back to the lesson.
    for (const hash of [first.location.hash, '']) {
      const again = page(hash, storage);
      expect(get(again.app)).toEqual(inLesson);
      expect(again.app.lessons.own()).toEqual(mine);
    }
    const again = await ready('', storage);
    again.app.run('leaveLesson');
    expect(get(again.app)).toEqual(mine);
  });

  it('storage that throws, is full or holds junk breaks nothing', async () => {
    const broken = new FakeStorage();
    broken.broken = true;
    const junk = new FakeStorage();
    junk.items.set(SETUP_KEY, '{"v":1,"settings":');
    const wrong = new FakeStorage();
    wrong.items.set(SETUP_KEY, JSON.stringify({ v: 99, settings: 'v=1&m0=3' }));
    const typed = new FakeStorage();
    typed.items.set(SETUP_KEY, JSON.stringify({ v: SETUP_VERSION, settings: 42 }));
    const full = new FakeStorage();
    vi.spyOn(full, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    for (const storage of [broken, junk, wrong, typed, full, null]) {
      const { app } = await ready('', storage);
      expect(get(app)).toEqual(DEFAULT_SETTINGS);
      app.setSetting('mean0', 2);
      app.lessons.choose('single-gaussian');
      vi.advanceTimersByTime(SETUP_WRITE_INTERVAL_MS * 2);
      app.flush();
      app.run('leaveLesson');
      expect(get(app).mean0).toBe(2);
      expect(app.notices.store.get()).toEqual([]);
    }
  });

  it('an old saved link goes through the link’s checks: what is invalid is dropped quietly', () => {
    const storage = new FakeStorage();
    storage.items.set(
      SETUP_KEY,
      JSON.stringify({ v: SETUP_VERSION, settings: 'v=1&m0=banana&s0=0.7&zz=1', own: null }),
    );
    const { app } = page('', storage);
    app.start();
    expect(get(app)).toEqual({ ...DEFAULT_SETTINGS, std0: 0.7 });
    expect(app.notices.store.get()).toEqual([]);
  });
});

describe('restore defaults', () => {
  it('resets every setting, closes the lesson, and can be undone from its notice', async () => {
    const { app, worker } = await ready('#v=1&m0=-2&lrd=0.003&view=dirac');
    app.lessons.choose('bimodal-collapse');
    app.run('lessonNext');
    app.setSetting('mean1', 3.5);
    const before = get(app);
    const own = app.lessons.own();
    expect(own).not.toBeNull();
    await settle();
    const resets = worker()
      .methods()
      .filter((m) => m === 'reset').length;

    expect(app.run('restoreDefaults')).toBe(true);
    expect(get(app)).toEqual(DEFAULT_SETTINGS);
    expect(app.lessons.own()).toBeNull();
    await settle();
    expect(
      worker()
        .methods()
        .filter((m) => m === 'reset').length,
    ).toBe(resets + 1);
    const notice = app.notices.store.get().at(-1)!;
    expect(noticeText(notice.text, en)).toBe('Every setting is back to its default.');
    expect(noticeText(notice.action!.label, en)).toBe('Undo');

    notice.action!.run();
    expect(get(app)).toEqual(before);
    expect(app.lessons.own()).toEqual(own);
    // Leave still returns to the setup from before the lesson.
    app.run('leaveLesson');
    expect(get(app)).toEqual(normalizeSettings({ mean0: -2, lrD: 0.003, view: 'dirac' }));
  });

  it('resets even the preferences (every setting), and the saved setup follows', async () => {
    const storage = new FakeStorage();
    const { app } = await ready('#v=1&theme=dark&m0=1', storage);
    app.run('restoreDefaults');
    app.flush();
    expect(get(app)).toEqual(DEFAULT_SETTINGS);
    expect(stored(storage)).toMatchObject({ settings: 'v=1', own: null });
  });
});

describe('copy link', () => {
  class Clipboard implements ClipboardLike {
    text = '';
    refuse = false;
    writeText(text: string) {
      if (this.refuse) return Promise.reject(new DOMException('denied', 'NotAllowedError'));
      this.text = text;
      return Promise.resolve();
    }
  }

  it('copies the address with every setting in its hash, says so, and the confirmation goes away', async () => {
    const clipboard = new Clipboard();
    const { app } = await ready('#v=1&m0=-1', new FakeStorage(), clipboard);
    app.lessons.choose('forward-reverse-kl');
    app.run('lessonNext');
    expect(app.run('copyLink')).toBe(true);
    await settle();
    expect(clipboard.text).toBe(ORIGIN + '#' + settingsToHash(get(app)));
    expect(clipboard.text).toContain('lesson=forward-reverse-kl');
    expect(clipboard.text).toContain('lstep=1');
    expect(clipboard.text).toContain('view=explorer');
    expect(app.share.status.get()).toEqual({ kind: 'copied', link: clipboard.text });
    vi.advanceTimersByTime(COPIED_MS);
    expect(app.share.status.get()).toEqual({ kind: 'idle' });
    // The copied link opens the same setup elsewhere.
    const other = page(clipboard.text.slice(ORIGIN.length), null);
    expect(get(other.app)).toEqual(get(app));
  });

  it('a refused or missing clipboard offers the link to copy by hand', async () => {
    const clipboard = new Clipboard();
    clipboard.refuse = true;
    const refused = await ready('#v=1&m0=2', new FakeStorage(), clipboard);
    refused.app.run('copyLink');
    await settle();
    expect(refused.app.share.status.get()).toEqual({ kind: 'manual', link: ORIGIN + '#v=1&m0=2', reason: 'refused' });
    refused.app.share.close();
    expect(refused.app.share.status.get()).toEqual({ kind: 'idle' });

    const none = await ready('#v=1&m0=2', new FakeStorage(), null);
    none.app.run('copyLink');
    await settle();
    expect(none.app.share.status.get()).toMatchObject({ kind: 'manual', reason: 'no-clipboard' });
  });

  it('the link is written to the address bar first: a change a moment ago is in it', async () => {
    const clipboard = new Clipboard();
    const { app } = await ready('#v=1', new FakeStorage(), clipboard);
    app.setSetting('seed', 5);
    app.run('copyLink');
    await settle();
    expect(clipboard.text).toBe(ORIGIN + '#v=1&seed=5');
  });

  it('the commands are in the one list, labelled from the lesson texts', () => {
    expect(command('copyLink').label(en, {} as never)).toBe('Copy link');
    expect(command('restoreDefaults').label(en, {} as never)).toBe('Restore defaults');
    expect(command('leaveLesson').label(en, {} as never)).toBe('Leave lesson');
  });
});
