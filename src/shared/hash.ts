/**
 * Canonical JSON and SHA-256 — the one way motcua fingerprints data: a definition's content hash (dossiers are
 * pinned to the exact version they were received under), a calendar's version, and the event history chain.
 * SHA-256 comes from @noble/hashes (audited, pure JS, runs in browsers); no Node crypto in the core.
 */
import { sha256 } from '@noble/hashes/sha2.js';

/**
 * Canonical JSON of a value: object keys sorted by code unit, `undefined` members dropped, no whitespace — two
 * values equal as JSON data have the same text.
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

const encoder = /* @__PURE__ */ new TextEncoder();
const HEX = /* @__PURE__ */ Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Lower-case hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]!];
  return out;
}

/**
 * SHA-256 of a string's UTF-8 bytes (or of bytes), as 64 hex digits.
 *
 * @example
 * sha256Hex('abc') //=> 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256Hex(input: string | Uint8Array): string {
  return toHex(sha256(typeof input === 'string' ? encoder.encode(input) : input));
}

/**
 * Content hash of JSON data: `sha256:` and the SHA-256 of its canonical JSON.
 *
 * @example
 * contentHash({ b: 1, a: 2 }) === contentHash({ a: 2, b: 1 }) //=> true
 */
export function contentHash(value: unknown): string {
  return `sha256:${sha256Hex(canonicalJson(value))}`;
}
