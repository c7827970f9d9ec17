/**
 * The events' hash chain (tamper evidence): each recorded event carries
 *
 *     hash(k) = SHA-256( bytes(hash(k − 1)) ‖ UTF-8(canonical JSON of event k) )
 *
 * in lower-case hex, where the canonical JSON is the event as the engine keeps it — instants in their `+07:00`
 * form, keys sorted, absent fields and `hash` itself left out — and the chain starts from
 * `hash(0) = SHA-256("motcua-history/1\n" + the content hash of the definition the dossier started under)`.
 * The snapshot carries the head (the last hash). Editing, dropping, reordering or inserting an event changes every
 * hash after it; anchored outside the portal's database (the national sync record, an audit log, a signed daily
 * digest) the head makes a quiet edit show. Any language can recompute it: canonical JSON and SHA-256 only.
 * SHA-256 is @noble/hashes (audited, pure JS, runs in browsers).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { canonicalJson, sha256Hex, toHex } from '../../shared/hash.js';
import type { DossierEvent } from '../apply/events.js';

/**
 * The start of a dossier's chain.
 *
 * @example
 * genesis('sha256:4f…') // 64 hex digits
 */
export function genesis(procedureHash: string): string {
  return sha256Hex(`motcua-history/1\n${procedureHash}`);
}

/** The keys of a parsed event in code-unit order (the canonical JSON's order), `hash` left out. */
const KEYS = [
  'amount',
  'at',
  'by',
  'channel',
  'consultation',
  'definition',
  'dossierCode',
  'fields',
  'items',
  'newDueDate',
  'note',
  'opinion',
  'reason',
  'reasons',
  'seq',
  'step',
  'steps',
  'to',
  'type',
  'version',
] as const;

/**
 * The canonical JSON of an event (its `at` already in `+07:00` form), without `hash` — equal to
 * `canonicalJson` of the event without `hash` (tested), written without sorting at run time.
 */
export function eventText(event: DossierEvent): string {
  const record = event as unknown as Record<string, unknown>;
  let out = '{';
  for (let i = 0; i < KEYS.length; i++) {
    const key = KEYS[i]!;
    const value = record[key];
    if (value === undefined) continue;
    if (out.length > 1) out += ',';
    out += `"${key}":`;
    out += typeof value === 'object' && value !== null ? canonicalJson(value) : JSON.stringify(value);
  }
  return `${out}}`;
}

const encoder = new TextEncoder();

/** A running chain: the head as bytes, one SHA-256 per event with one reused hasher and buffers. */
export class Chain {
  #head: Uint8Array;
  #buffer = new Uint8Array(1024);
  readonly #pristine = sha256.create();
  readonly #hasher = sha256.create();

  constructor(head: string) {
    this.#head = fromHex(head);
  }

  /** The hash of the next event, which becomes the head. */
  next(event: DossierEvent): string {
    const text = eventText(event);
    if (this.#buffer.length < text.length * 3) this.#buffer = new Uint8Array(text.length * 3);
    const { written } = encoder.encodeInto(text, this.#buffer);
    // A fresh SHA-256 state copied into the reused hasher (no allocation per event).
    this.#pristine._cloneInto(this.#hasher);
    this.#hasher.update(this.#head).update(this.#buffer.subarray(0, written));
    const out = new Uint8Array(32);
    this.#hasher.digestInto(out);
    this.#head = out;
    return toHex(out);
  }
}

/**
 * The hash of an event after a head.
 *
 * @example
 * chainHash(snapshot.head, event) === recorded.hash
 */
export function chainHash(head: string, event: DossierEvent): string {
  return new Chain(head).next(event);
}

function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}
