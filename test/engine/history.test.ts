/**
 * A history that cannot be quietly edited (issue: the engine's second edition, §5). The log is the truth: each
 * recorded event carries a SHA-256 hash chained to the previous one, the snapshot carries the head, `restore`
 * refuses a snapshot whose facts disagree with each other or the definition, and `verifyHistory` replays the log
 * and says exactly where a history and a snapshot part ways.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DossierEvent,
  type DossierSnapshot,
  EngineError,
  historyEventText,
  historyGenesis,
  type RecordedEvent,
  type UnnumberedEvent,
} from '../../src/engine/index.js';
import { canonicalJson, sha256Hex } from '../../src/shared/hash.js';
import { business, engine, land } from './fixtures.js';

/** A land dossier that finished late: received 10/02/2026, due 02/03, the result returned 05/03. */
function lateLand(): { log: RecordedEvent[]; snapshot: DossierSnapshot } {
  const drafts: UnnumberedEvent[] = [
    { type: 'SUBMIT', at: '2026-02-10T09:00:00+07:00', channel: 'in-person' },
    { type: 'RECEIVE', at: '2026-02-10T09:10:00+07:00', by: 'centre', dossierCode: 'H29-260210-0001' },
    { type: 'FORWARD', at: '2026-02-10T14:00:00+07:00', by: 'centre' },
    { type: 'FORWARD', at: '2026-02-12T16:00:00+07:00', by: 'branch' },
    { type: 'RETURN', at: '2026-02-23T10:00:00+07:00', by: 'tax', reason: 'Sai thông tin địa chính' },
    { type: 'FORWARD', at: '2026-02-25T10:00:00+07:00', by: 'branch' },
    { type: 'REQUEST_FINANCIAL_OBLIGATION', at: '2026-02-26T15:00:00+07:00', by: 'tax' },
    { type: 'FINANCIAL_OBLIGATION_MET', at: '2026-02-27T09:00:00+07:00' },
    { type: 'ISSUE_RESULT', at: '2026-03-05T10:00:00+07:00', by: 'land-office' },
    { type: 'RETURN_RESULT', at: '2026-03-05T15:00:00+07:00', by: 'centre' },
  ];
  const log: RecordedEvent[] = [];
  let s = engine.start(land);
  for (const [i, d] of drafts.entries()) {
    const r = engine.applyEvent(s, { ...d, seq: i + 1 } as DossierEvent);
    if (!r.ok) throw new Error(`${d.type}: ${r.rejection.message}`);
    log.push(r.recorded);
    s = r.snapshot;
  }
  return { log, snapshot: s };
}

const { log, snapshot } = lateLand();
const refusal = (data: unknown) => {
  try {
    engine.restore(data);
    return 'restored';
  } catch (e) {
    expect(e).toBeInstanceOf(EngineError);
    return [(e as EngineError).code, (e as EngineError).params.problem, (e as EngineError).path];
  }
};

describe('the hash chain', () => {
  it('each recorded event carries SHA-256(previous hash ‖ canonical JSON of the event), from the definition', () => {
    expect(engine.slaStatus(snapshot, '2026-03-05T15:00:00+07:00').dossier?.outcome).toBe('late');
    let previous = historyGenesis(land.hash);
    expect(previous).toBe(sha256Hex(`motcua-history/1\n${land.hash}`));
    for (const event of log) {
      const { hash, ...content } = event;
      // Recomputed with nothing but canonical JSON and SHA-256, as a Java or PHP auditor would.
      expect(historyEventText(content as DossierEvent)).toBe(canonicalJson(content));
      const bytes = new Uint8Array([
        ...Buffer.from(previous, 'hex'),
        ...new TextEncoder().encode(canonicalJson(content)),
      ]);
      expect(hash).toBe(sha256Hex(bytes));
      previous = hash;
    }
    expect(snapshot.head).toBe(previous);
  });

  it('replay recomputes the chain; a recorded hash its content does not give is refused where it is', () => {
    expect(engine.replay(land, log)).toEqual({ ok: true, snapshot });
    const edited = log.map((e, i) => (i === 8 ? { ...e, at: '2026-02-27T10:00:00+07:00' } : e));
    const r = engine.replay(land, edited);
    expect(r.ok ? 'accepted' : [r.rejection.code, r.index, r.rejection.path]).toEqual([
      'HASH_MISMATCH',
      8,
      ['hash'],
    ]);
  });
});

