/**
 * Building blocks shared by the definition and dossier schemas: identifiers, bilingual text, calendar days,
 * expressions, administrative levels and durations. Written with `zod/mini` (tree-shakable: a browser form
 * bundles only what it parses); titles and descriptions for editors live apart, in `jsonSchema/docs.ts`, so
 * they stay out of the runtime bundle.
 *
 * The calendar owns the meaning of durations; rules may import only its types, so the runtime enums below are
 * declared here and a compile-time assertion keeps them equal to the calendar's `DurationUnit` and
 * `CountingPolicy`.
 */
import * as z from 'zod/mini';
import type { CountingPolicy, DurationUnit } from '../../calendar/units.js';
import { limits } from '../limits.js';

/** Identifier of an agency, step, document, fee or check: letters, digits, `-`, `_`; starts with a letter. */
export const idSchema = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/));

/** A form field id is also a CEL variable name, so it must be a CEL identifier (no `-`). */
export const fieldIdSchema = z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/));

const text = () => z.string().check(z.minLength(1), z.maxLength(limits.maxStringLength));

/** Bilingual text: Vietnamese (authoritative) and English (optional). */
export const localizedTextSchema = z.strictObject({ vi: text(), en: z.optional(text()) });

/** A calendar day `YYYY-MM-DD` (checked to be a real day). */
export const calendarDateSchema = z.iso.date();

/** A CEL expression (docs/rules.md, "Expressions"). Type-checked and cost-bounded against the form fields at load. */
export const expressionSchema = z.string().check(z.minLength(1), z.maxLength(limits.maxExpressionLength));

/**
 * Administrative level (cấp). The district level (cấp huyện) was abolished on 01/07/2025 (two-tier local
 * government), so a definition in force after 30/06/2025 may not use it (lint `DISTRICT_LEVEL_ABOLISHED`).
 */
export const levelSchema = z.enum(['central', 'province', 'district', 'commune']);

/** Units of a time limit — must equal the calendar's `DurationUnit`. */
export const durationUnitSchema = z.enum(['working-days', 'working-hours', 'calendar-days', 'months']);

/** Appointment-date counting policies — must equal the calendar's `CountingPolicy`. */
export const countingPolicySchema = z.enum(['working-hours', 'working-days-cutoff', 'civil-code']);

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type AssertTrue<T extends true> = T;
/** Compile-time proof that the enums above equal the calendar's types (a type error here if they drift). */
export type CalendarTypesMatch = [
  AssertTrue<Equals<z.infer<typeof durationUnitSchema>, DurationUnit>>,
  AssertTrue<Equals<z.infer<typeof countingPolicySchema>, CountingPolicy>>,
];

/** A time limit: a positive amount in a unit. Fractions allowed (0.5 working day). */
export const durationSchema = z.strictObject({
  amount: z.number().check(z.positive(), z.maximum(10_000)),
  unit: durationUnitSchema,
});

/** Same day (trả ngay): the one way to write a limit of zero (Decree 118/2025 Art. 17(4)); `amount: 0` is refused. */
export const immediateSchema = z.strictObject({ type: z.literal('immediate') });

/**
 * A period a step, a result or a variant has: the same day (`{ "type": "immediate" }`), or a duration
 * (`{ "amount": 2, "unit": "working-days" }`, `"type": "duration"` optional).
 */
export const periodSchema = z.union([
  immediateSchema,
  z.strictObject({ type: z.optional(z.literal('duration')), ...durationSchema.shape }),
]);

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Level = z.infer<typeof levelSchema>;
export type DurationData = z.infer<typeof durationSchema>;
/** A period: the same day, or a duration. */
export type Period = z.infer<typeof periodSchema>;

/** A legal document a rule rests on (căn cứ pháp lý): the document, its articles, its title. */
export const legalBasisSchema = z.strictObject({
  document: z.string().check(z.minLength(1), z.maxLength(300)),
  articles: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(50))),
  title: z.optional(z.string().check(z.minLength(1), z.maxLength(1000))),
});

export type LegalBasis = z.infer<typeof legalBasisSchema>;
