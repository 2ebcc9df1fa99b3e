// The command list (every action a button, a banner or a shortcut runs) on a page of fakes, and the
// claim that the page acts on the training worker through the state, never by holding its client.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/settings';
import { loadLanguage, translator } from '../i18n/messages';
import { COMMANDS, disabledReason, type CommandId } from './commands';
import { TrainerClient, type TransportState } from './trainerClient';
import { page, pagesPerTest, readyPage, settle } from './testing/fakePage';

pagesPerTest();

describe('commands', () => {
  it('every command with a shortcut is listed once, and keys do not clash', () => {
    const keys = COMMANDS.flatMap((c) => (c.shortcut ? [c.shortcut.key] : []));
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
  });

  it('each reaches the worker or the state it names, and does nothing while disabled', async () => {
    const { app, worker } = await readyPage();
    const ran = (id: CommandId) => {
      const ok = app.run(id);
      return ok;
    };
    expect(ran('play')).toBe(true);
    expect(app.trainer.transport.get().running).toBe(true);
    expect(ran('step')).toBe(false); // not while running
    expect(ran('play')).toBe(true); // toggles to pause
    await settle();
    expect(ran('step')).toBe(true);
    expect(ran('reset')).toBe(true);
    await settle();
    expect(worker().methods()).toEqual(['init', 'play', 'pause', 'step', 'reset']);
    expect(worker().calls.at(-1)!.settings).not.toHaveProperty('units');

    expect(ran('newSeed')).toBe(true);
    expect(app.settings.store.get().seed).toBe(12345);
    expect(ran('units')).toBe(true);
    expect(app.settings.store.get().units).toBe('bits');
    expect(ran('help')).toBe(true);
    expect(app.helpOpen.get()).toBe(true);
    expect(ran('restartWorker')).toBe(false); // only after repeated crashes
  });

  it("Step D and Step G reach the worker as one player's update; Step D is off in optimal-D mode", async () => {
    const { app, worker } = await readyPage();
    expect(app.run('stepD')).toBe(true);
    expect(app.run('stepG')).toBe(true);
    await settle();
    expect(
      worker()
        .calls.filter((c) => c.method === 'stepPart')
        .map((c) => c.player),
    ).toEqual(['d', 'g']);
    expect(app.run('optimalD')).toBe(true);
    expect(app.settings.store.get().optimalD).toBe(true);
    expect(app.run('stepD')).toBe(false);
    expect(app.run('slowMotion')).toBe(true);
    expect(app.settings.store.get().slowMotion).toBe(true);
    app.run('play');
    expect(app.run('stepG')).toBe(false); // not while running
  });

  it('nothing trains before the worker is ready', () => {
    const { app } = page();
    app.start();
    expect(app.run('play')).toBe(false);
    expect(app.run('step')).toBe(false);
    expect(app.run('units')).toBe(true);
  });
});

describe('the page holds the trainer client’s stores, never its actions', () => {
  // Every method of the client (play, pause, step, reset, restart, …): its stores are fields instead.
  const METHODS = Object.getOwnPropertyNames(TrainerClient.prototype).filter((m) => m !== 'constructor');

  it('app.trainer, all a component gets of the client, is stores only', async () => {
    expect(METHODS).toEqual(expect.arrayContaining(['play', 'pause', 'step', 'reset', 'restart']));
    const { app } = await readyPage();
    const parts = Object.entries(app.trainer);
    expect(parts.length).toBeGreaterThan(0);
    for (const [name, part] of parts) {
      expect(METHODS, name).not.toContain(name);
      expect(typeof part.get, name).toBe('function');
      expect(typeof part.subscribe, name).toBe('function');
    }
    for (const method of METHODS) expect(app.trainer, method).not.toHaveProperty(method);
  });

  // So a component could act on the run only by importing the client itself: none does.
  const SRC = join(__dirname, '..');
  const sources = (dir: string): string[] =>
    readdirSync(join(SRC, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? sources(join(dir, e.name))
        : /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts')
          ? [join(dir, e.name)]
          : [],
    );
  const importsClient = (file: string) =>
    /(from\s+|import\s*\(\s*)['"][^'"]*\/trainerClient['"]/.test(readFileSync(join(SRC, file), 'utf8'));

  it('no component, nor App.tsx or main.tsx, imports the client', () => {
    const pageFiles = [...sources('components'), 'App.tsx', 'main.tsx'];
    expect(pageFiles.length).toBeGreaterThan(20);
    expect(pageFiles.filter(importsClient)).toEqual([]);
    // The scan does see such an import where there is one.
    expect(importsClient(join('state', 'appState.ts'))).toBe(true);
  });
});

describe('a diverged run', () => {
  it('its disabled buttons say why and point to Reset; Reset and enabled buttons keep their own tooltip', async () => {
    await loadLanguage('en');
    const t = translator('en');
    const diverged: TransportState = {
      status: { kind: 'diverged', step: 1234, where: 'losses' },
      backend: null,
      running: false,
      ready: true,
    };
    const reason = (id: CommandId, transport: TransportState) =>
      disabledReason(
        t,
        COMMANDS.find((c) => c.id === id)!,
        transport,
        DEFAULT_SETTINGS,
      );
    expect(reason('play', diverged)).toBe('Training diverged at step 1,234 (NaN or ∞): press Reset to start again');
    expect(reason('step', diverged)).toContain('Reset');
    expect(reason('reset', diverged)).toBeNull();
    const ready: TransportState = {
      ...diverged,
      status: { kind: 'ready', backend: { active: 'cpu', how: 'auto', probes: [] } },
    };
    expect(reason('play', ready)).toBeNull();
  });
});
