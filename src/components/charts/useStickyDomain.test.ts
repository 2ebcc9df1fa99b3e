import { describe, expect, it } from 'vitest';
import { stickyDomain } from './useStickyDomain';

describe('stickyDomain', () => {
  it('starts at the nice rounding of the needed extent', () => {
    expect(stickyDomain(undefined, [0, 0.9], 0.5)).toEqual([0, 1]);
    expect(stickyDomain(undefined, [-1.3, 1.06], 0.5)).toEqual([-1.5, 1.2]);
  });

  it('grows at once and keeps its identity while the need fits', () => {
    const d = stickyDomain(undefined, [0, 0.9], 0.5);
    expect(stickyDomain(d, [0, 0.6], 0.5)).toBe(d);
    expect(stickyDomain(d, [0, 1.01], 0.5)).toEqual([0, 1.2]);
    expect(stickyDomain(d, [-0.01, 0.6], 0.5)).toEqual([-0.01, 1]);
  });

  it('shrinks an end only below the given fraction', () => {
    const d = stickyDomain(undefined, [-2, 10], 0.3);
    expect(stickyDomain(d, [-2, 3.1], 0.3)).toBe(d);
    expect(stickyDomain(d, [-2, 2.9], 0.3)).toEqual([-2, 3]);
    expect(stickyDomain(d, [-0.5, 10], 0.3)).toEqual([-0.5, 10]);
    expect(stickyDomain(d, [0, 10], 0.3)).toEqual([0, 10]);
  });
});
