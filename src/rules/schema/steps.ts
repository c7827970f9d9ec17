/**
 * Processing steps as a graph (quy trình nội bộ). Each step is done by one agency in one role, takes a share of
 * the total time, and lists the actions allowed from it. The graph is plain data and is designed to compile into
 * an XState machine: steps are states, actions are named transitions (`forward` → `FORWARD`), a `consult` is a
 * parallel state whose regions start at the branch steps, finish on `reply`, and join at `join`.
 *
 * Terminal outcomes: `return-result` ends with the result returned (đã trả kết quả), `refuse` with a refusal
 * (Decree 118 Art. 19(3)). Withdrawal (Art. 21) and stopping (closure when a supplement is not completed within
 * 15 days, Art. 19(5)) can happen at any step, so they are engine-wide transitions, not listed per step.
 */
import * as z from 'zod/mini';
import {
  durationSchema,
  expressionSchema,
  idSchema,
  legalBasisSchema,
  localizedTextSchema,
} from './common.js';

/** What a step's own limit adds to its period (see `stepSchema.limit`). */
const stepLimitExtras = {
  completion: z.optional(durationSchema),
  withinTotal: z._default(z.boolean(), false),
  basis: z.optional(legalBasisSchema),
};

/** An action allowed from a step, discriminated by `type`. */
export const actionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('forward'), to: idSchema, when: z.optional(expressionSchema) }),
  z.strictObject({
    type: z.literal('consult'),
    branches: z.array(idSchema).check(z.minLength(1), z.maxLength(20)),
    join: idSchema,
  }),
  z.strictObject({ type: z.literal('reply'), result: z.optional(idSchema) }),
  z.strictObject({ type: z.literal('return'), to: idSchema }),
  z.strictObject({ type: z.literal('request-supplement') }),
  z.strictObject({ type: z.literal('request-financial-obligation'), to: idSchema }),
  z.strictObject({ type: z.literal('refuse') }),
  z.strictObject({ type: z.literal('approve'), to: idSchema }),
  z.strictObject({ type: z.literal('issue-result'), to: idSchema, result: z.optional(idSchema) }),
  z.strictObject({ type: z.literal('return-result') }),
]);

/** What a step is for (vai trò). */
export const stepRoleSchema = z.enum([
  'receive',
  'review',
  'verify',
  'consult',
  'decide',
  'issue',
  'collect',
  'return',
]);

/** A processing step. */
export const stepSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  agency: idSchema,
  role: stepRoleSchema,
  time: z._default(z.number().check(z.minimum(0), z.maximum(10_000)), 0),
  /**
   * The step's own legal limit, counted from the day its agency actually receives the dossier (police 15 working
   * days, social insurance 10), besides its planned `time` share of the total; `completion`: more when the agency
   * must have the dossier completed (a supplement asked during the step); `withinTotal`: the law keeps it within
   * the procedure's total (lint `STEP_LIMIT_EXCEEDS_TOTAL`). Needs its legal basis.
   */
  limit: z.optional(
    z.union([
      z.strictObject({ type: z.literal('immediate'), ...stepLimitExtras }),
      z.strictObject({
        type: z.optional(z.literal('duration')),
        ...durationSchema.shape,
        ...stepLimitExtras,
      }),
    ]),
  ),
  actions: z.array(actionSchema).check(z.minLength(1), z.maxLength(20)),
});

export type Action = z.infer<typeof actionSchema>;
export type ActionType = Action['type'];
export type Step = z.infer<typeof stepSchema>;
export type StepRole = z.infer<typeof stepRoleSchema>;
