/**
 * Wire schemas of the dossier routes: the requests (a snapshot in either form, an event, an event log, an
 * instant) and the engine's answers — the next snapshot with the recorded event, the events allowed now, SLA
 * status and alerts, the DVCQG record, the history report, forms and the Decision 766 statistics. Each answer's
 * type is checked against motcua/engine's in test/server/contract.test.ts.
 */
import { z } from '@hono/zod-openapi';
import { durationUnits } from '../../calendar/index.js';
import { type DossierEventType, eventTypes, phases } from '../../engine/index.js';
import { dayInfo } from './calendar.js';
import { instant, localizedError, text } from './common.js';
import { dossierEvent, recordedEvent } from './events.js';
import { definitionRef } from './rules.js';
import { anySnapshot, dossierSnapshot, persistedSnapshot } from './snapshot.js';

const timeliness = z.enum(['early', 'on-time', 'late']);
const level = z.enum(['ok', 'warning', 'critical', 'overdue']);
const phase = z.enum(phases);
const dvcqgStatus = z.union(
  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => z.literal(n)) as unknown as [
    z.ZodLiteral<1>,
    z.ZodLiteral<2>,
    z.ZodLiteral<3>,
    z.ZodLiteral<4>,
    z.ZodLiteral<5>,
    z.ZodLiteral<6>,
    z.ZodLiteral<7>,
    z.ZodLiteral<8>,
    z.ZodLiteral<9>,
    z.ZodLiteral<10>,
  ],
);
const at = z
  .union([instant, z.number().int()])
  .openapi({ description: 'An instant (ISO-8601 with offset) or epoch milliseconds' });

// ── requests ────────────────────────────────────────────────────────────────────────────────────────────────
export const startRequest = z.object({ definition: definitionRef }).strict().openapi('StartRequest');
export const applyRequest = z
  .object({ snapshot: anySnapshot, event: dossierEvent })
  .strict()
  .openapi('ApplyRequest', {
    example: {
      snapshot: { v: 2, p: ['2.000488', '2025.1', 'sha256:…'] },
      event: { type: 'SUBMIT', seq: 1, at: '2026-04-24T16:00:00+07:00', channel: 'in-person' },
    },
  });
export const replayRequest = z
  .object({
    definition: definitionRef,
    events: z
      .array(z.unknown())
      .openapi({ description: 'The recorded events, in order (DossierEvent each)' }),
    validated: z.boolean().optional().openapi({
      description: "true for events read back from the portal's own store: recorded hashes taken as recorded",
    }),
  })
  .strict()
  .openapi('ReplayRequest');
export const snapshotAtRequest = z
  .object({
    snapshot: anySnapshot,
    at: at.optional(),
    thresholds: z.tuple([z.number(), z.number(), z.number()]).optional(),
  })
  .strict()
  .openapi('SnapshotAtRequest');
export const snapshotRequest = z.object({ snapshot: anySnapshot }).strict().openapi('SnapshotRequest');
export const verifyRequest = z
  .object({
    definition: definitionRef.optional().openapi({ description: "default: the snapshot's own definition" }),
    events: z.array(z.unknown()),
    snapshot: anySnapshot,
  })
  .strict()
  .openapi('VerifyRequest');

// ── answers ─────────────────────────────────────────────────────────────────────────────────────────────────
export const snapshotPair = {
  snapshot: dossierSnapshot,
  persisted: persistedSnapshot,
};
export const startResponse = z.object(snapshotPair).openapi('StartResponse');
export const applyResponse = z.object({ ...snapshotPair, recorded: recordedEvent }).openapi('ApplyResponse', {
  description: 'Store `recorded` in the log and `persisted` beside it, in one transaction',
});
export const replayResponse = z.object(snapshotPair).openapi('ReplayResponse');

export const nextEvent = z
  .object({
    type: z.enum(
      eventTypes as readonly DossierEventType[] as readonly [DossierEventType, ...DossierEventType[]],
    ),
    by: z.string().nullable(),
    step: z.string().nullable(),
    to: z.string().nullable(),
    result: z.string().nullable(),
    implementer: z.string().nullable(),
    actor: z.enum(['applicant', 'desk', 'step', 'desk-or-step', 'agency', 'portal']),
  })
  .openapi('NextEvent');
export const nextEventsResponse = z.object({ events: z.array(nextEvent) }).openapi('NextEvents');

const pauseView = z.object({
  reason: z.enum(['supplement', 'financial-obligation']),
  from: z.string(),
  to: z.string().nullable(),
  seq: z.number(),
  hours: z.number(),
});
const extension = z
  .object({
    kind: z.enum(['apology', 'extension']),
    to: z.string(),
    printed: z.string(),
    due: z.string(),
    reason: z.string(),
    at: z.string(),
    seq: z.number(),
  })
  .openapi('DeadlineExtension');
