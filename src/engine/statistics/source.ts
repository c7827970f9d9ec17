/**
 * The items a summary reads: a snapshot (one an engine of this program made, read as it is; any other object — a
 * row read back from a database, a copy with a key added — checked as data from outside), a persisted snapshot
 * (`engine.persist`), or either as JSON text (one line of an NDJSON file). Data from outside is checked as `restore`
 * checks its shape (the persisted form by the statistics' reader of it, which checks the same), or — with
 * `check: 'restore'` — by `restore` itself (shape, then the facts' consistency with each other and the definition).
 * A refusal is the engine's `INVALID_SNAPSHOT` with the item's index in its path, or `INVALID_SOURCE_ITEM`.
 */
import { quote } from '../../shared/messages.js';
import type { ApplyEnvironment } from '../apply/apply.js';
import { EngineError, engineError } from '../errors.js';
import { isOwnSnapshot } from '../snapshot/own.js';
import type { PersistedSnapshot } from '../snapshot/persist.js';
import { decodeReadableSnapshot, restoreSnapshot } from '../snapshot/restore.js';
import type { DossierSnapshot } from '../snapshot/schema.js';
import { isRecord, ShapeError } from '../snapshot/shape.js';
import { statisticsError } from './errors.js';
import { type DossierFacts, factsOfSnapshot } from './facts.js';
import { readPersisted } from './persisted.js';

/** Whether `x` has the iterator of `key` (`Symbol.iterator`, `Symbol.asyncIterator`). */
export const hasIterator = (x: unknown, key: symbol): boolean =>
  x !== null &&
  (typeof x === 'object' || typeof x === 'function') &&
  typeof (x as Record<symbol, unknown>)[key] === 'function';

/** What a summary reads: a snapshot, a persisted snapshot (or any parsed JSON, checked), or either as JSON text. */
export type SummaryItem = DossierSnapshot | PersistedSnapshot | string | Readonly<Record<string, unknown>>;

/** How items from outside are checked: their shape (default), or everything `restore` checks. */
export type SummaryCheck = 'shape' | 'restore';

/** The longest JSON text an item may be (a 20-event dossier persists in about 1.6 KB). */
export const MAX_ITEM_LENGTH = 1_000_000;

/** The facts of an item (`index`: its place in the source, for the error's path). */
export function readItem(
  env: ApplyEnvironment,
  item: unknown,
  index: number,
  check: SummaryCheck,
): DossierFacts {
  let data: unknown = item;
  if (typeof item === 'string') {
    if (item.length > MAX_ITEM_LENGTH)
      throw statisticsError('INVALID_SOURCE_ITEM', { index, problem: 'too-long', max: MAX_ITEM_LENGTH }, [
        'source',
        index,
      ]);
    try {
      data = JSON.parse(item);
    } catch {
      throw statisticsError('INVALID_SOURCE_ITEM', { index, problem: 'not-json' }, ['source', index]);
    }
  }
  if (!isRecord(data))
    throw statisticsError('INVALID_SOURCE_ITEM', { index, problem: 'not-a-snapshot' }, ['source', index]);
  const persisted = Object.hasOwn(data, 'v');
  if (!persisted && !Object.hasOwn(data, 'format'))
    throw statisticsError('INVALID_SOURCE_ITEM', { index, problem: 'not-a-snapshot' }, ['source', index]);
  try {
    if (check === 'restore') return factsOfSnapshot(restoreSnapshot(env, data));
    if (persisted) return readPersisted(data);
    // A snapshot an engine made is read as it is; any other object is checked as its text would be: a portal's
    // rows are often parsed objects (a JSONB column), or copies with a key of its own added.
    return factsOfSnapshot(isOwnSnapshot(data) ? (data as DossierSnapshot) : decodeReadableSnapshot(data));
  } catch (e) {
    if (e instanceof ShapeError)
      throw engineError(
        'INVALID_SNAPSHOT',
        {
          problem: e.problem,
          field: e.path.join('.'),
          expected: e.expected,
          ...(e.problem === 'format' ? { given: quote(persisted ? data.v : data.format) } : {}),
        },
        ['source', index, ...e.path],
      );
    if (e instanceof EngineError)
      throw new EngineError({ ...e.toJSON(), path: ['source', index, ...e.path] });
    throw e;
  }
}
