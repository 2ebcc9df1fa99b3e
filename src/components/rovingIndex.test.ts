import { describe, expect, it } from 'vitest';
import { rovingIndex } from './rovingIndex';

describe('rovingIndex', () => {
  it('moves along its axis, wraps at both ends, and jumps with Home and End', () => {
    expect(rovingIndex('ArrowRight', 0, 5, 'horizontal')).toBe(1);
    expect(rovingIndex('ArrowRight', 4, 5, 'horizontal')).toBe(0);
    expect(rovingIndex('ArrowLeft', 0, 5, 'horizontal')).toBe(4);
    expect(rovingIndex('ArrowDown', 2, 3, 'vertical')).toBe(0);
    expect(rovingIndex('ArrowUp', 1, 3, 'vertical')).toBe(0);
    expect(rovingIndex('Home', 3, 5, 'vertical')).toBe(0);
    expect(rovingIndex('End', 0, 5, 'horizontal')).toBe(4);
  });
  it('ignores the other axis and other keys', () => {
    expect(rovingIndex('ArrowDown', 1, 5, 'horizontal')).toBeNull();
    expect(rovingIndex('ArrowLeft', 1, 5, 'vertical')).toBeNull();
    expect(rovingIndex('a', 1, 5, 'vertical')).toBeNull();
  });
});
