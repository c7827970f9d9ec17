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
import { z } from 'zod';
import { expressionSchema, idSchema, localizedTextSchema } from './common.js';

const to = idSchema.describe('Target step id.');

/** An action allowed from a step, discriminated by `type`. */
export const actionSchema = z
  .discriminatedUnion('type', [
    z
      .strictObject({
        type: z.literal('forward'),
        to,
        when: expressionSchema.optional().describe('Take this transition only when the condition holds.'),
      })
      .describe('Forward the dossier to the next step (chuyển xử lý).'),
    z
      .strictObject({
        type: z.literal('consult'),
        branches: z.array(idSchema).min(1).max(20).describe('First step of each parallel branch.'),
        join: idSchema.describe('Step that continues once every branch has replied.'),
      })
      .describe(
        'Consult several agencies in parallel (Decree 118 Art. 19(4), 20(2)); each branch ends with `reply`.',
      ),
    z.strictObject({ type: z.literal('reply') }).describe('Finish a consultation branch (trả lời ý kiến).'),
    z
      .strictObject({ type: z.literal('return'), to })
      .describe('Send the dossier back to an earlier step (trả lại để xử lý lại).'),
    z
      .strictObject({ type: z.literal('request-supplement') })
      .describe('Ask the applicant to supplement the dossier (Decree 118 Art. 19(5)); resumes at this step.'),
    z
      .strictObject({ type: z.literal('request-financial-obligation'), to })
      .describe(
        'Ask the applicant to meet financial obligations (nghĩa vụ tài chính); continues at `to` once paid.',
      ),
    z.strictObject({ type: z.literal('refuse') }).describe('Refuse, with reasons (terminal: refused).'),
    z.strictObject({ type: z.literal('approve'), to }).describe('Approve (phê duyệt) and continue at `to`.'),
    z
      .strictObject({ type: z.literal('issue-result'), to })
      .describe('Issue the result document (ban hành kết quả) and send it on to `to`, usually the desk.'),
    z
      .strictObject({ type: z.literal('return-result') })
      .describe('Return the result to the applicant (terminal: result returned, Decree 118 Art. 22).'),
  ])
  .describe('An action allowed from a step.');

/** What a step is for (vai trò). */
export const stepRoleSchema = z
  .enum(['receive', 'review', 'verify', 'consult', 'decide', 'issue', 'collect', 'return'])
  .describe(
    'receive (tiếp nhận), review (thẩm định), verify (xác minh), consult (lấy ý kiến), decide (quyết định), issue (ban hành), collect (thu nghĩa vụ tài chính), return (trả kết quả).',
  );

/** A processing step. */
export const stepSchema = z
  .strictObject({
    id: idSchema,
    name: localizedTextSchema,
    agency: idSchema.describe('Agency doing the step.'),
    role: stepRoleSchema,
    time: z
      .number()
      .min(0)
      .max(10_000)
      .default(0)
      .describe("Share of the total time limit, in the limit's unit (0.5 = half a working day)."),
    actions: z.array(actionSchema).min(1).max(20),
  })
  .describe('A processing step.');

export type Action = z.infer<typeof actionSchema>;
export type ActionType = Action['type'];
export type Step = z.infer<typeof stepSchema>;
export type StepRole = z.infer<typeof stepRoleSchema>;
