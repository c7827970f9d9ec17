/**
 * The warnings a manager acts on (src/engine/statistics/warnings.ts), by hand-computed cases — each with the dossier
 * code, the agency holding it and the working time concerned — bounded lists, and the statistics' messages in both
 * languages (no English in the Vietnamese).
 */
import { describe, expect, it, vi as vitest } from 'vitest';
import {
  type DossierSnapshot,
  statisticsMessagesEn,
  statisticsMessagesVi,
  type UnnumberedEvent,
} from '../../src/engine/index.js';
import { englishWords } from '../support/english.js';
import { business, defaultEngine, run } from './fixtures.js';

const eng = defaultEngine;
const code = (n: number) => `000.00.24.H29-260302-000${n}`;
const open = (n: number, at: string, channel: 'in-person' | 'online' = 'in-person'): UnnumberedEvent[] => [
  { type: 'SUBMIT', at, channel },
  { type: 'RECEIVE', at, by: 'bro', dossierCode: code(n) },
  { type: 'FORWARD', at, by: 'bro' },
];
const warnings = (snapshots: DossierSnapshot[], to: string, limit = 50) =>
  eng.summarize(snapshots, { period: { from: '2026-03-01T00:00:00+07:00', to }, warnings: { limit } })
    .warnings!;

describe('warnings', () => {
  // Received Monday 02/03/2026 at 10:00: 3 working days (24 working hours) are due Thursday 05/03 at 10:00.
  const s = run(business, open(1, '2026-03-02T10:00:00+07:00'), eng);

  it('lists a dossier due within 8 working hours, with the hours left and the agency holding it', () => {
    const w = warnings([s], '2026-03-04T14:00:00+07:00').DUE_SOON;
    expect(w.count).toBe(1);
    // 14:00 → 17:00 Wednesday (3 h), 07:30 → 10:00 Thursday (2.5 h).
    expect(w.items[0]!.params).toMatchObject({
      dossierCode: code(1),
      agency: 'Phòng Đăng ký kinh doanh cấp tỉnh',
      hours: 5.5,
      due: '2026-03-05T10:00:00+07:00',
    });
    expect(w.items[0]!.messageVi).toContain('còn 5.5 giờ làm việc');
  });

  it('lists an overdue dossier with how late it is, most late first, in bounded lists', () => {
    const later = run(business, open(2, '2026-03-03T10:00:00+07:00'), eng);
    const w = warnings([s, later], '2026-03-09T10:00:00+07:00', 1).OVERDUE;
    // s: due Thu 10:00, read Mon 10:00: 5.5 + 8 + 2.5 = 16 h late; the other, due Fri 10:00: 8 h.
    expect(w.count).toBe(2);
    expect(w.items.map((i) => [i.params.dossierCode, i.params.hours])).toEqual([[code(1), 16]]);
  });

  it('lists a step holding the dossier longer than its share', () => {
    // The review step's share is 2 days (16 working hours); it has held the dossier since 02/03 10:00.
    const w = warnings([s], '2026-03-05T09:00:00+07:00').STEP_HELD;
    // 5.5 on Monday, 8 on Tuesday and Wednesday, 1.5 on Thursday morning.
    expect(w.items[0]!.params).toMatchObject({ step: 'review', hours: 23, shareHours: 16 });
  });

  it('lists an apology sent less than one working day before the appointment', () => {
    const a = run(
      business,
      [
        ...open(3, '2026-03-02T10:00:00+07:00'),
        {
          type: 'APOLOGIZE',
          at: '2026-03-04T16:00:00+07:00',
          by: 'bro',
          reason: 'Quá tải',
          newDueDate: '2026-03-06',
        },
      ],
      eng,
    );
    const w = warnings([a], '2026-03-31T00:00:00+07:00').APOLOGY_LATE;
    // 16:00 → 17:00 Wednesday, 07:30 → 10:00 Thursday: 3.5 working hours before the appointment.
    expect(w.items[0]!.params).toMatchObject({
      dossierCode: code(3),
      hours: 3.5,
      due: '2026-03-05T10:00:00+07:00',
    });
  });

  it('lists online dossiers accepted, or still waiting, after the 8 working hours', () => {
    const late = run(
      business,
      [
        { type: 'SUBMIT', at: '2026-03-02T08:00:00+07:00', channel: 'online' },
        { type: 'RECEIVE', at: '2026-03-03T15:00:00+07:00', by: 'bro', dossierCode: code(4) },
      ],
      eng,
    );
    const waiting = run(
      business,
      [{ type: 'SUBMIT', at: '2026-03-02T08:00:00+07:00', channel: 'online' }],
      eng,
    );
    const w = warnings([late, waiting], '2026-03-04T08:00:00+07:00').ONLINE_ACCEPTANCE_LATE;
    expect(w.count).toBe(2);
    const byCode = Object.fromEntries(w.items.map((i) => [String(i.params.dossierCode), i.params]));
    // 8 working hours from Monday 08:00 end Tuesday 08:00 (7.5 + 0.5); accepted Tuesday 15:00 after 7.5 + 6 = 13.5;
    // the waiting one has waited 7.5 + 8 + 0.5 = 16 by Wednesday 08:00.
    expect(byCode[code(4)]).toMatchObject({
      accepted: true,
      hours: 13.5,
      acceptBy: '2026-03-03T08:00:00+07:00',
    });
    expect(byCode.null).toMatchObject({ accepted: false, hours: 16 });
  });

  it('lists a supplement asked after the 3 working days (data the engine did not make)', () => {
    const r = run(
      business,
      [
        ...open(5, '2026-03-02T10:00:00+07:00'),
        { type: 'REQUEST_SUPPLEMENT', at: '2026-03-03T10:00:00+07:00', by: 'bro', items: ['Điều lệ'] },
      ],
      eng,
    );
    // Moved to Monday 09/03 10:00 in the stored form, as an outside system could have recorded it.
    const p = JSON.parse(JSON.stringify(eng.persist(r)));
    const moved = Date.parse('2026-03-09T10:00:00+07:00') / 1000;
    p.lg[1][1] = moved;
    p.t = moved;
    const w = warnings([p], '2026-03-31T00:00:00+07:00').SUPPLEMENT_REQUEST_LATE;
    // The window ends Thursday 05/03 at 17:00; Monday 09/03 10:00 is 8 + 2.5 working hours later.
    expect(w.items[0]!.params).toMatchObject({
      dossierCode: code(5),
      window: '2026-03-05T17:00:00+07:00',
      hours: 10.5,
    });
  });
});

