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
import { LruCache } from '../../shared/lru.js';
import type { DossierEvent } from '../apply/events.js';
import { parsedEventKeys } from '../apply/parse.js';

/**
 * The start of a dossier's chain.
 *
 * @example
 * genesis('sha256:4f…') // 64 hex digits
 */
export function genesis(procedureHash: string): string {
  let head = genesisCache.get(procedureHash);
  if (head === undefined) {
    head = sha256Hex(`motcua-history/1\n${procedureHash}`);
    genesisCache.set(procedureHash, head);
  }
  return head;
}

const genesisCache = new LruCache<string, string>(1_000);

/**
 * The keys of a parsed event in code-unit order (the canonical JSON's order), `hash` left out: every field of
 * every event type, taken from the parser's one event shape, so a field added to an event is chained too.
 */
const KEYS: readonly string[] = parsedEventKeys()
  .filter((k) => k !== 'hash')
  .sort();

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
/** A fresh SHA-256 state, copied into the working hasher before each event (never written itself). */
const PRISTINE = sha256.create();
/** The working hasher: used synchronously, start to finish, within one `advance`. */
const HASHER = sha256.create();
let BUFFER = new Uint8Array(1024);

/**
 * A running chain: the head kept as bytes, one SHA-256 per event through one reused hasher and one buffer
 * (the previous head's 32 bytes, then the event's text), so a replay allocates almost nothing per event.
 */
export class Chain {
  readonly #head = new Uint8Array(32);
  readonly #previous = new Uint8Array(32);
  /** The head in hex when it was taken as recorded (the bytes are then read from it when next needed). */
  #hex: string | null;

  constructor(head: string) {
    this.#hex = head;
  }

  /** Takes a recorded hash as the head, without computing it (events from the portal's own, trusted store). */
  trust(hex: string): void {
    this.#hex = hex;
  }

  #bytes(): Uint8Array {
    if (this.#hex !== null) {
      const hex = this.#hex;
      for (let i = 0; i < 32; i++) this.#head[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
      this.#hex = null;
    }
    return this.#head;
  }

  /** Moves the chain on by an event; the new head is {@link Chain.head}. */
  advance(event: DossierEvent): void {
    const text = eventText(event);
    if (BUFFER.length < 32 + text.length * 3) BUFFER = new Uint8Array(32 + text.length * 3);
    const buffer = BUFFER;
    const head = this.#bytes();
    this.#previous.set(head);
    buffer.set(head, 0);
    const { written } = encoder.encodeInto(text, buffer.subarray(32));
    // A fresh SHA-256 state copied into the reused hasher (no allocation per event).
    PRISTINE._cloneInto(HASHER);
    HASHER.update(buffer.subarray(0, 32 + written));
    HASHER.digestInto(this.#head);
  }

  /** Takes the last event back (its recorded hash did not match). */
  undo(): void {
    this.#head.set(this.#previous);
  }

  /** Whether the head equals a hash written in hex. */
  is(hex: string): boolean {
    const head = this.#bytes();
    for (let i = 0; i < 32; i++)
      if (Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16) !== head[i]) return false;
    return true;
  }

  /** The head in hex. */
  head(): string {
    return this.#hex ?? toHex(this.#head);
  }

  /** The hash of the next event, which becomes the head. */
  next(event: DossierEvent): string {
    this.advance(event);
    return this.head();
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
