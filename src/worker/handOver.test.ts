// The worker's side of the wire: every method of the API is exposed without naming it, a callback the
// page passed runs on the page, and what the worker sends (results, callbacks' arguments) hands its
// buffers over: the worker's copies are detached, the page's arrive whole. Over a MessageChannel.
import { afterEach, expect, test } from 'vitest';
import * as Comlink from 'comlink';
import { buffersIn, exposeHandingOver } from './handOver';

const ports: MessagePort[] = [];
afterEach(() => {
  for (const p of ports.splice(0)) p.close();
});

test('buffersIn finds every buffer once: its own, a typed array’s, in fields and elements', () => {
  const a = new Float64Array(4);
  const bin = new ArrayBuffer(8);
  const found = buffersIn({ a, again: a, nested: { list: [new Float32Array(2), 3, 'x', null], bin }, n: 1 });
  expect(found.size).toBe(3);
  expect(found.has(a.buffer as ArrayBuffer)).toBe(true);
  expect(found.has(bin)).toBe(true);
  expect(buffersIn({ step: 1, history: [{ js: 0.1 }] }).size).toBe(0);
});

test('methods are forwarded by name; results and callbacks’ arguments hand their buffers over', async () => {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  const sent: { snapshot?: { d: Float64Array }; weights?: { json: string; bin: ArrayBuffer } } = {};
  const api = {
    calls: 0,
    async train(n: number, onSnapshot: (s: { d: Float64Array }) => void) {
      this.calls += n; // `this` is the API itself
      sent.snapshot = { d: Float64Array.from([1, 2, 3]) };
      onSnapshot(sent.snapshot);
    },
    async weights() {
      sent.weights = { json: '{}', bin: new Uint8Array([7, 8]).buffer };
      return sent.weights;
    },
  };
  exposeHandingOver(api, port1);
  const remote = Comlink.wrap<typeof api>(port2);

  const received: { d: Float64Array }[] = [];
  await remote.train(
    2,
    Comlink.proxy((s) => received.push(s)),
  );
  await new Promise((r) => setTimeout(r, 20));
  expect(api.calls).toBe(2);
  expect(Array.from(received[0].d)).toEqual([1, 2, 3]);
  expect(sent.snapshot!.d.byteLength).toBe(0); // handed over, not copied

  const w = await remote.weights();
  expect(Array.from(new Uint8Array(w.bin))).toEqual([7, 8]);
  expect(sent.weights!.bin.byteLength).toBe(0);
  remote[Comlink.releaseProxy]();
});
