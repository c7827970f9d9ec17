/**
 * Terminal outcomes of a dossier (kết quả cuối cùng) and which action leads to each. Two come from the step
 * graph — `return-result` (đã trả kết quả, DVCQG status 10) and `refuse` (không giải quyết, Decree 118/2025
 * Art. 19(3)) — and two can happen at any step, so an engine adds them to every state: `withdrawn` (the applicant
 * stops the dossier before the decision, Art. 21; DVCQG status 7) and `stopped` (dừng xử lý, e.g. a supplement not
 * completed within 15 days closes the dossier, Art. 19(5); DVCQG status 8).
 */
import { match } from 'ts-pattern';
import * as z from 'zod/mini';
import type { ActionType } from './schema/steps.js';

/** The four terminal outcomes. */
export const terminalOutcomeSchema = z.enum(['result-returned', 'refused', 'withdrawn', 'stopped']);
export type TerminalOutcome = z.infer<typeof terminalOutcomeSchema>;

/** Outcomes reachable from any step, outside the step graph (Decree 118 Art. 19(5), 21). */
export const globalOutcomes: readonly TerminalOutcome[] = ['withdrawn', 'stopped'];

/**
 * The terminal outcome an action ends the dossier with, or `undefined` when the dossier goes on.
 *
 * @param type - an action type
 * @returns the terminal outcome, or `undefined`
 * @example
 * outcomeOfAction('return-result') //=> 'result-returned'
 * outcomeOfAction('forward')       //=> undefined
 */
export function outcomeOfAction(type: ActionType): TerminalOutcome | undefined {
  return match(type)
    .with('return-result', () => 'result-returned' as const)
    .with('refuse', () => 'refused' as const)
    .with(
      'forward',
      'consult',
      'reply',
      'return',
      'request-supplement',
      'request-financial-obligation',
      'approve',
      'issue-result',
      () => undefined,
    )
    .exhaustive();
}