export const deadlineView = z
  .object({
    unit: z.enum(durationUnits),
    budget: z.number(),
    policy: z.enum(['working-hours', 'working-days-cutoff', 'civil-code']),
    clockFrom: z.string(),
    start: z.string(),
    baseDue: z.string(),
    ledgerDue: z.string(),
    due: z.string(),
    dueDate: z.string(),
    extension: extension.nullable(),
    paused: z.enum(['supplement', 'financial-obligation']).nullable(),
    pauses: z.array(pauseView),
    resets: z.array(z.object({ at: z.string(), seq: z.number() })),
    daysOff: z.array(dayInfo),
    notes: z.array(text),
  })
  .openapi('DeadlineView');

const dossierSla = z.object({
  deadline: deadlineView,
  due: z.string(),
  dueDate: z.string(),
  extension: extension.nullable(),
  budgetHours: z.number(),
  usedHours: z.number(),
  remainingHours: z.number(),
  shareUsed: z.number(),
  level,
  finishedAt: z.string().nullable(),
  outcome: timeliness.nullable(),
  lateBecause: z.array(z.enum(['after-due', 'apology', 'several-supplements'])),
  explanation: z.array(text),
});
const stepSla = z.object({
  step: z.string(),
  agency: z.string(),
  from: z.string().nullable(),
  fromAgency: z.string().nullable(),
  at: z.string(),
  end: z.string().nullable(),
  plan: z.tuple([z.number(), z.number()]),
  judgedBy: z.enum(['limit', 'plan']),
  due: z.string().nullable(),
  dueDate: z.string().nullable(),
  plannedDue: z.string().nullable(),
  budgetHours: z.number().nullable(),
  usedHours: z.number().nullable(),
  remainingHours: z.number().nullable(),
  shareUsed: z.number().nullable(),
  level: level.nullable(),
  overdue: z.boolean(),
  outcome: timeliness.nullable(),
});
const resultSla = z.object({
  id: z.string(),
  agency: z.string(),
  due: z.string().nullable(),
  dueDate: z.string().nullable(),
  issuedAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
  overdue: z.boolean(),
  outcome: timeliness.nullable(),
});
export const slaStatus = z
  .object({
    at: z.string(),
    phase,
    dossier: dossierSla.nullable(),
    waiting: z
      .object({
        after: z.enum(['FEE_PAID', 'FINANCIAL_OBLIGATION_MET', 'REPLY']),
        step: z.string().optional(),
      })
      .nullable(),
    steps: z.array(stepSla),
    results: z.array(resultSla),
  })
  .openapi('SlaStatus');

export const alert = localizedError
  .extend({
    code: z.enum([
      'ONLINE_ALERT',
      'ONLINE_ACCEPTANCE_DUE',
      'ONLINE_ACCEPTANCE_OVERDUE',
      'TRANSFER_DUE',
      'TRANSFER_OVERDUE',
      'SUPPLEMENT_WINDOW',
      'DEADLINE_WARNING',
      'DEADLINE_CRITICAL',
      'OVERDUE',
      'STEP_OVERDUE',
      'APOLOGY_DUE',
      'SUPPLEMENT_EXPIRED',
    ]),
    severity: z.enum(['info', 'warning', 'error']),
    due: z.string().nullable(),
    step: z.string().nullable(),
    basis: z.object({ en: z.string(), vi: z.string() }),
  })
  .openapi('Alert');
export const evaluation = z
  .object({
    at: z.string(),
    phase,
    status: dvcqgStatus.nullable(),
    alerts: z.array(alert),
    proposals: z.array(
      z.object({
        type: z.literal('STOP'),
        at: z.string(),
        hash: z.string().optional(),
        by: z.string(),
        reason: z.enum(['supplement-not-completed', 'other']),
        note: z.string().optional(),
      }),
    ),
  })
  .openapi('Evaluation');
export const slaResponse = z.object({ sla: slaStatus, evaluation }).openapi('SlaResponse');

export const dvcqgRecord = z
  .object({
    MaHoSo: z.string().nullable(),
    TrangThaiHoSo: dvcqgStatus.nullable(),
    KenhThucHien: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
    NgayTiepNhan: z.string().nullable(),
    NgayHenTra: z.string().nullable(),
    NgayKetThucXuLy: z.string().nullable(),
    ThoiGianGiaiQuyet: z.number().nullable(),
    DonViTinh: z.enum(['Giờ làm việc', 'Ngày làm việc', 'Ngày', 'Tháng']).nullable(),
    MaTTHC: z.string(),
    ThanhToanTrucTuyen: z.union([z.literal(0), z.literal(1)]).nullable(),
    SoHoaHoSo: z.union([z.literal(0), z.literal(1)]).nullable(),
    SoHoaKetQua: z.union([z.literal(0), z.literal(1)]).nullable(),
    HinhThucTraKetQua: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
    ThongTinKhac: z.string(),
  })
  .openapi('DvcqgRecord');

