/**
 * Building blocks shared by the definition and dossier schemas: identifiers, bilingual text, calendar days,
 * expressions, administrative levels and durations.
 *
 * The calendar owns the meaning of durations; rules may import only its types, so the runtime enums below are
 * declared here and a compile-time assertion keeps them equal to the calendar's `DurationUnit` and
 * `CountingPolicy`.
 */
import { z } from 'zod';
import type { CountingPolicy, DurationUnit } from '../../calendar/units.js';
import { limits } from '../limits.js';

/** Identifier of an agency, step, document, fee or check: letters, digits, `-`, `_`; starts with a letter. */
export const idSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/)
  .describe('Identifier: a letter, then letters, digits, "-" or "_" (at most 64 characters).');

/** A form field id is also a CEL variable name, so it must be a CEL identifier (no `-`). */
export const fieldIdSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/)
  .describe('Form field id, used as a variable in expressions: letters, digits and "_" (no "-").');

const text = z.string().min(1).max(limits.maxStringLength);

/** Bilingual text: Vietnamese (authoritative) and English (optional). */
export const localizedTextSchema = z
  .strictObject({
    vi: text.describe('Vietnamese text (authoritative).'),
    en: text.optional().describe('English text.'),
  })
  .describe('Bilingual text: Vietnamese required, English optional.');

/** A calendar day `YYYY-MM-DD` (checked to be a real day). */
export const calendarDateSchema = z.iso.date().describe('A calendar day, YYYY-MM-DD.');

/** A CEL expression (see docs/rules.md, "Expressions"). Type-checked against the form fields at load. */
export const expressionSchema = z
  .string()
  .min(1)
  .max(limits.maxExpressionLength)
  .describe(
    'A CEL expression over the form fields and `channel` ("in-person" | "post" | "online"), e.g. `hasSeveralResidences || isForeigner`.',
  );

/**
 * Administrative level (cấp). The district level (cấp huyện) was abolished on 01/07/2025 (two-tier local
 * government), so a definition in force after 30/06/2025 may not use it (lint `DISTRICT_LEVEL_ABOLISHED`).
 */
export const levelSchema = z
  .enum(['central', 'province', 'district', 'commune'])
  .describe('Administrative level: central, province, district (abolished 01/07/2025) or commune.');

/** Units of a time limit — must equal the calendar's `DurationUnit`. */
export const durationUnitSchema = z
  .enum(['working-days', 'working-hours', 'calendar-days', 'months'])
  .describe('Unit of a time limit: working-days (most common), working-hours, calendar-days, months.');

/** Appointment-date counting policies — must equal the calendar's `CountingPolicy`. */
export const countingPolicySchema = z
  .enum(['working-hours', 'working-days-cutoff', 'civil-code'])
  .describe('How the appointment date is counted (see docs/calendar.md).');

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type AssertTrue<T extends true> = T;
/** Compile-time proof that the enums above equal the calendar's types (a type error here if they drift). */
export type CalendarTypesMatch = [
  AssertTrue<Equals<z.infer<typeof durationUnitSchema>, DurationUnit>>,
  AssertTrue<Equals<z.infer<typeof countingPolicySchema>, CountingPolicy>>,
];

/** A time limit: a positive amount in a unit. Fractions allowed (0.5 working day). */
export const durationSchema = z
  .strictObject({
    amount: z.number().positive().max(10_000).describe('Amount, fractions allowed (0.5).'),
    unit: durationUnitSchema,
  })
  .describe('A time limit: `{ "amount": 3, "unit": "working-days" }`.');

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Level = z.infer<typeof levelSchema>;
export type DurationData = z.infer<typeof durationSchema>;
