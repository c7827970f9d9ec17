/**
 * The shared ground: the LRU cache, quoting of outside values in messages, the report builder.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MotcuaError } from '../../src/shared/errors.js';
import { LruCache } from '../../src/shared/lru.js';
import { quote, reporter } from '../../src/shared/messages.js';
import { deepFreeze, round } from '../../src/shared/values.js';

describe('LruCache', () => {
  it('forgets the least recently used entry, not all of them', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1).set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.has('b')).toBe(false);
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('never holds more than its size (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.integer({ min: 0, max: 50 })), (max, keys) => {
        const cache = new LruCache<number, number>(max);
        for (const k of keys) cache.set(k, k);
        expect(cache.size).toBeLessThanOrEqual(max);
        // The last `max` distinct keys set are all present.
        const recent = [...new Set([...keys].reverse())].slice(0, max);
        for (const k of recent) expect(cache.get(k)).toBe(k);
      }),
    );
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => new LruCache(0)).toThrow(RangeError);
  });
});

describe('quote', () => {
  it('shows at most 100 characters of a string, one line', () => {
    const shown = quote(`${'x'.repeat(20_000_000)}`);
    expect(shown.length).toBeLessThan(130);
    expect(shown).toContain('(20000000)');
    expect(quote('a\nb')).toBe('"a\\nb"');
    expect(quote({ a: 1 })).toBe('{…}');
    expect(quote(() => 1)).toBe('ƒ()');
    expect(quote([1, 2])).toBe('[2]');
    expect(quote(undefined)).toBe('undefined');
  });
});

describe('reporter', () => {
  const report = reporter(
    { SAMPLE: (p: { n: number }) => `${p.n} items` },
    { SAMPLE: (p: { n: number }) => `${p.n} mục` },
  );
  it('builds the bilingual report from the tables', () => {
    expect(report('SAMPLE', { n: 3 }, ['x'])).toEqual({
      code: 'SAMPLE',
      params: { n: 3 },
      message: '3 items',
      messageVi: '3 mục',
      path: ['x'],
    });
  });
  it('gives errors one JSON shape', () => {
    const e = new MotcuaError(report('SAMPLE', { n: 1 }));
    expect(e).toBeInstanceOf(Error);
    expect(JSON.parse(JSON.stringify(e))).toMatchObject({
      code: 'SAMPLE',
      messageVi: '1 mục',
      params: { n: 1 },
    });
  });
});

describe('values', () => {
  it('deep-freezes', () => {
    const v = deepFreeze({ a: [{ b: 1 }] });
    expect(Object.isFrozen(v.a[0])).toBe(true);
  });
  it('rounds reported figures', () => {
    expect(round(0.1 + 0.2)).toBe(0.3);
    expect(round(2 / 3, 4)).toBe(0.6667);
  });
});
