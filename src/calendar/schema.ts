/**
 * The calendar's data, as zod schemas: the holiday laws, the government's yearly schedules for civil servants,
 * agency overlays and working hours. Shipped data and data a portal loads at run time (next year's schedule)
 * pass through the same schemas; the TypeScript types are inferred from them.
 */
import { z } from 'zod';
import { daysInMonth, epochDayOf, weekdayOf } from './date.js';

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = splitDay(s);
    return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
  }, 'not a calendar day');

function splitDay(s: string): [number, number, number] {
  return s.split('-').map(Number) as [number, number, number];
}

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected HH:MM');

const text = z.object({ vi: z.string().min(1), en: z.string().min(1) });

/** Ngày lễ, tết — the statutory holidays by a stable id. */
export const holidayIds = [
  'new-year',
  'tet',
  'hung-kings',
  'reunification',
  'labour',
  'national-day',
  'culture-day',
] as const;
export const HolidayIdSchema = z.enum(holidayIds);
export type HolidayId = z.infer<typeof HolidayIdSchema>;

/** A citation: the document (and article) a rule or a day comes from. */
export const SourceSchema = z.object({
  document: z.string().min(1),
  article: z.string().optional(),
  issued: isoDay.optional(),
  note: z.string().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * Whether an entry is in force (`confirmed`) or only announced or proposed (`proposed`). Proposed entries are
 * shown by `dayInfo` but not applied unless the calendar is created with `applyProposed: true`.
 */
export const EntryStatusSchema = z.enum(['confirmed', 'proposed']);
export type EntryStatus = z.infer<typeof EntryStatusSchema>;

/** One holiday of a law: on a solar date, on a lunar date, Tết's block of days, or a day with an adjacent day. */
export const HolidayRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('solar'),
    holiday: HolidayIdSchema,
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
  }),
  z.object({
    kind: z.literal('lunar'),
    holiday: HolidayIdSchema,
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(30),
  }),
  /** Tết: `days` weekdays around mùng 1, the specific days chosen yearly by the Prime Minister. */
  z.object({
    kind: z.literal('lunar-new-year'),
    holiday: HolidayIdSchema,
    days: z.number().int().min(1).max(10),
  }),
  /** A solar day plus one adjacent day (before or after) chosen yearly — National Day under the 2019 code. */
  z.object({
    kind: z.literal('solar-with-adjacent'),
    holiday: HolidayIdSchema,
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
  }),
]);
export type HolidayRule = z.infer<typeof HolidayRuleSchema>;

/**
 * A law that grants holidays, with the dates it is in force. A new law is a new entry; the calendar applies to each
 * day the laws in force on it.
 */
export const HolidayLawSchema = z.object({
  id: z.string().min(1),
  title: text,
  source: SourceSchema,
  effectiveFrom: isoDay,
  effectiveTo: isoDay.optional(),
  status: EntryStatusSchema.default('confirmed'),
  /** Does a holiday falling on a weekly rest day give the next working day off (nghỉ bù)? */
  compensatory: z.boolean(),
  compensatorySource: SourceSchema.optional(),
  holidays: z.array(HolidayRuleSchema).min(1),
});
export type HolidayLaw = z.infer<typeof HolidayLawSchema>;
export type HolidayLawInput = z.input<typeof HolidayLawSchema>;

/** One day of an official schedule: a weekday off (holiday, compensatory, swapped) or a Saturday worked. */
export const ScheduleEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('holiday'),
    date: isoDay,
    holiday: HolidayIdSchema,
    source: z.string().min(1),
    status: EntryStatusSchema.default('confirmed'),
  }),
  z.object({
    kind: z.literal('compensatory'),
    date: isoDay,
    holiday: HolidayIdSchema,
    /** The holiday that fell on a weekly rest day. */
    for: isoDay,
    source: z.string().min(1),
    status: EntryStatusSchema.default('confirmed'),
  }),
  z.object({
    kind: z.literal('swap-off'),
    date: isoDay,
    /** The Saturday worked in exchange (làm bù). */
    workedOn: isoDay,
    source: z.string().min(1),
    status: EntryStatusSchema.default('confirmed'),
  }),
  z.object({
    kind: z.literal('swap-work'),
    date: isoDay,
    /** The weekday taken off in exchange. */
    insteadOf: isoDay,
    source: z.string().min(1),
    status: EntryStatusSchema.default('confirmed'),
  }),
]);
export type ScheduleEntry = z.infer<typeof ScheduleEntrySchema>;

