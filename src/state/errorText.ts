// The text of whatever a worker call rejected with or a worker threw (an Error, a string, comlink's
// serialised error object), for messages and the console.
export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  if (typeof e === 'string') return e;
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
  return 'unknown error';
}