describe('restore refuses a snapshot edited to read better', () => {
  const stored = JSON.parse(JSON.stringify(engine.persist(snapshot)));
  const readable = JSON.parse(JSON.stringify(snapshot)) as DossierSnapshot;

  it('accepts the stored snapshot as it is', () => {
    expect(engine.restore(stored)).toEqual(snapshot);
    expect(engine.restore(readable)).toEqual(snapshot);
  });

  it('a time limit the definition does not give (the land procedure: 10 or 20 working days)', () => {
    expect(refusal({ ...stored, l: [30, 'working-days'] })).toEqual([
      'INVALID_SNAPSHOT',
      'limit-not-allowed',
      ['limit'],
    ]);
    expect(refusal({ ...readable, limit: { amount: 12, unit: 'working-days' } })).toEqual([
      'INVALID_SNAPSHOT',
      'limit-not-allowed',
      ['limit'],
    ]);
  });

  it('a restart appended to the ledger, or the ledger emptied', () => {
    const reset = { kind: 'reset', at: '2026-02-27T09:00:00+07:00', seq: 8 } as const;
    expect(refusal({ ...readable, ledger: [...readable.ledger, reset] })).toEqual([
      'INVALID_SNAPSHOT',
      'ledger-pairs',
      ['ledger', readable.ledger.length],
    ]);
    expect(refusal({ ...readable, ledger: [] })).toEqual(['INVALID_SNAPSHOT', 'ledger-start', ['ledger', 0]]);
    expect(refusal({ ...stored, lg: [] })).toEqual(['INVALID_SNAPSHOT', 'ledger-start', ['ledger', 0]]);
  });

  it('a finished dossier moved back to "submitted" (a later WITHDRAW would then be accepted)', () => {
    expect(refusal({ ...readable, state: 'submitted' })).toEqual([
      'INVALID_SNAPSHOT',
      'state-facts',
      ['receivedAt'],
    ]);
    expect(refusal({ ...stored, s: 'submitted', o: null, fa: null })).toEqual([
      'INVALID_SNAPSHOT',
      'state-facts',
      ['receivedAt'],
    ]);
  });

  it("another procedure's content hash", () => {
    expect(refusal({ ...stored, p: [stored.p[0], stored.p[1], business.hash] })).toEqual([
      'INVALID_SNAPSHOT',
      'procedure-mismatch',
      ['procedure'],
    ]);
  });

  it('a state nested 10,000 deep, seconds out of range, fractional milliseconds: typed errors, no RangeError', () => {
    let deep: unknown = 'working';
    for (let i = 0; i < 10_000; i++) deep = { processing: deep };
    const nested = refusal({ ...stored, s: deep }) as [string, string, (string | number)[]];
    expect(nested.slice(0, 2)).toEqual(['INVALID_SNAPSHOT', 'shape']);
    expect(nested[2][0]).toBe('s');
    expect(refusal({ ...stored, ra: 1e20 })).toEqual(['INVALID_SNAPSHOT', 'shape', ['ra']]);
    expect(refusal({ ...stored, ra: stored.ra + 0.0005 })).toEqual(['INVALID_SNAPSHOT', 'shape', ['ra']]);
    expect(refusal({ ...readable, lastAt: '2026-03-05T15:00:00.0005+07:00' })).toEqual([
      'INVALID_SNAPSHOT',
      'shape',
      ['lastAt'],
    ]);
  });
});

