/**
 * Content hash: FNV-1a 64 test vectors and canonical-JSON properties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, fnv1a64 } from '../../src/rules/index.js';

describe('content hash', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes UTF-8 (Vietnamese text is stable across platforms)', () => {
    expect(fnv1a64('Đăng ký kết hôn')).not.toBe(fnv1a64('Dang ky ket hon'));
    expect(fnv1a64('Đăng ký kết hôn')).toBe(fnv1a64('Đăng ký kết hôn'));
  });

  it('canonical JSON sorts keys and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: [true, null, { d: undefined, c: 'x' }] })).toBe(
      '{"a":[true,null,{"c":"x"}],"b":1}',
    );
  });

  it('is independent of key order (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 8 }), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(contentHash(reversed)).toBe(contentHash(obj));
        expect(JSON.parse(canonicalJson(obj))).toEqual(JSON.parse(JSON.stringify(obj)));
      }),
      { numRuns: 1000 },
    );
  });

  it('changes when any value changes (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer(), fc.integer(), (key, a, b) => {
        fc.pre(a !== b);
        expect(contentHash({ [key]: a })).not.toBe(contentHash({ [key]: b }));
      }),
      { numRuns: 1000 },
    );
  });
});