describe("the statistics' messages", () => {
  const sample = {
    problem: 'not-a-day',
    from: '"2026-02-01"',
    to: '"2026-02-31"',
    option: 'groupBy',
    expected: 'dimensions',
    given: '"office"',
    allowed: ['agency', 'procedure'],
    field: 'total.counters',
    index: 3,
    max: 1000,
    dossierCode: '000.00.24.H29-260302-0001',
    procedure: '2.001610',
    agency: 'Phòng Đăng ký kinh doanh',
    hours: 5.5,
    due: '2026-03-05T10:00:00+07:00',
    step: 'review',
    since: '2026-03-02T10:00:00+07:00',
    shareHours: 16,
    at: '2026-03-09T10:00:00+07:00',
    window: '2026-03-05T17:00:00+07:00',
    submittedAt: '2026-03-02T08:00:00+07:00',
    acceptBy: '2026-03-03T08:30:00+07:00',
    accepted: false,
  };
  it('has both texts for every code, and no English in the Vietnamese', () => {
    expect(Object.keys(statisticsMessagesVi).sort()).toEqual(Object.keys(statisticsMessagesEn).sort());
    for (const [c, vi] of Object.entries(statisticsMessagesVi)) {
      for (const problem of [
        'not-an-object',
        'not-a-month',
        'not-a-day',
        'out-of-range',
        'not-an-instant',
        'mixed',
        'order',
        'not-iterable',
        'not-json',
        'too-long',
        'not-a-snapshot',
      ]) {
        const partial =
          c === 'INVALID_PARTIAL'
            ? { expected: 'count' }
            : c === 'INCOMPATIBLE_PARTIAL'
              ? { expected: '"x"' }
              : {};
        const text = (vi as (p: unknown) => string)({ ...sample, ...partial, problem });
        if (text === undefined) continue;
        expect(englishWords(text), `${c} ${problem}: ${text}`).toEqual([]);
      }
      for (const expected of [
        'object',
        'dimensions',
        'positive-integer',
        'positive-number',
        'one-of',
        'instant',
        'after-start',
      ])
        if (c === 'INVALID_SUMMARY_OPTIONS')
          expect(englishWords((vi as (p: unknown) => string)({ ...sample, expected }))).toEqual([]);
    }
  });

  it("says what a bad partial must be in each language, the guard's own issue included", () => {
    const expectations = [
      'safe-json',
      'json',
      'format',
      'count',
      'object',
      'counters',
      'histogram',
      'bucket',
      'buckets',
      'results',
      'result',
      'lists',
      'list',
      'at-least',
      'entry',
      'no-key',
      'type',
      'groups',
      'group-key',
      'unique-key',
      'not-itself',
      'shards',
      'not-merged',
      'partial-not-snapshot',
    ];
    for (const expected of expectations)
      for (const more of [
        { n: 3, type: 'boolean', format: 'motcua-summary/1', given: '"x"' },
        { inputCode: 'INPUT_TOO_DEEP', max: 8 },
        { inputCode: 'INPUT_FORBIDDEN_KEY', key: '__proto__' },
      ]) {
        const p = { field: 'total.counters', expected, ...more };
        const vi = statisticsMessagesVi.INVALID_PARTIAL(p as never);
        const en = statisticsMessagesEn.INVALID_PARTIAL(p as never);
        expect(englishWords(vi), vi).toEqual([]);
        expect(vi).not.toMatch(/undefined/);
        expect(en).not.toMatch(/undefined/);
      }
    // A real refusal by the guard, read in Vietnamese: the guard's Vietnamese text, not its English.
    const summary = defaultEngine.createSummary({ period: { from: '2026-03-01', to: '2026-03-31' } });
    try {
      summary.merge(JSON.parse('{"__proto__":{},"format":"motcua-summary/1"}'));
      expect.unreachable();
    } catch (e) {
      const err = e as { code: string; messageVi: string; message: string };
      expect(err.code).toBe('INVALID_PARTIAL');
      expect(err.messageVi).toContain('Không được dùng khoá "__proto__"');
      expect(err.message).toContain('Key "__proto__" is not allowed');
      expect(englishWords(err.messageVi)).toEqual([]);
    }
    expect(() => summary.merge(summary)).toThrow(expect.objectContaining({ code: 'INVALID_PARTIAL' }));
    // Without Web Crypto (a vm context, some runtimes) a summary still gets an id of its own.
    vitest.stubGlobal('crypto', undefined);
    try {
      const plain = defaultEngine.createSummary({ period: { from: '2026-03-01', to: '2026-03-31' } });
      expect(plain.toJSON().shards).toEqual([expect.stringMatching(/^[0-9a-f]{16}$/)]);
    } finally {
      vitest.unstubAllGlobals();
    }
    // JSON text merges as its value does; text that is not JSON is refused.
    const other = defaultEngine.createSummary({ period: { from: '2026-03-01', to: '2026-03-31' } });
    const { shards: _, ...counted } = other.merge(JSON.stringify(summary.toJSON())).toJSON();
    const { shards: __, ...expected } = summary.toJSON();
    expect(counted).toEqual(expected);
    // A partial counted already — merged before, or the summary's own — is refused: it would count twice.
    for (const again of [() => other.merge(summary.toJSON()), () => summary.merge(summary.toJSON())])
      expect(again).toThrow(
        expect.objectContaining({
          code: 'INVALID_PARTIAL',
          params: expect.objectContaining({ expected: 'not-merged' }),
        }),
      );
    // Snapshots handed to merge are said to be read with add.
    const snapshot = run(business, []);
    for (const wrong of [[snapshot], defaultEngine.persist(snapshot)])
      expect(() => other.merge(wrong)).toThrow(
        expect.objectContaining({ params: expect.objectContaining({ expected: 'partial-not-snapshot' }) }),
      );
    // A partial made elsewhere without ids still merges (nothing can be checked then).
    const { shards: ___, ...anonymous } = summary.toJSON();
    expect(() => other.merge(anonymous)).not.toThrow();
    expect(() => other.merge({ ...anonymous, shards: ['not-an-id'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_PARTIAL', path: ['partial', 'shards', 0] }),
    );
    expect(() => other.merge('{"format":')).toThrow(
      expect.objectContaining({
        code: 'INVALID_PARTIAL',
        params: expect.objectContaining({ expected: 'json' }),
      }),
    );
    const withLists = summary.toJSON();
    expect(() => summary.merge({ ...withLists, warnings: null })).toThrow(
      expect.objectContaining({ code: 'INVALID_PARTIAL', path: ['partial', 'warnings'] }),
    );
  });
});
