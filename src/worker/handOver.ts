// Exposing an API from a worker with comlink, once for all its methods: a callback the page passed in
// runs there (comlink proxies it), and what goes back, a method's result or a callback's argument,
// hands its buffers over instead of copying them (snapshots, weights). What the worker sends, it
// never touches again.
import * as Comlink from 'comlink';

/** Every ArrayBuffer in `value`: its own, a typed array's, or in its fields and elements. */
export function buffersIn(value: unknown, found = new Set<ArrayBuffer>()): Set<ArrayBuffer> {
  if (value instanceof ArrayBuffer) found.add(value);
  else if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (Array.isArray(value)) for (const v of value) buffersIn(v, found);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) buffersIn(v, found);
  return found;
}

/** `value` marked for comlink to send its buffers over (transfer), not copy them. */
function handOver<T>(value: T): T {
  const buffers = buffersIn(value);
  return buffers.size ? Comlink.transfer(value, [...buffers]) : value;
}

/** Exposes every method of `api` to the page (on `self`, the worker's own endpoint, by default). */
export function exposeHandingOver(api: object, endpoint?: Comlink.Endpoint): void {
  const methods = new Proxy(api, {
    get(target, key) {
      const member: unknown = Reflect.get(target, key);
      if (typeof member !== 'function') return member;
      return async (...args: unknown[]) => {
        const local = args.map((a) =>
          typeof a === 'function' ? (...xs: unknown[]) => (a as (...xs: unknown[]) => unknown)(...xs.map(handOver)) : a,
        );
        return handOver(await member.apply(target, local));
      };
    },
  });
  Comlink.expose(methods, endpoint);
}
