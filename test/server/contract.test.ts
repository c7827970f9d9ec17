/**
 * The wire schemas cannot drift from the library: at the type level each schema's inferred type is the library's
 * own type (both ways, readonly-ness aside: what the server accepts compiles as the library's type, and what the
 * library returns fits the schema) — `npm run typecheck` fails otherwise; at run time the classic zod copies of
 * the engine's zod/mini schemas give the same JSON Schema, and real answers parse.
 */
import { z } from '@hono/zod-openapi';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { DayInfo, Deadline, Duration } from '../../src/calendar/index.js';
import {
  type Alert,
  createEngine,
  type DeadlineView,
  type DossierEvent,
  type DossierSnapshot,
  type DvcqgRecord,
  type Evaluation,
  eventSchema,
  type Form,
  type HistoryReport,
  type NextEvent,
  type PersistedSnapshot,
  type RecordedEvent,
  type Rejection,
  type SlaStatus,
  type StatusMessage,
  type SummaryResult,
  snapshotSchema,
} from '../../src/engine/index.js';
import type { Problem } from '../../src/rules/index.js';
import type * as calendar from '../../src/server/contract/calendar.js';
import type { localizedError } from '../../src/server/contract/common.js';
import * as dossiers from '../../src/server/contract/dossiers.js';
import { dossierEvent, type recordedEvent } from '../../src/server/contract/events.js';
import type * as lookup from '../../src/server/contract/lookup.js';
import type { rulesProblem } from '../../src/server/contract/rules.js';
import { dossierSnapshot, persistedSnapshot } from '../../src/server/contract/snapshot.js';
import type { Same } from '../../src/server/contract/types.js';
import type { LocalizedError } from '../../src/shared/errors.js';
import { judicial, judicialEvents } from './support.js';

type W<S extends z.ZodType> = z.infer<S>;

describe('types: each wire schema is the library’s type', () => {
  it('events and snapshots (what a portal posts)', () => {
    expectTypeOf<Same<W<typeof dossierEvent>, DossierEvent>>().toEqualTypeOf<true>();
    expectTypeOf<Same<W<typeof recordedEvent>, RecordedEvent>>().toEqualTypeOf<true>();
    expectTypeOf<Same<W<typeof dossierSnapshot>, DossierSnapshot>>().toEqualTypeOf<true>();
    expectTypeOf<Same<W<typeof persistedSnapshot>, PersistedSnapshot>>().toEqualTypeOf<true>();
    expectTypeOf<Same<W<typeof calendar.duration>, Duration>>().toEqualTypeOf<true>();
  });

  it('the answers', () => {
    expectTypeOf<Same<W<typeof calendar.dayInfo>, DayInfo>>().toEqualTypeOf<true>();
    expectTypeOf<Same<W<typeof calendar.deadline>, Deadline>>().toEqualTypeOf<true>();
    expectTypeOf<Same<W<typeof localizedError>, LocalizedError>>().toEqualTypeOf<true>();
    expectTypeOf<Same<W<typeof rulesProblem>, Problem>>().toEqualTypeOf<true>();
    expectTypeOf<Same<W<typeof dossiers.nextEvent>, NextEvent>>().toEqualTypeOf<true>();
    expectTypeOf<Same<W<typeof dossiers.deadlineView>, DeadlineView>>().toEqualTypeOf<true>();
    expectTypeOf<Same<W<typeof dossiers.slaStatus>, SlaStatus>>().toEqualTypeOf<true>();
    expectTypeOf<Same<W<typeof dossiers.alert>, Alert>>().toEqualTypeOf<true>();
    expectTypeOf<Same<W<typeof dossiers.evaluation>, Evaluation>>().toEqualTypeOf<true>();
    expectTypeOf<Same<W<typeof lookup.statusMessage>, StatusMessage>>().toEqualTypeOf<true>();
    expectTypeOf<Same<W<typeof dossiers.dvcqgRecord>, DvcqgRecord>>().toEqualTypeOf<true>();
    expectTypeOf<Same<W<typeof dossiers.rejection>, Rejection>>().toEqualTypeOf<true>();
    expectTypeOf<Same<W<typeof dossiers.historyReport>, HistoryReport>>().toEqualTypeOf<true>();
    expectTypeOf<Same<W<typeof dossiers.form>, Form>>().toEqualTypeOf<true>();
    expectTypeOf<Same<W<typeof dossiers.statistics>, SummaryResult>>().toEqualTypeOf<true>();
  });

  it('the helper itself tells different types apart', () => {
    expectTypeOf<Same<{ a: string }, { a: string | null }>>().toEqualTypeOf<false>();
    expectTypeOf<Same<{ a?: string }, { a: string }>>().toEqualTypeOf<false>();
    expectTypeOf<Same<readonly string[], string[]>>().toEqualTypeOf<true>();
    expectTypeOf<Same<{ a: 'x' | 'y' }, { a: string }>>().toEqualTypeOf<false>();
    expectTypeOf<Same<{ a: [number, number] }, { a: number[] }>>().toEqualTypeOf<false>();
  });
});

/** A JSON Schema without the documentation the wire copies add (descriptions, examples, names). */
function bare(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema), (key, value) =>
    ['description', 'example', 'examples', 'id', '$schema', 'title'].includes(key) ? undefined : value,
  );
}

describe('run time: the classic copies give the engine’s JSON Schema', () => {
  it('events', () => {
    expect(bare(z.toJSONSchema(dossierEvent))).toEqual(bare(z.toJSONSchema(eventSchema)));
  });

  it('snapshots', () => {
    const io = { io: 'input' } as const;
    expect(bare(z.toJSONSchema(dossierSnapshot, io))).toEqual(bare(z.toJSONSchema(snapshotSchema, io)));
  });

  it('real values parse: a history, its snapshots (both forms), its views', () => {
    const engine = createEngine({ procedures: [judicial] });
    const r = engine.replay(judicial, judicialEvents);
    if (!r.ok) throw new Error('fixture');
    expect(dossierSnapshot.parse(r.snapshot)).toEqual(r.snapshot);
    expect(persistedSnapshot.parse(engine.persist(r.snapshot))).toEqual(engine.persist(r.snapshot));
    for (const e of judicialEvents) expect(dossierEvent.safeParse(e).success).toBe(true);
    const at = '2026-05-04T09:00:00+07:00';
    expect(
      dossiers.slaStatus.safeParse(JSON.parse(JSON.stringify(engine.slaStatus(r.snapshot, at)))).success,
    ).toBe(true);
    expect(
      dossiers.evaluation.safeParse(JSON.parse(JSON.stringify(engine.evaluate(r.snapshot, at)))).success,
    ).toBe(true);
    const sheet = engine.controlSheetForm(r.snapshot, { at });
    expect(dossiers.form.safeParse(JSON.parse(JSON.stringify(sheet))).success).toBe(true);
  });
});
