/**
 * The checks at the engine's public boundary: every argument a portal passes — instants, snapshots, definitions,
 * options — is checked here and a misuse throws a typed {@link EngineError} (never a bare `TypeError` from deep
 * inside), with the argument's name as its path and the bad value quoted (at most ~100 characters).
 */
import { unknownOption } from '../rules/suggest.js';
import { quote } from '../shared/messages.js';
import { type EngineError, engineError } from './errors.js';
import type { Expected } from './messages/en.js';
import { instantMs } from './time.js';

/** An argument error (`path`: where inside the argument, when it is a member of it; default the argument). */
export function badArgument(
  argument: string,
  expected: Expected,
  value: unknown,
  allowed?: readonly string[],
  path: readonly (string | number)[] = [argument],
): EngineError {
  return engineError(
    'INVALID_ARGUMENT',
    { argument, expected, given: quote(value), ...(allowed ? { allowed } : {}) },
    path,
  );
}

/** An option error. */
export function badOption(
  option: string,
  expected: Expected,
  value: unknown,
  allowed?: readonly string[],
): EngineError {
  return engineError(
    'INVALID_OPTIONS',
    { option, expected, given: quote(value), ...(allowed ? { allowed } : {}) },
    [option],
  );
}

/**
 * An instant argument (ISO-8601 with an offset, or whole epoch milliseconds, inside the calendar's years) as epoch
 * milliseconds.
 *
 * @example
 * instantArg('2026-02-10T09:30:00+07:00', 'at') //=> 1770690600000
 * instantArg('2026-02-10 09:30', 'at')          // throws EngineError INVALID_ARGUMENT, path ['at']
 */
export function instantArg(value: unknown, argument: string): number {
  const ms = instantMs(value);
  if (ms === null) throw badArgument(argument, 'instant', value);
  return ms;
}

/**
 * An options argument (or absent: `{}`) whose keys are all known: a misspelt option (`onlinePaymnt`) would else be
 * ignored and the answer silently wrong. Refused as `INVALID_OPTIONS` at the key, with the closest known one.
 *
 * @example
 * optionsArg({ onlinePaymnt: true }, 'options', ['onlinePayment']) // throws INVALID_OPTIONS, path ['onlinePaymnt']
 */
export function optionsArg<T extends object>(
  value: T | undefined | null,
  argument: string,
  known: readonly string[],
): T {
  const o = objectArg(value, argument);
  const unknown = unknownOption(o, known);
  if (unknown === null) return o;
  const { key, suggestion } = unknown;
  throw engineError(
    'INVALID_OPTIONS',
    {
      option: key,
      expected: 'known-option',
      given: quote(key),
      allowed: known,
      ...(suggestion === null ? {} : { suggestion }),
    },
    [key],
  );
}

/** A plain object argument (or absent: `{}`). */
export function objectArg<T extends object>(value: T | undefined | null, argument: string): T {
  if (value === undefined) return {} as T;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw badArgument(argument, 'object', value);
  return value;
}
