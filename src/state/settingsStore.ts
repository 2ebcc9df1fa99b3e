// The one settings store. It starts from the URL hash, every change goes through updateSetting
// (which clamps and keeps the cross-field rules), and the hash follows with history.replaceState.
// The trainer client subscribes to it and forwards changes to the worker (coalesced per frame).
import { DEFAULT_SETTINGS, settingsFromHash, settingsToHash, updateSetting, type Settings } from '../core/settings';
import { onNextFrame } from './frame';
import { addNotice } from './notices';
import { useSyncExternalStore } from 'react';
import { createStore, useStore } from './store';

const initial =
  typeof location === 'undefined'
    ? { settings: { ...DEFAULT_SETTINGS }, problems: [] }
    : settingsFromHash(location.hash);

export const settingsStore = createStore<Settings>(initial.settings);
export const useSettings = (): Settings => useStore(settingsStore);

function reportProblems(problems: string[]): void {
  if (problems.length > 0) addNotice(`The link had problems: ${problems.join('; ')}; loaded defaults for those.`);
}

/** Shows the notice for problems found in the hash the page was opened with. */
export function reportInitialHashProblems(): void {
  reportProblems(initial.problems);
}

export function setSetting<K extends keyof Settings>(key: K, value: Settings[K]): void {
  const prev = settingsStore.get();
  const next = updateSetting(prev, key, value);
  if (sameSettings(prev, next)) return;
  settingsStore.set(next);
  scheduleHashWrite();
}

/** Several fields at once (e.g. a drag handle moving a mean and a σ); each is clamped in turn. */
export function setSettingsPatch(patch: Partial<Settings>): void {
  const prev = settingsStore.get();
  let next = prev;
  for (const key of Object.keys(patch) as (keyof Settings)[]) next = updateSetting(next, key, patch[key] as never);
  if (sameSettings(prev, next)) return;
  settingsStore.set(next);
  scheduleHashWrite();
}

function sameSettings(a: Settings, b: Settings): boolean {
  for (const key of Object.keys(a) as (keyof Settings)[]) if (a[key] !== b[key]) return false;
  return true;
}

// Hash writes: at most one per animation frame and one per 250 ms (Safari throttles replaceState).
let hashTimer: number | undefined;
let lastHashWrite = 0;
let lastHash = '';
function scheduleHashWrite(): void {
  if (hashTimer !== undefined || typeof window === 'undefined') return;
  const wait = Math.max(0, 250 - (performance.now() - lastHashWrite));
  hashTimer = window.setTimeout(() => {
    onNextFrame(() => {
      hashTimer = undefined;
      writeHashNow();
    }, 50);
  }, wait);
}

export function writeHashNow(): void {
  lastHashWrite = performance.now();
  const hash = '#' + settingsToHash(settingsStore.get());
  if (hash === lastHash && location.hash === hash) return;
  lastHash = hash;
  try {
    history.replaceState(history.state, '', hash);
  } catch {
    /* Too many replaceState calls: the next change writes it again. */
  }
}

/** A link pasted into the address bar of an open page: load it like a fresh page would. */
export function listenToHashChanges(): void {
  window.addEventListener('hashchange', () => {
    if (location.hash === lastHash) return;
    const parsed = settingsFromHash(location.hash);
    reportProblems(parsed.problems);
    settingsStore.set(parsed.settings);
    writeHashNow();
  });
}

/** One field of the settings: the component re-renders only when that field changes. */
export function useSetting<K extends keyof Settings>(key: K): Settings[K] {
  return useSyncExternalStore(
    settingsStore.subscribe,
    () => settingsStore.get()[key],
    () => settingsStore.get()[key],
  );
}
