/**
 * Two clerks acting on the same dossier at once, over loopback HTTP: both read the page at seq n and post event
 * n + 1 together. Exactly one event is stored, the other clerk gets a clear conflict (409, DOSSIER_CONFLICT),
 * and nothing is lost: the loser reloads and records the next event. A bounded loop of races.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationOf } from '../../examples/portal/src/application.js';
import type { UnnumberedEvent } from '../../src/engine/index.js';
import { type Harness, NOW, startPortal } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startPortal({ seed: false });
});
afterAll(() => h.close());

const ROUNDS = 20;

async function post(id: number, fields: Record<string, string>) {
  return fetch(`${h.url}/desk/d/${id}/events`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: h.url },
    body: new URLSearchParams(fields),
    signal: AbortSignal.timeout(10_000),
  });
}

describe('two clerks, one dossier', () => {
  it(`exactly one of two simultaneous posts of the same seq is stored (${ROUNDS} races)`, async () => {
    const judicial = h.procedures.find((p) => p.definition.code === '2.000488')!;
    const at = (m: number) =>
      `${new Date(NOW - 3_600_000 + m * 1000 + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
    let conflicts = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const created = await h.repo.create(
        judicial,
        applicationOf(judicial, 'Trần Thị Bình', '000.01.24.H29', 'in-person', { copies: 1 }),
        [
          { type: 'SUBMIT', at: at(0), channel: 'in-person' },
          {
            type: 'RECEIVE',
            at: at(1),
            by: 'desk',
            dossierCode: `000.01.24.H29-261203-${String(i + 1).padStart(4, '0')}`,
            fields: { copies: 1 },
          },
        ] as unknown as UnnumberedEvent[],
        at(0),
      );
      if (!created.ok) throw new Error(created.rejection.code);
      const id = created.dossier.id;
      // Both pages were read at seq 2: both post seq 3, one hands over, the other refuses.
      const [a, b] = await Promise.all([
        post(id, { type: 'FORWARD', seq: '3', by: 'desk' }),
        post(id, { type: 'REFUSE', seq: '3', by: 'desk', reasons: 'Hồ sơ không thuộc thẩm quyền' }),
      ]);
      const statuses = [a.status, b.status].sort();
      expect(statuses).toEqual([303, 409]);
      const lost = a.status === 409 ? a : b;
      expect(await lost.text()).toContain('data-code="DOSSIER_CONFLICT"');
      conflicts++;
      const stored = (await h.repo.get(id))!;
      expect(stored.events.map((e) => e.seq)).toEqual([1, 2, 3]);
      // The loser reloads (seq 3) and acts on what is there now; nothing of the winner's is overwritten.
      const page = await (await fetch(`${h.url}/desk/d/${id}`)).text();
      const seq = /name="seq" value="(\d+)"/.exec(page)?.[1];
      expect(seq).toBe('4');
      if (stored.snapshot.finishedAt === null) {
        const next = h.engine
          .nextEvents(stored.snapshot)
          .find((e) => e.type === 'FORWARD' || e.type === 'REFUSE')!;
        const retry = await post(id, {
          type: next.type,
          seq: '4',
          by: next.by!,
          ...(next.type === 'REFUSE' ? { reasons: 'Không đủ điều kiện' } : {}),
        });
        expect(retry.status).toBe(303);
        expect((await h.repo.get(id))!.events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
      }
    }
    expect(conflicts).toBe(ROUNDS);
  });

  it('a page read before another clerk acted gets the conflict, not an overwrite', async () => {
    const rows = await h.repo.list({ limit: 1 });
    const d = (await h.repo.get(rows[0]!.id))!;
    const stale = await post(d.id, { type: 'FORWARD', seq: String(d.snapshot.seq), by: 'desk' });
    expect(stale.status).toBe(409);
    expect((await h.repo.get(d.id))!.events.length).toBe(d.events.length);
  });
});
