/**
 * The calendar's data as zod schemas (`zod/mini`, so a browser form pays for no more of zod than it uses): the
 * holiday laws, the government's yearly schedules for civil servants, agency overlays and working hours. Shipped
 * data and data a portal loads at run time pass the same schemas (`parseOfficialSchedule`, `parseHolidayLaws`); the
 * TypeScript types are inferred from them and `schema/schedule.schema.json` is generated from them
 * (scripts/generate-schema.ts). Hours and overlays are read by plain guards that answer as these schemas do
 * (`optionShapes.ts`; a property test compares them), so a page that sets its hours loads no zod. Every object is
 * strict: an unknown key — a misspelt `workedon` — is an error, never silently dropped. What a shape cannot say
 * (swaps in pairs, entries inside their year, sessions in order) is checked in `checks.ts` and `optionShapes.ts`.
 */
import * as z from 'zod/mini';
import { holidayIds } from './names.js';
import { CLOCK_PATTERN, DAY_PATTERN, isCalendarDay } from './patterns.js';
import { MAX_YEAR, MIN_YEAR } from './range.js';

export { type HolidayId, holidayIds } from './names.js';
export { CLOCK_PATTERN, DAY_PATTERN } from './patterns.js';

/**
 * Builds the schemas (on first use: constructing zod schemas costs a few milliseconds, which a cold start that
 * only counts working days should not pay).
 */
