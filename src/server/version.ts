/**
 * The version of the installed package, shown by `/health` and in the OpenAPI document: read from package.json,
 * two folders up from this module (src/server/ in a clone, dist/server/ or dist/cli/ when built).
 */
import { readFileSync } from 'node:fs';

/**
 * The package's version, or `0.0.0` when its package.json cannot be read.
 *
 * @example
 * packageVersion() //=> '0.1.0'
 */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
