/**
 * Keys of the compiled expressions of a loaded procedure: the expression's path in the definition joined with
 * `/`. The engine stores the value of each step action's `when` under the same key (in a dossier's snapshot and
 * its migration), so the key is written here once.
 */
import type { ProblemPath } from './problems.js';

/**
 * Key of an expression in `Procedure.expressions`: its path joined with `/`.
 *
 * @param path - the expression's path, e.g. `['fees', 0, 'amount', 'expr']`
 * @returns `'fees/0/amount/expr'`
 * @example
 * expressionKey(['timing', 'variants', 0, 'when']) //=> 'timing/variants/0/when' (judicial record: 15 days)
 */
export function expressionKey(path: ProblemPath): string {
  return path.join('/');
}

/**
 * Key of a step action's `when` condition (a conditional `forward`), as the engine's compiler, `createEngine`
 * and `migrate` store it.
 *
 * @param stepIndex - index of the step in `steps`
 * @param actionIndex - index of the action in the step's `actions`
 * @returns `steps/<step>/actions/<action>/when`
 * @example
 * // Marriage registration: the desk forwards to verification only when it is needed.
 * actionConditionKey(0, 0) //=> 'steps/0/actions/0/when'
 */
export function actionConditionKey(stepIndex: number, actionIndex: number): string {
  return expressionKey(['steps', stepIndex, 'actions', actionIndex, 'when']);
}
