/**
 * A procedure definition named on the command line (`try`, `diagram`), loaded with the library's
 * `safeDefineProcedure`. A file that is not a definition, or one with errors, ends the command with one line
 * that says to run `motcua check` on it (exit code 1): the located problems are `check`'s job.
 */
import { type Procedure, safeDefineProcedure } from '../rules/index.js';
import { fileKind } from './check/kind.js';
import { cliError, EXIT } from './errors.js';
import { readJson } from './files.js';

/**
 * Loads a definition file.
 *
 * @throws {CliError} as `readJson`; `NOT_A_DEFINITION`, `DEFINITION_HAS_ERRORS` (exit code 1)
 * @example
 * loadProcedure('examples/procedures/land-change-registration.json', process.cwd()).definition.code //=> '2.001458'
 */
export function loadProcedure(file: string, cwd: string): Procedure {
  const { value } = readJson(file, cwd);
  if (fileKind(value) !== 'procedure') throw cliError('NOT_A_DEFINITION', { file }, EXIT.problems);
  const result = safeDefineProcedure(value);
  if (!result.ok) {
    const count = result.problems.filter((p) => p.severity === 'error').length;
    throw cliError('DEFINITION_HAS_ERRORS', { file, count }, EXIT.problems);
  }
  return result.procedure;
}
