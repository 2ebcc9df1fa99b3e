// The page's side of the wire: remoteTrainer forwards every method of TrainerApi as it is named (none is
// written out), a callback runs here when the worker calls it, and an ArrayBuffer argument is handed
// over. The worker's side is played by the unit tests' fake over a MessageChannel.
import { afterEach, expect, test } from 'vitest';
import * as Comlink from 'comlink';
import { DEFAULT_SETTINGS } from '../core/settings';
import type { Snapshot, WorkerStatus } from '../core/protocol';
import { FakeTrainer, fakeSnapshot, readyStatus } from './testing/fakeTrainer';
import { remoteTrainer } from './trainerConnection';

const ports: MessagePort[] = [];
afterEach(() => {
  for (const p of ports.splice(0)) p.close();
});

const tick = () => new Promise((r) => setTimeout(r, 20));

test('every method reaches the worker with its arguments; callbacks come back; a buffer is handed over', async () => {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  const worker = new FakeTrainer();
  Comlink.expose(worker, port1);
  const api = remoteTrainer(port2);
  // Not a promise-like: awaiting it gives it back.
  expect(await Promise.resolve(api)).toBe(api);

  const snapshots: Snapshot[] = [];
  const statuses: WorkerStatus[] = [];
  await api.init(
    DEFAULT_SETTINGS,
    (s) => snapshots.push(s),
    (s) => statuses.push(s),
    null,
  );
  worker.sendStatus(readyStatus('wasm'));
  worker.sendSnapshot(fakeSnapshot(1, 0));
  await tick();
  expect(statuses).toEqual([readyStatus('wasm')]);
  expect(snapshots.map((s) => s.step)).toEqual([0]);

  await api.play();
  await api.stepPart('g');
  const bin = new ArrayBuffer(16);
  expect(await api.importWeights('{"w":1}', bin)).toEqual(worker.importResult);
  expect(bin.byteLength).toBe(0); // handed over to the worker
  expect(worker.methods()).toEqual(['init', 'play', 'stepPart', 'importWeights']);
  expect(worker.last('stepPart')!.player).toBe('g');
  expect(worker.last('importWeights')).toMatchObject({ json: '{"w":1}', binBytes: 16 });
});
