// Export and load through the page's state, with a fake worker and a fake "save": file names, what
// goes to the worker, and what the user is told; a bad file changes nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages';
import { noticeText } from './notices';
import { DEFAULT_SETTINGS } from '../core/settings';
import { settingsToJson } from '../core/settingsFile';
import { createAppState, type AppState } from './appState';
import { FakeTrainer, fakeSnapshot, historyPoint, manualFrames, readyStatus } from './testing/fakeTrainer';

interface Saved {
  name: string;
  blob: Blob;
}

function page(hash = '') {
  const location = { hash };
  const history = {
    state: null,
    replaceState(_d: unknown, _u: string, url?: string) {
      location.hash = url ?? '';
    },
  };
  const workers: FakeTrainer[] = [];
  const measurers: FakeTrainer[] = [];
  const frames = manualFrames();
  const saved: Saved[] = [];
  const app = createAppState({
    location,
    history,
    connectTrainer: (role) => {
      const w = new FakeTrainer();
      (role === 'train' ? workers : measurers).push(w);
      return w;
    },
    frame: frames.frame,
    now: () => 0,
    randomSeed: () => 1,
    storage: null,
    save: (blob, name) => saved.push({ blob, name }),
  });
  apps.push(app);
  return { app, worker: () => workers[workers.length - 1], measurer: () => measurers.at(-1)!, frames, saved };
}

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

async function readyPage(hash = '') {
  const p = page(hash);
  p.app.start();
  await settle();
  p.worker().sendStatus(readyStatus('wasm'));
  return p;
}

const file = (name: string, content: string | ArrayBuffer) => new File([content], name);
/** The last notice, worded in English. */
const lastNotice = (app: AppState) => {
  const n = app.notices.store.get().at(-1);
  return n && { ...n, text: noticeText(n.text, translator('en')) };
};

let apps: AppState[] = [];
afterEach(() => {
  for (const a of apps) a.dispose();
  apps = [];
});

describe('file names', () => {
  it('carry the step on the playground once a run is drawn, not on the theory views', async () => {
    const { app, worker, frames } = await readyPage();
    expect(app.exporter.fileName('Densities', 'png')).toBe('gan-playground-densities.png');
    worker().sendSnapshot(fakeSnapshot(1, 1234));
    frames.flush();
    expect(app.exporter.fileName('densities', 'png')).toBe('gan-playground-densities-step-1234.png');
    expect(app.exporter.fileName('KL & JS', 'svg')).toBe('gan-playground-kl-js-step-1234.svg');
    app.setSetting('view', 'explorer');
    expect(app.exporter.fileName('explorer-densities', 'svg')).toBe('gan-playground-explorer-densities.svg');
  });
});

describe('history as CSV', () => {
  it('saves every point the page holds, with a header', async () => {
    const { app, worker, frames, saved } = await readyPage();
    worker().sendSnapshot(fakeSnapshot(1, 30, [historyPoint(10), historyPoint(20), historyPoint(30)]));
    frames.flush();
    await app.exporter.downloadHistoryCsv();
    expect(saved.map((s) => s.name)).toEqual(['gan-playground-history-step-30.csv']);
    const lines = (await saved[0].blob.text()).trim().split('\r\n');
    expect(lines[0]).toBe('step,loss_d,loss_g,kl_forward_nats,kl_reverse_nats,js_nats,w1');
    expect(lines.slice(1).map((l) => Number(l.split(',')[0]))).toEqual([10, 20, 30]);
    expect(saved[0].blob.type).toMatch(/^text\/csv/);
  });
});

describe('settings as JSON', () => {
  it('saved by one page, loaded by another: the same settings, and the worker hears of them', async () => {
    const a = await readyPage();
    a.app.setSettingsPatch({ mean0: -2.5, lrG: 0.0007, gHidden: 24, units: 'bits' });
    await a.app.exporter.downloadSettings();
    expect(a.saved[0].name).toBe('gan-playground-settings.json');
    const text = await a.saved[0].blob.text();

    const b = await readyPage();
    expect(await b.app.exporter.loadSettings(file('my-setup.json', text))).toBe(true);
    expect(b.app.settings.store.get()).toEqual(a.app.settings.store.get());
    expect(lastNotice(b.app)).toMatchObject({ tone: 'info', text: 'Loaded the settings from “my-setup.json”.' });
    b.frames.flush();
    await settle();
    expect(b.worker().last('setSettings')?.settings).toMatchObject({ mean0: -2.5, gHidden: 24 });
  });

  it('invalid JSON or a wrong shape: a clear notice, nothing changed', async () => {
    const { app } = await readyPage();
    app.setSetting('mean0', 2);
    const before = app.settings.store.get();
    for (const [content, expected] of [
      ['{"mean0": 1', /not valid JSON/],
      ['[1, 2, 3]', /not a settings object/],
      ['{"foo": 1}', /no setting of this app/],
      ['{"format": "gan-playground-weights"}', /weights file/],
      ['{"version": 99, "mean0": 1}', /newer version/],
    ] as const) {
      expect(await app.exporter.loadSettings(file('bad.json', content))).toBe(false);
      expect(lastNotice(app)?.tone).toBe('error');
      expect(lastNotice(app)?.text).toMatch(expected);
      expect(lastNotice(app)?.text).toMatch(/Nothing was changed/);
      expect(app.settings.store.get()).toBe(before);
    }
  });

  it('unknown keys and bad values are reported; the rest loads', async () => {
    const { app } = await readyPage();
    const data = JSON.parse(settingsToJson({ ...DEFAULT_SETTINGS, mean0: -1 }));
    data.colour = 'red';
    data.std0 = 'wide';
    expect(await app.exporter.loadSettings(file('odd.json', JSON.stringify(data)))).toBe(true);
    expect(app.settings.store.get().mean0).toBe(-1);
    const notice = lastNotice(app)!;
    expect(notice.tone).toBe('warning');
    expect(notice.text).toContain('unknown setting “colour”');
    expect(notice.text).toContain('“"wide"” is not a number');
  });
});