describe('verifyHistory says where a history and a snapshot part ways', () => {
  it('a history that replays to the snapshot', () => {
    const report = engine.verifyHistory(land, log, snapshot);
    expect(report).toMatchObject({ ok: true, code: 'HISTORY_VERIFIED', head: snapshot.head });
    expect(report.messageVi).toMatch(/^Lịch sử gồm 10 sự kiện dựng lại đúng trạng thái hồ sơ/);
  });

  it('an event changed in the log (the tax payment moved earlier): the first event whose hash breaks', () => {
    const edited = log.map((e, i) => (i === 7 ? { ...e, at: '2026-02-26T16:00:00+07:00' } : e));
    expect(engine.verifyHistory(land, edited, snapshot)).toMatchObject({
      ok: false,
      code: 'HISTORY_HASH_CHANGED',
      path: ['events', 7, 'hash'],
      params: { index: 7, seq: 8 },
    });
  });

  it('an event removed, or added at the end', () => {
    const removed = [...log.slice(0, 4), ...log.slice(5)].map((e, i) => ({ ...e, seq: i + 1 }));
    const r = engine.verifyHistory(land, removed, snapshot);
    expect(r.ok).toBe(false);
    expect(r.path[0]).toBe('events');
    const shorter = engine.verifyHistory(land, log.slice(0, 9), snapshot);
    expect(shorter).toMatchObject({ ok: false, code: 'HISTORY_HEAD_DIFFERS', path: ['head'] });
  });

  it('the whole history rewritten and re-hashed consistently: the head no longer matches the anchored one', () => {
    // The attacker replays an edited log through the engine (new hashes) and stores the new snapshot; the head
    // anchored outside the portal's database (the national sync record, an audit log) is the old one.
    const anchored = snapshot.head;
    const drafts = log
      .map(({ hash: _, ...e }) => e)
      .map((e, i) =>
        i === 8
          ? { ...e, at: '2026-03-02T10:00:00+07:00' }
          : i === 9
            ? { ...e, at: '2026-03-02T15:00:00+07:00' }
            : e,
      );
    const forged = engine.replay(land, drafts);
    if (!forged.ok) throw new Error(forged.rejection.message);
    expect(engine.slaStatus(forged.snapshot, '2026-03-05T15:00:00+07:00').dossier?.outcome).not.toBe('late');
    expect(forged.snapshot.head).not.toBe(anchored);
  });

  it('a snapshot edited where restore cannot see (a variant limit the definition gives): the field that differs', () => {
    const edited = { ...snapshot, limit: { amount: 20, unit: 'working-days' as const } };
    expect(engine.restore(JSON.parse(JSON.stringify(edited)))).toEqual(edited);
    expect(engine.verifyHistory(land, log, edited)).toMatchObject({
      ok: false,
      code: 'HISTORY_SNAPSHOT_DIFFERS',
      path: ['limit', 'amount'],
    });
  });

  it('any edit of one value of the stored snapshot is refused by restore or shown by verifyHistory (property)', () => {
    const stored = engine.persist(snapshot) as unknown as Record<string, unknown>;
    const leaves: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      if (v !== null && typeof v === 'object')
        for (const [k, c] of Object.entries(v)) walk(c, [...path, Array.isArray(v) ? Number(k) : k]);
      else leaves.push(path);
    };
    walk(stored, []);
    const replacement = fc.oneof(
      fc.integer({ min: -5, max: 2_000_000_000 }),
      fc.constantFrom(
        'centre',
        'branch',
        'tax',
        'working',
        'submitted',
        null,
        true,
        0,
        1,
        20,
        'start',
        'reset',
        'pause',
        'extend',
      ),
      fc.string({ maxLength: 8 }),
    );
    const outcome = { refused: 0, shown: 0 };
    fc.assert(
      fc.property(fc.nat(leaves.length - 1), replacement, (k, value) => {
        const path = leaves[k]!;
        const copy = JSON.parse(JSON.stringify(stored));
        let target = copy;
        for (const key of path.slice(0, -1)) target = target[key];
        const last = path.at(-1)!;
        if (JSON.stringify(target[last]) === JSON.stringify(value)) return;
        target[last] = value;
        let restored: DossierSnapshot;
        try {
          restored = engine.restore(copy);
        } catch (e) {
          expect(e).toBeInstanceOf(EngineError);
          outcome.refused++;
          return;
        }
        // The calendar version is not a fact of the dossier (a corrected calendar changes it).
        if (path[0] === 'k') return;
        expect(engine.verifyHistory(land, log, restored).ok).toBe(false);
        outcome.shown++;
      }),
      { numRuns: 600 },
    );
    // Both lines of defence were exercised (random edits: `shown` was 10 on one seed, usually 15–40).
    expect(outcome.refused).toBeGreaterThan(100);
    expect(outcome.shown).toBeGreaterThan(3);
  });
});
