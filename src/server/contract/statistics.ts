/**
 * The statistics' answer on the wire: the engine's `SummaryResult` (src/engine/statistics/summary.ts) — the period
 * read, the figures of the total and of each group, and the warnings (`null` when not asked). The contract test
 * checks that this schema's type is the engine's type, field for field.
 */
import { z } from '@hono/zod-openapi';
import { dimensions, warningCodes } from '../../engine/index.js';
import { localizedError } from './common.js';

const count = z.number();
const rate = z.number().nullable();
const resultCounts = z.object({
  early: count,
  onTime: count,
  late: count,
  openWithinTime: count,
  openOverdue: count,
});

/** One Decision 766 indicator: value, the threshold of full points where stated, whether met. */
const indicator766 = z.object({ value: rate, threshold: rate, fullPoints: z.boolean().nullable() });

/** The figures of a group (docs/engine.md §12). */
export const summaryFigures = z
  .object({
    received: count,
    carriedOver: count,
    handled: count,
    receivedByChannel: z.object({ inPerson: count, online: count, post: count }),
    onlineShare: rate,
    resolved: z.object({ total: count, early: count, onTime: count, late: count }),
    resolvedOnTimeRate: rate,
    inProgress: z.object({ total: count, withinTime: count, overdue: count }),
    refused: count,
    withdrawn: count,
    stopped: count,
    refusedAtDesk: count,
    supplementRequests: count,
    deskSupplementRequests: count,
    apologies: count,
    extensions: count,
    decision766: z.object({ counted: count, onTime: count, late: count, rate }),
    byResult: z.record(z.string(), resultCounts),
    processingHours: z.object({ count, average: rate, median: rate }),
    online: z.object({ received: count, fully: count, partly: count, fullyShare: rate }),
    payment: z.object({ paid: count, online: count, onlineShare: rate }),
    digitisation: z.object({
      dossiers: z.object({ received: count, recorded: count, digitised: count, share: rate }),
      documents: z.object({
        recorded: count,
        digitised: count,
        reused: count,
        paper: count,
        reusedShare: rate,
      }),
      results: z.object({ issued: count, digitised: count, share: rate }),
    }),
    decision766Groups: z.object({
      onlineServices: z.object({
        maxPoints: z.literal(22),
        onlineShare: indicator766,
        onlinePayment: indicator766,
      }),
      digitisation: z.object({ maxPoints: z.literal(22), digitisedDossiers: indicator766 }),
    }),
  })
  .openapi('SummaryFigures');

const warning = localizedError.extend({ code: z.enum(warningCodes) });
const warningList = z.object({ count, items: z.array(warning) });

export const statistics = z
  .object({
    period: z.object({ from: z.string(), to: z.string(), start: z.string(), end: z.string() }),
    groupBy: z.array(z.enum(dimensions)),
    dossiers: count,
    total: summaryFigures,
    groups: z.array(
      z.object({
        key: z.object(
          Object.fromEntries(dimensions.map((d) => [d, z.string().optional()])) as {
            [K in (typeof dimensions)[number]]: z.ZodOptional<z.ZodString>;
          },
        ),
        figures: summaryFigures,
      }),
    ),
    warnings: z
      .object(
        Object.fromEntries(warningCodes.map((c) => [c, warningList])) as {
          [K in (typeof warningCodes)[number]]: typeof warningList;
        },
      )
      .nullable(),
  })
  .openapi('Statistics');
