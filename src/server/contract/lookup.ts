/**
 * Wire schemas of the citizen's lookup (tra cứu hồ sơ): the request — a snapshot the portal keeps, the channel
 * (text message, telephone, kiosk, web), the language, the instant, the text message's encoding and segments, the
 * documents a supplement asks for — and the engine's `StatusMessage`, whose `facts` are exactly what the
 * allow-list lets the code's holder see (`lookupAllowList`, docs/engine.md §11a). Checked against the engine's
 * types in test/server/contract.test.ts.
 */
import { z } from '@hono/zod-openapi';
import { phases, statusChannels } from '../../engine/index.js';
import { dayInfo } from './calendar.js';
import { instant, text } from './common.js';
import { anySnapshot } from './snapshot.js';

const channel = z.enum(statusChannels);
const timeliness = z.enum(['early', 'on-time', 'late']);
const partKind = z.enum(['head', 'late', 'appointment', 'missing', 'results', 'holder']);
const pauseReason = z.enum(['supplement', 'financial-obligation']);
const awaited = z.enum(['FEE_PAID', 'FINANCIAL_OBLIGATION_MET', 'REPLY']);

export const lookupRequest = z
  .object({
    snapshot: anySnapshot,
    channel,
    lang: z.enum(['vi', 'en']).optional().openapi({ description: 'default from Accept-Language' }),
    at: z
      .union([instant, z.number().int()])
      .optional()
      .openapi({ description: 'The instant read (ISO-8601 with offset, or epoch ms); default now' }),
    encoding: z
      .enum(['gsm7', 'ucs2'])
      .optional()
      .openapi({ description: 'sms: GSM-7 without diacritics, 160 (default), or UCS-2 with them, 70' }),
    maxSegments: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'sms: segments allowed, 1–10 (default 1)' }),
    missing: z
      .array(z.string())
      .optional()
      .openapi({ description: 'The documents a supplement asks for, by their ids in the definition' }),
  })
  .strict()
  .openapi('LookupRequest', {
    example: {
      snapshot: { v: 2, p: ['2.001458', '2026.1', 'sha256:…'] },
      channel: 'sms',
      lang: 'vi',
      encoding: 'ucs2',
      at: '2026-02-12T10:00:00+07:00',
    },
  });

const nullableInstant = z.string().nullable();

export const lookupFacts = z
  .object({
    dossierCode: z.string().nullable(),
    procedure: z.object({ code: z.string(), name: text }),
    phase: z.enum(phases),
    holders: z.array(text),
    submittedAt: nullableInstant,
    receivedAt: nullableInstant,
    decidedAt: nullableInstant,
    finishedAt: nullableInstant,
    due: nullableInstant,
    paused: pauseReason.nullable(),
    waiting: awaited.nullable(),
    overdue: z.boolean(),
    outcome: timeliness.nullable(),
    newAppointment: z
      .object({ kind: z.enum(['apology', 'extension']), day: z.string(), due: z.string() })
      .nullable(),
    missing: z.array(text).nullable(),
    results: z.array(
      z.object({
        name: text,
        state: z.enum(['returned', 'issued', 'pending']),
        due: nullableInstant,
        overdue: z.boolean(),
        outcome: timeliness.nullable(),
        issuedAt: nullableInstant,
        returnedAt: nullableInstant,
      }),
    ),
    visits: z.array(
      z.object({
        agency: text,
        first: z.boolean(),
        sameAgency: z.boolean(),
        at: z.string(),
        end: nullableInstant,
        due: nullableInstant,
        outcome: timeliness.nullable(),
        overdue: z.boolean(),
      }),
    ),
    clock: z.array(
      z.object({
        kind: z.enum(['start', 'pause', 'resume', 'reset', 'extend', 'prolong']),
        at: z.string(),
        reason: pauseReason.nullable(),
        to: z.string().nullable(),
      }),
    ),
    feePaidAt: nullableInstant,
    daysOff: z.array(dayInfo),
  })
  .openapi('LookupFacts', {
    description: 'What the holder of the dossier code may see (the allow-list applied)',
  });

export const timelineEntry = z
  .object({
    kind: z.enum([
      'submitted',
      'received',
      'handoff',
      'fee-paid',
      'clock-start',
      'supplement-requested',
      'supplement-back',
      'supplement-resumed',
      'payment-requested',
      'payment-met',
      'apology',
      'extension',
      'result-issued',
      'result-returned',
      'finished',
      'due',
      'day-off',
    ]),
    at: z.string(),
    day: z.string(),
    text: z.string(),
    due: nullableInstant,
    outcome: timeliness.nullable(),
    overdue: z.boolean(),
    dayOff: z.string().nullable(),
  })
  .openapi('TimelineEntry');

export const statusMessage = z
  .object({
    channel,
    lang: z.enum(['vi', 'en']),
    at: z.string(),
    text: z.string(),
    lines: z.array(z.string()),
    parts: z.array(z.object({ kind: partKind, text: z.string() })),
    shortened: z.array(partKind),
    dropped: z.array(partKind),
    sms: z
      .object({
        encoding: z.enum(['gsm7', 'ucs2']),
        length: z.number().int(),
        segments: z.number().int(),
        limit: z.number().int(),
        fits: z.boolean(),
      })
      .nullable(),
    timeline: z.array(timelineEntry),
    facts: lookupFacts,
  })
  .openapi('StatusMessage');
