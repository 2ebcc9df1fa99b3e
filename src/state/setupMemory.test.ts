// The last setup on this device (localStorage): saved throttled, restored by a visit without a link,
// kept through a reload in a lesson, and never a problem when the storage is broken or holds junk.
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/settings';
import { SETUP_KEY, SETUP_VERSION, SETUP_WRITE_INTERVAL_MS } from './setupMemory';
import { FakeStorage } from './testing/fakeTrainer';
import { get, page, readyPage, stored, pagesPerTest } from './testing/fakePage';

pagesPerTest();

describe('the last setup on this device', () => {
  it('round trip: changes are saved (throttled) and a page opened without a link restores them', async () => {
    const storage = new FakeStorage();
    const writes = vi.spyOn(storage, 'setItem');
    const first = await readyPage('', storage);
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
      settings: 'v=2&m0=3&lrg=0.0007&u=bits&view=formulas',
      own: null,
    });
    const expected = get(first.app);

    const second = page('', storage);
    expect(get(second.app)).toEqual(expected);
    second.app.start();
    // …and writes it to the address bar.
    expect(second.location.hash).toBe('#v=2&m0=3&lrg=0.0007&u=bits&view=formulas');
    expect(second.app.notices.store.get()).toEqual([]);
  });

  it('a link wins over the saved setup', () => {
    const storage = new FakeStorage();
    storage.items.set(SETUP_KEY, JSON.stringify({ v: SETUP_VERSION, settings: 'v=2&m0=3', own: null }));
    expect(get(page('#v=2&s0=0.9', storage).app)).toEqual({ ...DEFAULT_SETTINGS, std0: 0.9 });
    expect(get(page('#v=2', storage).app)).toEqual(DEFAULT_SETTINGS);
    expect(get(page('#', storage).app)).toEqual({ ...DEFAULT_SETTINGS, mean0: 3 });
  });

  it('a reload in a lesson keeps the lesson and the own setup to return to', async () => {
    const storage = new FakeStorage();
    const first = await readyPage('', storage);
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
    const again = await readyPage('', storage);
    again.app.run('leaveLesson');
    expect(get(again.app)).toEqual(mine);
  });

  it('storage that throws, is full or holds junk breaks nothing', async () => {
    const broken = new FakeStorage();
    broken.broken = true;
    const junk = new FakeStorage();
    junk.items.set(SETUP_KEY, '{"v":1,"settings":');
    const wrong = new FakeStorage();
    wrong.items.set(SETUP_KEY, JSON.stringify({ v: 99, settings: 'v=2&m0=3' }));
    const typed = new FakeStorage();
    typed.items.set(SETUP_KEY, JSON.stringify({ v: SETUP_VERSION, settings: 42 }));
    const full = new FakeStorage();
    vi.spyOn(full, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    for (const storage of [broken, junk, wrong, typed, full, null]) {
      const { app } = await readyPage('', storage);
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
      JSON.stringify({ v: SETUP_VERSION, settings: 'v=2&m0=banana&s0=0.7&zz=1', own: null }),
    );
    const { app } = page('', storage);
    app.start();
    expect(get(app)).toEqual({ ...DEFAULT_SETTINGS, std0: 0.7 });
    expect(app.notices.store.get()).toEqual([]);
  });
});