describe('weights', () => {
  it('downloads the two files the worker made', async () => {
    const { app, worker, saved } = await readyPage();
    worker().weights = { json: '{"format":"gan-playground-weights"}', bin: new Float32Array([1, 2, 3]).buffer };
    expect(await app.exporter.downloadWeights()).toBe(true);
    expect(saved.map((s) => s.name)).toEqual(['gan-weights.json', 'gan-weights.bin']);
    expect(new Float32Array(await saved[1].blob.arrayBuffer())).toEqual(new Float32Array([1, 2, 3]));
    expect(worker().methods()).toContain('exportWeights');
  });

  it('no run yet: a notice, nothing saved', async () => {
    const { app, saved } = await readyPage();
    expect(await app.exporter.downloadWeights()).toBe(false);
    expect(saved).toEqual([]);
    expect(lastNotice(app)?.text).toMatch(/no weights to export/);
  });

  it('loads a pair into the worker (JSON as text, the .bin as bytes, in any order) and says what happened', async () => {
    const { app, worker } = await readyPage();
    worker().importResult = { ok: true, loaded: ['G/flat', 'D/flat', 'G_ema/flat'], ema: 'loaded', step: 77 };
    const ok = await app.exporter.loadWeights([
      file('gan-weights (1).bin', new Float32Array(10).buffer),
      file('gan-weights.json', '{"x":1}'),
    ]);
    expect(ok).toBe(true);
    expect(worker().last('importWeights')).toMatchObject({ json: '{"x":1}', binBytes: 40 });
    const n = lastNotice(app)!;
    expect(n.tone).toBe('info');
    expect(n.text).toMatch(/G, D and G’s average/);
    expect(n.text).toMatch(/step 77/);
    expect(n.text).toMatch(/optimizer restarted its moments/);
  });

  it('one file, or a rejected pair: a clear notice, the run untouched', async () => {
    const { app, worker } = await readyPage();
    expect(await app.exporter.loadWeights([file('gan-weights.json', '{}')])).toBe(false);
    expect(lastNotice(app)?.text).toMatch(/choose both files/);
    expect(worker().methods()).not.toContain('importWeights');

    worker().importResult = {
      ok: false,
      problem: {
        code: 'network-mismatch',
        network: 'G',
        file: { sizes: [1, 32, 32, 1], activation: 'leakyRelu' },
        current: { sizes: [1, 16, 16, 1], activation: 'tanh' },
      },
    };
    const pair = [file('w.json', '{}'), file('w.bin', new ArrayBuffer(8))];
    expect(await app.exporter.loadWeights(pair)).toBe(false);
    const n = lastNotice(app)!;
    expect(n.tone).toBe('error');
    expect(n.text).toBe(
      'Weights not loaded: the file’s G is 1 → 32 → 32 → 1, leaky ReLU, but the current G is 1 → 16 → 16 → 1, tanh. Set the same network (or load the settings saved with the weights) and load again. The run is unchanged.',
    );
    worker().importResult = { ok: false, problem: { code: 'wrong-size', expected: 2340, actual: 8 } };
    await app.exporter.loadWeights(pair);
    expect(lastNotice(app)?.text).toMatch(/“w.bin” has 8 bytes where “w.json” describes 2340/);
  });

  it('a run with loaded weights at step 0 is not replaced by a faster backend’s fresh run', async () => {
    const measured = [
      { name: 'wasm' as const, ok: true, stepsPerSecond: 100 },
      { name: 'cpu' as const, ok: true, stepsPerSecond: 300 },
    ];
    const plain = await readyPage();
    plain.worker().sendSnapshot(fakeSnapshot(1, 0));
    plain.frames.flush();
    plain.measurer().finishMeasuring(measured);
    await settle();
    expect(plain.worker().methods(), 'untrained at step 0: switched by a Reset').toContain('reset');

    const loaded = await readyPage();
    loaded.worker().sendSnapshot(fakeSnapshot(1, 0));
    loaded.frames.flush();
    expect(await loaded.app.exporter.loadWeights([file('a.json', '{}'), file('a.bin', new ArrayBuffer(4))])).toBe(true);
    loaded.worker().sendSnapshot(fakeSnapshot(1, 0)); // the snapshot of the loaded weights, still step 0
    loaded.frames.flush();
    loaded.measurer().finishMeasuring(measured);
    await settle();
    expect(loaded.worker().methods()).not.toContain('reset');
    expect(loaded.app.trainer.transport.get().backend!.next).toBe('cpu');
  });

  it('settings changed just before loading reach the worker first', async () => {
    const { app, worker } = await readyPage();
    app.setSetting('gHidden', 8);
    await app.exporter.loadWeights([file('a.json', '{}'), file('a.bin', new ArrayBuffer(4))]);
    await settle();
    const methods = worker().methods();
    expect(methods.lastIndexOf('setSettings')).toBeLessThan(methods.lastIndexOf('importWeights'));
    expect(worker().last('setSettings')?.settings?.gHidden).toBe(8);
  });
});
