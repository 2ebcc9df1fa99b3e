// A y-domain that grows at once but shrinks only when far too large, so the axes do not jitter while training.
import { useState } from 'react';
import { niceCeil } from './scales';

/** [low, high] with low ≤ 0 ≤ high. */
export type Domain = readonly [number, number];

export interface StickyDomainOptions {
  /** An end shrinks once the needed extent on its side of 0 falls below this fraction of the current one. */
  shrinkBelow: number;
  /** Hold the current domain (e.g. while a handle is dragged, so the handle stays under the pointer). */
  frozen?: boolean;
}

/**
 * One end's distance from 0: a nice number at or above the needed distance, kept while the needed
 * distance stays within [shrinkBelow × current, current]. Nothing needed on a side keeps that end at 0.
 */
function stickyEnd(prev: number | undefined, needed: number, shrinkBelow: number): number {
  if (prev === undefined || needed > prev || needed < shrinkBelow * prev) return needed > 0 ? niceCeil(needed) : 0;
  return prev;
}

/** The next domain for the needed extent; `prev` itself when neither end moves (stable identity). */
export function stickyDomain(prev: Domain | undefined, needed: Domain, shrinkBelow: number): Domain {
  const low = stickyEnd(prev && -prev[0], Math.max(0, -needed[0]), shrinkBelow);
  const high = stickyEnd(prev?.[1], Math.max(0, needed[1]), shrinkBelow);
  const next: Domain = [low > 0 ? -low : 0, high];
  return prev && prev[0] === next[0] && prev[1] === next[1] ? prev : next;
}

/** The sticky domain for this render's needed extent (padding, if any, is the caller's). */
export function useStickyDomain(needed: Domain, { shrinkBelow, frozen = false }: StickyDomainOptions): Domain {
  const [domain, setDomain] = useState<Domain>(() => stickyDomain(undefined, needed, shrinkBelow));
  const next = frozen ? domain : stickyDomain(domain, needed, shrinkBelow);
  // Updating state during render (React's "adjust state on prop change" pattern): no extra commit.
  if (next !== domain) setDomain(next);
  return next;
}
