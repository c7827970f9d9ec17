/**
 * A stable content hash of JSON data, so an engine can pin a dossier to the exact definition version it was
 * received under (Decree 118/2025: dossiers stay under the rules in force at receipt).
 *
 * Canonical JSON (object keys sorted, `undefined` members dropped, no whitespace), UTF-8 encoded, hashed with
 * FNV-1a 64. Pure, no Node APIs (runs in browsers). Not a cryptographic hash: it detects changes, it does not
 * resist forgery.
 */

/**
 * Canonical JSON of a value: keys sorted by code unit, no whitespace.
 *
 * @example
 * canonicalJson({ b: 1, a: [true, null] }) //=> '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  writeCanonical(value, out);
  return out.join('');
}

function writeCanonical(value: unknown, out: string[]): void {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    out.push(text === undefined ? 'null' : text);
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      writeCanonical(value[i], out);
    }
    out.push(']');
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let first = true;
  out.push('{');
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    if (!first) out.push(',');
    first = false;
    out.push(JSON.stringify(key), ':');
    writeCanonical(member, out);
  }
  out.push('}');
}

const encoder = new TextEncoder();

/**
 * FNV-1a 64 of a string's UTF-8 bytes, as 16 hex digits.
 *
 * @example
 * fnv1a64('a') //=> 'af63dc4c8601ec8c'
 */
export function fnv1a64(text: string): string {
  const bytes = encoder.encode(text);
  // 64-bit state as four 16-bit limbs (little end first), so every product stays exact in a double and no
  // division is needed. Offset basis 0xcbf29ce484222325; prime 0x100000001b3 = 2^40 + 0x1b3.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < bytes.length; i++) {
    h0 ^= bytes[i]!;
    // h × 0x1b3 + (h << 40): limb k of h << 40 is limb k-2 of h shifted left by 8 bits.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  const hex = (limb: number) => limb.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

/**
 * Content hash of a value: `fnv1a64:` + 16 hex digits of its canonical JSON.
 *
 * @example
 * contentHash({ b: 1, a: 2 }) === contentHash({ a: 2, b: 1 }) //=> true
 */
export function contentHash(value: unknown): string {
  return `fnv1a64:${fnv1a64(canonicalJson(value))}`;
}