function defineSchemas() {
  const isoDay = z
    .string()
    .check(z.regex(DAY_PATTERN), z.refine(isCalendarDay, { params: { code: 'NOT_A_DAY' } }));
  const clock = z.string().check(z.regex(CLOCK_PATTERN));
  const nonEmpty = z.string().check(z.minLength(1));

  /** A text in Vietnamese and English (`{ vi, en }`). */
  const TextSchema = z.strictObject({ vi: nonEmpty, en: nonEmpty });

  const HolidayIdSchema = z.enum(holidayIds);

  /** A citation: the document (and article) a rule or a day comes from. */
  const SourceSchema = z.strictObject({
    document: nonEmpty,
    article: z.optional(z.string()),
    issued: z.optional(isoDay),
    note: z.optional(z.string()),
  });

  /**
   * Whether an entry is in force (`confirmed`), only announced or proposed (`proposed`: shown by `dayInfo`, applied
   * only with `applyProposed: true`), or a proposal the decision did not adopt (`not-adopted`: kept for the record,
   * shown, never applied).
   */
  const EntryStatusSchema = z.enum(['confirmed', 'proposed', 'not-adopted']);

  const status = z._default(EntryStatusSchema, 'confirmed');
  const month = z.number().check(z.int(), z.minimum(1), z.maximum(12));

  /** One holiday of a law: on a solar date, on a lunar date, Tết's block of days, or a day with an adjacent day. */
  const HolidayRuleSchema = z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('solar'),
      holiday: HolidayIdSchema,
      month,
      day: z.number().check(z.int(), z.minimum(1), z.maximum(31)),
    }),
    z.strictObject({
      kind: z.literal('lunar'),
      holiday: HolidayIdSchema,
      month,
      day: z.number().check(z.int(), z.minimum(1), z.maximum(30)),
    }),
    /** Tết: `days` weekdays around mùng 1, the specific days chosen yearly by the Prime Minister. */
    z.strictObject({
      kind: z.literal('lunar-new-year'),
      holiday: HolidayIdSchema,
      days: z.number().check(z.int(), z.minimum(1), z.maximum(10)),
    }),
    /** A solar day plus one adjacent day (before or after) chosen yearly — National Day under the 2019 code. */
    z.strictObject({
      kind: z.literal('solar-with-adjacent'),
      holiday: HolidayIdSchema,
      month,
      day: z.number().check(z.int(), z.minimum(1), z.maximum(31)),
    }),
  ]);

  /**
   * A law that grants holidays, with the dates it is in force. A new law is a new entry; the calendar applies to each
   * day the laws in force on it.
   */
  const HolidayLawSchema = z.strictObject({
    id: nonEmpty,
    title: TextSchema,
    source: SourceSchema,
    effectiveFrom: isoDay,
    effectiveTo: z.optional(isoDay),
    status: z._default(z.enum(['confirmed', 'proposed']), 'confirmed'),
    /** Does a holiday falling on a weekly rest day give the next working day off (nghỉ bù)? */
    compensatory: z.boolean(),
    compensatorySource: z.optional(SourceSchema),
    holidays: z.array(HolidayRuleSchema).check(z.minLength(1)),
  });

  /**
   * One day of an official schedule: a weekday off (holiday, compensatory, swapped), a Saturday worked, or a
   * statutory holiday the schedule makes a working day on purpose (`holiday-worked`, with its reason).
   */
  const ScheduleEntrySchema = z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('holiday'),
      date: isoDay,
      holiday: HolidayIdSchema,
      source: nonEmpty,
      status,
    }),
    z.strictObject({
      kind: z.literal('compensatory'),
      date: isoDay,
      holiday: HolidayIdSchema,
      /** The holiday that fell on a weekly rest day. */
      for: isoDay,
      source: nonEmpty,
      status,
    }),
    z.strictObject({
      kind: z.literal('swap-off'),
      date: isoDay,
      /** The Saturday worked in exchange (làm bù). */
      workedOn: isoDay,
      source: nonEmpty,
      status,
    }),
    z.strictObject({
      kind: z.literal('swap-work'),
      date: isoDay,
      /** The weekday taken off in exchange. */
      insteadOf: isoDay,
      source: nonEmpty,
      status,
    }),
    z.strictObject({
      kind: z.literal('holiday-worked'),
      date: isoDay,
      holiday: HolidayIdSchema,
      /** Why the day the law makes a holiday is worked, in Vietnamese and English. */
      reason: TextSchema,
      source: nonEmpty,
      status,
    }),
  ]);

  /** A document a schedule cites, by the `id` its entries use. */
  const ScheduleSourceSchema = z.extend(SourceSchema, { id: nonEmpty });

  /**
   * Lịch nghỉ lễ, tết của cán bộ, công chức — the official schedule of one year (Government Office notices; the
   * Ministry of Home Affairs from 2026). Lists every Monday–Friday not worked and every Saturday worked for the
   * holidays it `covers`; holidays it does not cover are computed by their laws.
   */
  const OfficialScheduleSchema = z.strictObject({
    /** The JSON Schema an editor completes the file with (motcua/schema/schedule.schema.json); not data. */
    $schema: z.optional(z.string().check(z.maxLength(500))),
    year: z.number().check(z.int(), z.minimum(MIN_YEAR), z.maximum(MAX_YEAR)),
    covers: z.array(HolidayIdSchema),
    sources: z.array(ScheduleSourceSchema).check(z.minLength(1)),
    entries: z.array(ScheduleEntrySchema),
  });

  /** A working session of a day, local time in Asia/Ho_Chi_Minh (`{ start: '07:30', end: '11:30' }`). */
  const SessionSchema = z.strictObject({ start: clock, end: clock });

  const SessionsSchema = z.array(SessionSchema).check(z.minLength(1));

  /** Giờ làm việc — working hours; set locally (07:30–11:30 + 13:00–17:00 is common). */
  const WorkingHoursSchema = z.strictObject({
    sessions: SessionsSchema,
    /** Hours that make one working day when a limit in days is counted in hours (8, Labor Code 2019 Art. 105). */
    hoursPerDay: z._default(z.number().check(z.gt(0), z.maximum(24)), 8),
  });

  /**
   * An agency's own days over the national calendar: closures (storm, local order) and openings (a desk that also
   * works or receives on Saturday mornings). An opening of kind `working` makes the day a working day for counting;
   * `reception` only opens the desk to receive dossiers, and the clock still starts on the next working day.
   */
  const AgencyOverlaySchema = z.strictObject({
    agency: nonEmpty,
    name: z.optional(z.string()),
    hours: z.optional(WorkingHoursSchema),
    closures: z._default(
      z.array(
        z.strictObject({
          from: isoDay,
          to: z.optional(isoDay),
          reason: nonEmpty,
          source: z.optional(z.string()),
        }),
      ),
      [],
    ),
    openings: z._default(
      z.array(
        z.strictObject({
          kind: z.enum(['working', 'reception']),
          from: z.optional(isoDay),
          to: z.optional(isoDay),
          /** Days of the week, 0 Sunday … 6 Saturday. */
          weekdays: z.optional(z.array(z.number().check(z.int(), z.minimum(0), z.maximum(6)))),
          dates: z.optional(z.array(isoDay)),
          sessions: SessionsSchema,
          reason: nonEmpty,
        }),
      ),
      [],
    ),
  });
  return {
    Text: TextSchema,
    HolidayId: HolidayIdSchema,
    Source: SourceSchema,
    EntryStatus: EntryStatusSchema,
    HolidayRule: HolidayRuleSchema,
    HolidayLaw: HolidayLawSchema,
    ScheduleEntry: ScheduleEntrySchema,
    ScheduleSource: ScheduleSourceSchema,
    OfficialSchedule: OfficialScheduleSchema,
    Session: SessionSchema,
    Sessions: SessionsSchema,
    WorkingHours: WorkingHoursSchema,
    AgencyOverlay: AgencyOverlaySchema,
    /** Lists, as `parseHolidayLaws` reads them (and for a portal's own schemas). */
    Laws: z.array(HolidayLawSchema),
    Schedules: z.array(OfficialScheduleSchema),
    Overlays: z.array(AgencyOverlaySchema),
  };
}

