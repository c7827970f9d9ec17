/**
 * Content hash: SHA-256 test vectors (FIPS 180-2 examples) and canonical-JSON properties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, sha256Hex } from '../../src/shared/hash.js';

describe('content hash', () => {
  it('matches the published SHA-256 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('hashes UTF-8 (Vietnamese text is stable across platforms)', () => {
    expect(sha256Hex('Đăng ký kết hôn')).not.toBe(sha256Hex('Dang ky ket hon'));
    expect(sha256Hex('Đăng ký kết hôn')).toBe(sha256Hex('Đăng ký kết hôn'));
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
        expect(contentHash({ [key]: a })).toMatch(/^sha256:[0-9a-f]{64}$/);
      }),
      { numRuns: 1000 },
    );
  });
});