/**
 * Lịch nghỉ lễ, tết của cán bộ, công chức — the official schedule of one year (Government Office notices; the
 * Ministry of Home Affairs from 2026). Lists every Monday–Friday not worked and every Saturday worked; `covers`
 * names the holidays whose days it fixes (a holiday created after it, like Culture Day 2026, is still computed by
 * its law).
 */
export const OfficialScheduleSchema = z
  .object({
    year: z.number().int().min(1900).max(2199),
    covers: z.array(HolidayIdSchema).min(1),
    sources: z.array(SourceSchema.extend({ id: z.string().min(1) })).min(1),
    entries: z.array(ScheduleEntrySchema),
  })
  .superRefine((schedule, ctx) => {
    const ids = new Set(schedule.sources.map((s) => s.id));
    const seen = new Set<string>();
    schedule.entries.forEach((entry, i) => {
      if (!ids.has(entry.source)) {
        ctx.addIssue({
          code: 'custom',
          path: ['entries', i, 'source'],
          message: `unknown source "${entry.source}"`,
        });
      }
      const key = `${entry.date}/${entry.status}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['entries', i, 'date'],
          message: `${entry.date} is listed twice`,
        });
      }
      seen.add(key);
      const weekday = weekdayOf(epochDayOf(...splitDay(entry.date)));
      if (entry.kind === 'swap-work' ? weekday !== 6 && weekday !== 0 : weekday === 0 || weekday === 6) {
        ctx.addIssue({
          code: 'custom',
          path: ['entries', i, 'date'],
          message:
            entry.kind === 'swap-work'
              ? `${entry.date} is not a weekend day; only a weekly rest day can be worked in exchange`
              : `${entry.date} falls on a weekend; a schedule lists only the weekdays taken off`,
        });
      }
    });
  });
export type OfficialSchedule = z.infer<typeof OfficialScheduleSchema>;
export type OfficialScheduleInput = z.input<typeof OfficialScheduleSchema>;

/** A working session of a day, local time in Asia/Ho_Chi_Minh (`{ start: '07:30', end: '11:30' }`). */
export const SessionSchema = z
  .object({ start: clock, end: clock })
  .refine((s) => s.start < s.end, { message: 'a session must end after it starts', path: ['end'] });
export type Session = z.infer<typeof SessionSchema>;

const SessionsSchema = z
  .array(SessionSchema)
  .min(1)
  .superRefine((sessions, ctx) => {
    for (let i = 1; i < sessions.length; i++) {
      if (sessions[i]!.start < sessions[i - 1]!.end) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'start'],
          message: 'sessions must be in order and not overlap',
        });
      }
    }
  });

/** Giờ làm việc — working hours; set locally (07:30–11:30 + 13:00–17:00 is common). */
export const WorkingHoursSchema = z.object({
  sessions: SessionsSchema,
  /** Hours that make one working day when a limit in days is counted in hours (8, Labor Code 2019 Art. 105). */
  hoursPerDay: z.number().positive().max(24).default(8),
});
export type WorkingHours = z.infer<typeof WorkingHoursSchema>;
export type WorkingHoursInput = z.input<typeof WorkingHoursSchema>;

const DayRangeSchema = z
  .object({ from: isoDay, to: isoDay.optional() })
  .refine((r) => r.to === undefined || r.from <= r.to, { message: '`to` is before `from`', path: ['to'] });

/**
 * An agency's own days over the national calendar: closures (storm, local order) and openings (a desk that also
 * works or receives on Saturday mornings). An opening of kind `working` makes the day a working day for counting;
 * `reception` only opens the desk to receive dossiers, and the clock still starts on the next working day.
 */
export const AgencyOverlaySchema = z.object({
  agency: z.string().min(1),
  name: z.string().optional(),
  hours: WorkingHoursSchema.optional(),
  closures: z
    .array(DayRangeSchema.and(z.object({ reason: z.string().min(1), source: z.string().optional() })))
    .default([]),
  openings: z
    .array(
      z.object({
        kind: z.enum(['working', 'reception']),
        from: isoDay.optional(),
        to: isoDay.optional(),
        /** Days of the week, 0 Sunday … 6 Saturday. */
        weekdays: z.array(z.number().int().min(0).max(6)).optional(),
        dates: z.array(isoDay).optional(),
        sessions: SessionsSchema,
        reason: z.string().min(1),
      }),
    )
    .default([]),
});
export type AgencyOverlay = z.infer<typeof AgencyOverlaySchema>;
export type AgencyOverlayInput = z.input<typeof AgencyOverlaySchema>;