/** The calendar's data schemas (zod/mini), built once on first use. */
export type CalendarSchemas = ReturnType<typeof defineSchemas>;
let built: CalendarSchemas | undefined;

/**
 * @summary The zod/mini schemas of the calendar's data, for a portal that composes them into its own schemas.
 *
 * @description
 * The same schemas `validateSchedule` and `createCalendar` use, built on first call. Every object is strict. The
 * JSON Schema of a schedule ships as `motcua/schema/schedule.schema.json`.
 *
 * @returns `{ OfficialSchedule, ScheduleEntry, HolidayLaw, HolidayRule, WorkingHours, AgencyOverlay, … }`
 *
 * @example
 * calendarSchemas().OfficialSchedule.safeParse({ year: 2027 }).success; // false
 */
export function calendarSchemas(): CalendarSchemas {
  built ??= defineSchemas();
  return built;
}

/** A citation: the document (and article) a rule or a day comes from. */
export type Source = z.infer<CalendarSchemas['Source']>;
/** `confirmed`, `proposed` (applied only with `applyProposed`) or `not-adopted` (kept for the record, never applied). */
export type EntryStatus = z.infer<CalendarSchemas['EntryStatus']>;
/** One holiday of a law: a solar date, a lunar date, Tết's block of days, or a day with an adjacent day. */
export type HolidayRule = z.infer<CalendarSchemas['HolidayRule']>;
/** A law that grants holidays, with the dates it is in force (Labor Code 2019 Art. 112, …). */
export type HolidayLaw = z.infer<CalendarSchemas['HolidayLaw']>;
/** A {@link HolidayLaw} as written (defaults may be left out). */
export type HolidayLawInput = z.input<CalendarSchemas['HolidayLaw']>;
/** One day of an official schedule: a weekday off, a Saturday worked, or a holiday worked on purpose. */
export type ScheduleEntry = z.infer<CalendarSchemas['ScheduleEntry']>;
/** Lịch nghỉ lễ, tết — the official schedule of one year, as the calendar reads it (docs/schedules.md). */
export type OfficialSchedule = Omit<z.infer<CalendarSchemas['OfficialSchedule']>, '$schema'>;
/** An {@link OfficialSchedule} as written in JSON (`status` may be left out: `confirmed`). */
export type OfficialScheduleInput = z.input<CalendarSchemas['OfficialSchedule']>;
/** A working session, local time in Asia/Ho_Chi_Minh (`{ start: '07:30', end: '11:30' }`). */
export type Session = z.infer<CalendarSchemas['Session']>;
/** Giờ làm việc — the sessions of a working day and the hours that make one day (8). */
export type WorkingHours = z.infer<CalendarSchemas['WorkingHours']>;
/** {@link WorkingHours} as written (`hoursPerDay` may be left out: 8). */
export type WorkingHoursInput = z.input<CalendarSchemas['WorkingHours']>;
/** An agency's closures, openings and hours over the national calendar. */
export type AgencyOverlay = z.infer<CalendarSchemas['AgencyOverlay']>;
/** An {@link AgencyOverlay} as written (`closures` and `openings` may be left out). */
export type AgencyOverlayInput = z.input<CalendarSchemas['AgencyOverlay']>;
