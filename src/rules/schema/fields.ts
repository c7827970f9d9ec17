/**
 * Form fields of the application (tờ khai): typed inputs that conditions, checks and fee amounts refer to by id.
 *
 * A field may carry a `default`, used when the applicant leaves it empty — so a condition over an optional
 * field is always decidable. Each type maps to a CEL type (docs/rules.md, "Expressions"): string, date and enum → `string` (a date is
 * `YYYY-MM-DD`, so string comparison is chronological), integer → `int`, number → `double`, boolean → `bool`.
 */
import { z } from 'zod';
import { limits } from '../limits.js';
import { calendarDateSchema, expressionSchema, fieldIdSchema, localizedTextSchema } from './common.js';

const common = {
  id: fieldIdSchema,
  label: localizedTextSchema,
  required: z.boolean().default(true).describe('Whether the applicant must fill it in (default true).'),
  requiredWhen: expressionSchema
    .optional()
    .describe('Required only when this condition holds (overrides `required`).'),
  help: localizedTextSchema.optional(),
};

const bound = z.number().min(-1e15).max(1e15);
const defaultText = 'Value used when the applicant leaves the field empty (the field is then never missing).';

/** A form field, discriminated by `type`. */
export const formFieldSchema = z
  .discriminatedUnion('type', [
    z.strictObject({
      ...common,
      type: z.literal('string'),
      default: z.string().max(limits.maxStringLength).optional().describe(defaultText),
      minLength: z.int().min(0).max(limits.maxStringLength).optional(),
      maxLength: z.int().min(1).max(limits.maxStringLength).optional(),
    }),
    z.strictObject({
      ...common,
      type: z.literal('integer'),
      default: z.int().min(-1e15).max(1e15).optional().describe(defaultText),
      min: z.int().min(-1e15).max(1e15).optional(),
      max: z.int().min(-1e15).max(1e15).optional(),
    }),
    z.strictObject({
      ...common,
      type: z.literal('number'),
      default: bound.optional().describe(defaultText),
      min: bound.optional(),
      max: bound.optional(),
    }),
    z.strictObject({
      ...common,
      type: z.literal('boolean'),
      default: z.boolean().optional().describe(defaultText),
    }),
    z.strictObject({
      ...common,
      type: z.literal('date'),
      default: calendarDateSchema.optional().describe(defaultText),
    }),
    z.strictObject({
      ...common,
      type: z.literal('enum'),
      default: z.string().min(1).max(200).optional().describe(defaultText),
      values: z
        .array(z.strictObject({ value: z.string().min(1).max(200), label: localizedTextSchema }))
        .min(1)
        .max(100),
    }),
  ])
  .describe('A typed field of the application form.');

export type FormField = z.infer<typeof formFieldSchema>;
export type FormFieldType = FormField['type'];