/** A refused event (`Rejection`): the engine's code, parameters, both texts and the path in the event. */
export const rejection = localizedError
  .extend({
    code: z.enum([
      'INVALID_EVENT',
      'NOT_ALLOWED',
      'WRONG_AGENCY',
      'AMBIGUOUS_STEP',
      'STALE_SEQUENCE',
      'OUT_OF_ORDER',
      'SUPPLEMENT_ALREADY_REQUESTED',
      'SUPPLEMENT_TOO_LATE',
      'WITHDRAWAL_NOT_ALLOWED',
      'APOLOGY_NOT_ALLOWED',
      'STOP_NOT_ALLOWED',
      'NOT_IN_FORCE',
      'HASH_MISMATCH',
      'INVALID_MIGRATION',
      'CHOICE_NOT_OFFERED',
      'IMPLEMENTER_REQUIRED',
      'RESULT_NOT_RETURNABLE',
      'FEE_NOT_ALLOWED',
      'EXTENSION_NOT_ALLOWED',
      'REUSE_NOT_ALLOWED',
    ]),
  })
  .openapi('Rejection');

export const historyReport = localizedError
  .extend({
    code: z.enum([
      'HISTORY_VERIFIED',
      'HISTORY_REJECTED',
      'HISTORY_HASH_CHANGED',
      'HISTORY_SNAPSHOT_DIFFERS',
      'HISTORY_HEAD_DIFFERS',
    ]),
    ok: z.boolean(),
    head: z.string(),
    replayed: dossierSnapshot,
    rejection: rejection.nullable(),
  })
  .openapi('HistoryReport');

// ── forms ───────────────────────────────────────────────────────────────────────────────────────────────────
export const formKinds = [
  'receipt',
  'supplement-request',
  'refusal',
  'apology',
  'stop-notice',
  'control-sheet',
  'logbook',
] as const;
const label = z.object({ vi: z.string(), en: z.string() });
const cell = z.union([z.string(), label]);
export const form = z
  .object({
    kind: z.enum(formKinds),
    circular: z.enum(['circular-03-2025', 'circular-01-2018']),
    number: z.string(),
    title: label,
    fields: z.array(z.object({ label, value: cell })),
    table: z.object({ columns: z.array(label), rows: z.array(z.array(cell)) }).nullable(),
    blocks: z
      .array(
        z.object({
          giver: z.string(),
          receiver: z.string(),
          at: z.string(),
          result: timeliness.nullable(),
          note: z.string(),
        }),
      )
      .optional(),
    basis: label,
  })
  .openapi('Form');
export const formRequest = z
  .object({
    snapshot: anySnapshot.optional().openapi({ description: 'every form but the logbook' }),
    format: z.enum(['json', 'text', 'markdown', 'html']).optional().openapi({ description: 'default json' }),
    lang: z.enum(['vi', 'en']).optional().openapi({ description: 'labels; default from Accept-Language' }),
    applicant: z.string().optional(),
    documents: z
      .array(
        z.object({
          name: z.string(),
          form: z.enum(['original', 'certified-copy', 'copy', 'electronic']),
          copies: z.number().int(),
        }),
      )
      .optional()
      .openapi({ description: 'receipt' }),
    logbookNumber: z.string().optional().openapi({ description: 'receipt' }),
    items: z
      .array(z.object({ subject: z.string(), reason: z.string() }).passthrough())
      .optional()
      .openapi({ description: "supplement-request: the lines of the validation's supplementRequest" }),
    reasons: z.array(z.string()).optional().openapi({ description: 'refusal' }),
    reason: z.string().optional().openapi({ description: 'stop-notice' }),
    at: instant.optional().openapi({ description: 'supplement-request, refusal, control-sheet, logbook' }),
    entries: z
      .array(z.object({ snapshot: anySnapshot, applicant: z.string() }))
      .optional()
      .openapi({ description: 'logbook' }),
    circular: z.enum(['circular-03-2025', 'circular-01-2018']).optional().openapi({ description: 'logbook' }),
  })
  .strict()
  .openapi('FormRequest');
export const formResponse = z.object({ form }).openapi('FormResponse');

// ── statistics ──────────────────────────────────────────────────────────────────────────────────────────────
export { statistics } from './statistics.js';
export const statisticsQuery = z.object({
  from: z.iso.date().openapi({ param: { name: 'from', in: 'query' }, example: '2026-01-01' }),
  to: z.iso.date().openapi({ param: { name: 'to', in: 'query' }, example: '2026-03-31' }),
});
