/**
 * English texts of the statistics, by code: the errors of a summary (a period, options, a partial, an item of the
 * source) and the warnings a manager acts on. `vi.ts` has the same codes and parameters.
 */
import { type InputIssueCode, inputMessagesEn } from '../../../shared/guard.js';
import { vnClock } from '../../time.js';

/** What is wrong with a period (`INVALID_PERIOD`). */
export type PeriodProblem =
  | 'not-an-object'
  | 'not-a-month'
  | 'not-a-day'
  | 'out-of-range'
  | 'not-an-instant'
  | 'mixed'
  | 'order';

/** Parameters of `INVALID_PERIOD`: the two ends as given, quoted. */
export interface PeriodParams {
  readonly problem: PeriodProblem;
  readonly from: string;
  readonly to: string;
  /** A day written another way (01/03/2026), as it is written: `2026-03-01`. */
  readonly hint?: string;
}

/** What a summary option must be (`INVALID_SUMMARY_OPTIONS`). */
export type OptionExpected =
  | 'object'
  | 'dimensions'
  | 'positive-integer'
  | 'positive-number'
  | 'one-of'
  | 'instant'
  | 'after-start'
  | 'known-option';

/** What a value of a partial must be (`INVALID_PARTIAL`): a code, so each language writes its own text. */
export type PartialExpected =
  | 'safe-json'
  | 'json'
  | 'format'
  | 'count'
  | 'object'
  | 'counters'
  | 'histogram'
  | 'bucket'
  | 'buckets'
  | 'results'
  | 'result'
  | 'lists'
  | 'list'
  | 'at-least'
  | 'entry'
  | 'no-key'
  | 'type'
  | 'groups'
  | 'group-key'
  | 'unique-key'
  | 'not-itself'
  | 'shards'
  | 'not-merged'
  | 'partial-not-snapshot';

/** The type a warning's parameter must have in a partial. */
export type ParamType = 'string' | 'number' | 'boolean' | 'string?';

/** Why a partial cannot be merged (`INVALID_PARTIAL`): the value's place, what it must be, what it was. */
export interface PartialParams {
  readonly field: string;
  readonly expected: PartialExpected;
  /** The number in the expectation (how many counts, the highest bucket, at most how many entries). */
  readonly n?: number;
  readonly type?: ParamType;
  /** For `format`: the format a partial has. */
  readonly format?: string;
  readonly given?: string;
  /** For `safe-json`: the guard's own issue, with its parameters beside it. */
  readonly inputCode?: InputIssueCode;
}

/** Why partials made with other options cannot merge (`INCOMPATIBLE_PARTIAL`): the option, both values as JSON. */
export interface IncompatibleParams {
  readonly field: string;
  readonly expected: string;
  readonly given: string;
}

/** The reasons a partial cannot be merged although motcua may have made it. */
export const MERGE_REFUSALS: ReadonlySet<string> = new Set([
  'json',
  'not-itself',
  'not-merged',
  'partial-not-snapshot',
]);

const TYPE_EN: Readonly<Record<ParamType, string>> = {
  string: 'a text',
  number: 'a finite number',
  boolean: 'true or false',
  'string?': 'a text or null',
};

/** What a bad value of a partial must be, as the rest of a sentence whose subject is the value. */
function partialExpectedEn(p: PartialParams): string {
  const n = (p.n ?? 0).toLocaleString('en');
  switch (p.expected) {
    case 'safe-json': {
      const issue = p.inputCode
        ? (inputMessagesEn[p.inputCode] as unknown as (x: PartialParams) => string)(p)
        : '';
      return `must be safe plain JSON within a partial's limits (${issue})`;
    }
    case 'format':
      return `must have the format "${p.format ?? ''}"`;
    case 'count':
      return 'must be a whole number from 0';
    case 'object':
      return 'must be an object';
    case 'counters':
      return `must be a list of ${n} counts`;
    case 'histogram':
      return 'must be a list of [bucket, count]';
    case 'bucket':
      return 'must be [bucket, count]';
    case 'buckets':
      return `must hold buckets in increasing order up to ${n}, counts from 1`;
    case 'results':
      return 'must be a list of [result id, 5 counts]';
    case 'result':
      return 'must be [result id, 5 counts], in the order of the ids';
    case 'lists':
      return 'must be an object of lists';
    case 'list':
      return `must be { count, entries } with at most ${n} entries`;
    case 'at-least':
      return `must be at least the ${n} entries listed`;
    case 'entry':
      return 'must be { pressure, key, params }';
    case 'no-key':
      return 'must be absent (no such key)';
    case 'type':
      return `must be ${TYPE_EN[p.type ?? 'string']}`;
    case 'groups':
      return 'must be a list';
    case 'group-key':
      return `must be a list of ${n} texts`;
    case 'unique-key':
      return 'must be the key of one group only';
    case 'shards':
      return 'must be a list of distinct summary ids (16 hex digits)';
    // The partial may be motcua's own: what is wrong is the merge, said as such.
    case 'json':
      return `must be the JSON text of exactly one partial, at most ${n} characters`;
    case 'not-itself':
      return 'is this very summary: merged with itself, a summary would count its dossiers twice';
    case 'not-merged':
      return 'is counted in this summary already (merged before, or its own partial): merged again, its dossiers would count twice';
    case 'partial-not-snapshot':
      return "is a snapshot, not a summary's partial: snapshots are read with `add`, one at a time";
  }
}

/** Why an item of a summary's source is refused (`INVALID_SOURCE_ITEM`). */
export type SourceProblem = 'not-iterable' | 'not-json' | 'too-long' | 'not-a-snapshot';

