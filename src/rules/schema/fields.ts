/**
 * Form fields of the application (tờ khai): typed inputs that conditions, checks and fee amounts refer to by id.
 *
 * A field may carry a `default`, used when the applicant leaves it empty — so a condition over an optional
 * field is always decidable. Each type maps to a CEL type (docs/rules.md, "Expressions"): string, date and enum →
 * `string` (a date is `YYYY-MM-DD`, so string comparison is chronological), integer → `int`, number → `double`,
 * boolean → `bool`. A string field holds at most `maxLength` characters (default `limits.defaultStringMaxLength`,
 * 1,000): the cost bound of the expressions reading it is computed from that length.
 */
import * as z from 'zod/mini';
import { limits } from '../limits.js';
import { calendarDateSchema, expressionSchema, fieldIdSchema, localizedTextSchema } from './common.js';

const common = {
  id: fieldIdSchema,
  label: localizedTextSchema,
  required: z._default(z.boolean(), true),
  requiredWhen: z.optional(expressionSchema),
  help: z.optional(localizedTextSchema),
};

const bound = () => z.number().check(z.minimum(-1e15), z.maximum(1e15));
const intBound = () => z.int().check(z.minimum(-1e15), z.maximum(1e15));
const length = () => z.int().check(z.minimum(0), z.maximum(limits.maxStringLength));

/** A form field, discriminated by `type`. */
export const formFieldSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...common,
    type: z.literal('string'),
    default: z.optional(z.string().check(z.maxLength(limits.maxStringLength))),
    minLength: z.optional(length()),
    maxLength: z.optional(z.int().check(z.minimum(1), z.maximum(limits.maxStringLength))),
  }),
  z.strictObject({
    ...common,
    type: z.literal('integer'),
    default: z.optional(intBound()),
    min: z.optional(intBound()),
    max: z.optional(intBound()),
  }),
  z.strictObject({
    ...common,
    type: z.literal('number'),
    default: z.optional(bound()),
    min: z.optional(bound()),
    max: z.optional(bound()),
  }),
  z.strictObject({ ...common, type: z.literal('boolean'), default: z.optional(z.boolean()) }),
  z.strictObject({ ...common, type: z.literal('date'), default: z.optional(calendarDateSchema) }),
  z.strictObject({
    ...common,
    type: z.literal('enum'),
    default: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    values: z
      .array(
        z.strictObject({
          value: z.string().check(z.minLength(1), z.maxLength(200)),
          label: localizedTextSchema,
        }),
      )
      .check(z.minLength(1), z.maxLength(100)),
  }),
]);

export type FormField = z.infer<typeof formFieldSchema>;
export type FormFieldType = FormField['type'];
