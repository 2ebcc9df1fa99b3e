// The last backend measurement on this device, kept in localStorage so that a later load starts on the
// measured best backend at once. One entry, versioned, tagged with the device it was measured on (a
// synced or copied browser profile on another machine must not reuse it) and its date. Storage that is
// missing, full, forbidden or holds anything unexpected is ignored: the page then just measures again.
import type { BackendFailure, BackendName, BackendProbe } from '../core/protocol';

/** What the page needs of window.localStorage (the unit tests pass a fake). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const MEMORY_KEY = 'gan-playground.backend-measurement';
/**
 * Bump when the meaning of a stored measurement changes (a new engine, another probe): old ones are
 * ignored. 2: probes have a time budget, and none is timed while training runs.
 */
export const MEMORY_VERSION = 2;
/** Older measurements are measured again (browsers, drivers and tfjs change). */
const MEMORY_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

export interface BackendMemory {
  /** The remembered probes, or null when there is nothing usable. */
  read(): BackendProbe[] | null;
  write(probes: readonly BackendProbe[]): void;
}

interface Stored {
  v: number;
  device: string;
  at: number;
  probes: BackendProbe[];
}

/** window.localStorage, or null where there is none or reading it throws (sandboxed frames, privacy modes). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return (globalThis as { localStorage?: KeyValueStorage }).localStorage ?? null;
  } catch {
    return null;
  }
}

/** What tells this device and browser apart from another one: the user agent (browser and version) and the hardware. */
export function browserDevice(): string {
  const nav = (globalThis as { navigator?: Navigator & { deviceMemory?: number } }).navigator;
  if (!nav) return 'unknown';
  return [nav.userAgent, nav.hardwareConcurrency ?? '?', nav.deviceMemory ?? '?'].join(' | ');
}

const NAMES: readonly BackendName[] = ['wasm', 'webgl', 'cpu'];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const finiteOrAbsent = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v) && v >= 0);

function validFailure(f: unknown): f is BackendFailure {
  if (!isObject(f)) return false;
  switch (f.code) {
    case 'no-offscreen-canvas':
    case 'wasm-not-configured':
      return true;
    case 'start-failed':
    case 'failed-in-training':
    case 'probe-crashed':
      return typeof f.detail === 'string';
    case 'probe-slow':
      return typeof f.ms === 'number';
    default:
      return false;
  }
}

function validProbe(p: unknown): p is BackendProbe {
  if (!isObject(p) || !NAMES.includes(p.name as BackendName) || typeof p.ok !== 'boolean') return false;
  if (!finiteOrAbsent(p.stepsPerSecond)) return false;
  return p.ok ? p.failure === undefined : validFailure(p.failure);
}

/** Only what a probe says, nothing else a stored object may carry. */
const cleanProbe = (p: BackendProbe): BackendProbe => ({
  name: p.name,
  ok: p.ok,
  ...(p.stepsPerSecond !== undefined ? { stepsPerSecond: p.stepsPerSecond } : {}),
  ...(p.failure !== undefined ? { failure: p.failure } : {}),
});

/**
 * The measurement memory over `storage` (resolved on first use, never at import). `device` names this
 * device and browser; `clock` is the wall clock (ms since 1970) for the age limit.
 */
export function createBackendMemory(
  storage: () => KeyValueStorage | null,
  device: () => string,
  clock: () => number = Date.now,
): BackendMemory {
  return {
    read() {
      try {
        const raw = storage()?.getItem(MEMORY_KEY);
        if (!raw) return null;
        const s: unknown = JSON.parse(raw);
        if (!isObject(s) || s.v !== MEMORY_VERSION || s.device !== device()) return null;
        const age = clock() - (typeof s.at === 'number' ? s.at : NaN);
        if (!(age >= 0 && age < MEMORY_MAX_AGE_MS)) return null;
        const probes = s.probes;
        if (!Array.isArray(probes) || probes.length === 0 || !probes.every(validProbe)) return null;
        const names = probes.map((p) => p.name);
        if (new Set(names).size !== names.length) return null;
        // Worth remembering only if something worked and was timed.
        if (!probes.some((p) => p.ok && p.stepsPerSecond !== undefined)) return null;
        return probes.map(cleanProbe);
      } catch {
        return null; // unreadable storage or corrupt JSON: measure again
      }
    },
    write(probes) {
      try {
        const value: Stored = { v: MEMORY_VERSION, device: device(), at: clock(), probes: probes.map(cleanProbe) };
        storage()?.setItem(MEMORY_KEY, JSON.stringify(value));
      } catch {
        /* full or forbidden storage: the next load measures again */
      }
    },
  };
}