/** Common parameters of a warning: the dossier, its procedure and the agency holding it. */
export interface WarningBase {
  /** The dossier code (mã hồ sơ), or `null` before receipt. */
  readonly dossierCode: string | null;
  readonly procedure: string;
  /** The agency holding the dossier (agencies, comma-separated, when several branches hold it). */
  readonly agency: string;
  /** The working time concerned, in working hours. */
  readonly hours: number;
}

const code = (c: string | null): string => (c === null ? '(no code yet)' : c);
const givenEn = (g: string): string => (g === 'undefined' ? 'not given' : `given ${g}`);
const hours = (h: number): string => `${h} working hour${h === 1 ? '' : 's'}`;

export const en = {
  INVALID_PERIOD: (p: PeriodParams) =>
    ({
      'not-an-object': `A period is { from, to }: two days YYYY-MM-DD or two instants with an offset (${givenEn(p.from)})`,
      'not-a-month': `A month is YYYY-MM within 2014–2199 (given ${p.from})`,
      'not-a-day': `A period's days must be real days YYYY-MM-DD (given ${p.from} … ${p.to})${p.hint ? `; write ${p.hint}` : '; a day that does not exist (2026-02-31) is never rolled over to the next month'}`,
      'out-of-range': `A period's days must be within the calendar's years 2014–2199 (given ${p.from} … ${p.to})`,
      'not-an-instant': `A period's instants must be ISO-8601 with an offset within 2014–2199 (given ${p.from} … ${p.to})`,
      mixed: `A period is two days or two instants, not one of each (given ${p.from} … ${p.to})`,
      order: `A period must start before it ends (given ${p.from} … ${p.to})`,
    })[p.problem],
  INVALID_SUMMARY_OPTIONS: (p: {
    option: string;
    expected: OptionExpected;
    given: string;
    allowed?: readonly string[];
    /** The option an unknown one is most likely a typo of (`asof` → `asOf`). */
    suggestion?: string;
  }) =>
    `Summary option ${p.option} must be ${
      {
        object: 'an object',
        dimensions: `a list of distinct dimensions among ${(p.allowed ?? []).join(', ')}`,
        'positive-integer': 'a whole number from 1',
        'positive-number': 'a number above 0',
        'one-of': `one of ${(p.allowed ?? []).join(', ')}`,
        instant: 'an instant with an offset within 2014–2199',
        'after-start': "an instant not before the period's start",
        'known-option': `one of ${(p.allowed ?? []).join(', ')}`,
      }[p.expected]
    } (${givenEn(p.given)})${p.suggestion ? `; did you mean ${p.suggestion}?` : ''}`,
  INVALID_PARTIAL: (p: PartialParams) =>
    `${MERGE_REFUSALS.has(p.expected) ? 'Cannot merge' : 'The partial summary is not one motcua made'}: ${p.expected === 'not-merged' ? `summary ${p.given ?? ''}` : p.field || 'the value given'} ${partialExpectedEn(p)}${p.given && p.expected !== 'not-merged' ? ` (given ${p.given})` : ''}`,
  INCOMPATIBLE_PARTIAL: (p: IncompatibleParams) =>
    `Partial summaries merge only when made with the same options: ${p.field} is ${p.given} here, ${p.expected} in the summary`,
  INVALID_SOURCE_ITEM: (p: { index: number; problem: SourceProblem; max?: number }) =>
    ({
      'not-iterable': 'The source of a summary must be an Iterable or an AsyncIterable of snapshots',
      'not-json': `Item ${p.index} of the source is not JSON`,
      'too-long': `Item ${p.index} of the source is longer than ${p.max ?? 0} characters`,
      'not-a-snapshot': `Item ${p.index} of the source is not a snapshot (readable or persisted form)`,
    })[p.problem],
  DUE_SOON: (p: WarningBase & { due: string }) =>
    `Dossier ${code(p.dossierCode)} (${p.procedure}) at ${p.agency} is due ${vnClock(p.due)}: ${hours(p.hours)} left`,
  OVERDUE: (p: WarningBase & { due: string }) =>
    `Dossier ${code(p.dossierCode)} (${p.procedure}) at ${p.agency} was due ${vnClock(p.due)}: ${hours(p.hours)} late`,
  STEP_HELD: (p: WarningBase & { step: string; since: string; shareHours: number; due: string | null }) =>
    `Dossier ${code(p.dossierCode)} (${p.procedure}) has been at ${p.agency} (step ${p.step}) since ${vnClock(p.since)}: ${hours(p.hours)}, for a share of ${hours(p.shareHours)}${p.due === null ? '' : `; the step was due ${vnClock(p.due)}`}`,
  SUPPLEMENT_REQUEST_LATE: (p: WarningBase & { at: string; window: string }) =>
    `Dossier ${code(p.dossierCode)} (${p.procedure}): ${p.agency} asked for a supplement at ${vnClock(p.at)}, ${hours(p.hours)} after the 3 working days allowed (${vnClock(p.window)})`,
  APOLOGY_LATE: (p: WarningBase & { at: string; due: string }) =>
    `Dossier ${code(p.dossierCode)} (${p.procedure}) at ${p.agency}: the apology was sent ${vnClock(p.at)}, ${hours(p.hours)} before the appointment of ${vnClock(p.due)} (less than one working day)`,
  ONLINE_ACCEPTANCE_LATE: (p: WarningBase & { submittedAt: string; acceptBy: string; accepted: boolean }) =>
    `Online dossier ${code(p.dossierCode)} (${p.procedure}) sent ${vnClock(p.submittedAt)} ${p.accepted ? 'was accepted' : 'is still not accepted'} by ${p.agency} after ${hours(p.hours)}; the 8 working hours ended ${vnClock(p.acceptBy)}`,
};
