/**
 * English texts of the statistics, by code: the errors of a summary (a period, options, a partial, an item of the
 * source) and the warnings a manager acts on. `vi.ts` has the same codes and parameters.
 */
import { vnClock } from '../../time.js';

/** What is wrong with a period (`INVALID_PERIOD`). */
export type PeriodProblem = 'not-an-object' | 'not-a-day' | 'not-an-instant' | 'mixed' | 'order';

/** Parameters of `INVALID_PERIOD`: the two ends as given, quoted. */
export interface PeriodParams {
  readonly problem: PeriodProblem;
  readonly from: string;
  readonly to: string;
}

/** What a summary option must be (`INVALID_SUMMARY_OPTIONS`). */
export type OptionExpected =
  | 'object'
  | 'dimensions'
  | 'positive-integer'
  | 'positive-number'
  | 'one-of'
  | 'instant';

/** Why a partial cannot be merged (`INVALID_PARTIAL`, `INCOMPATIBLE_PARTIAL`). */
export interface PartialParams {
  readonly field: string;
  readonly expected: string;
  readonly given?: string;
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
const hours = (h: number): string => `${h} working hour${h === 1 ? '' : 's'}`;

export const en = {
  INVALID_PERIOD: (p: PeriodParams) =>
    ({
      'not-an-object': `A period is { from, to }: two days YYYY-MM-DD or two instants with an offset (given ${p.from})`,
      'not-a-day': `A period's days must be real days YYYY-MM-DD (given ${p.from} … ${p.to}); 2026-02-31 is not a day, and is never rolled over to March`,
      'not-an-instant': `A period's instants must be ISO-8601 with an offset within 2014–2199 (given ${p.from} … ${p.to})`,
      mixed: `A period is two days or two instants, not one of each (given ${p.from} … ${p.to})`,
      order: `A period must start before it ends (given ${p.from} … ${p.to})`,
    })[p.problem],
  INVALID_SUMMARY_OPTIONS: (p: {
    option: string;
    expected: OptionExpected;
    given: string;
    allowed?: readonly string[];
  }) =>
    `Summary option ${p.option} must be ${
      {
        object: 'an object',
        dimensions: `a list of distinct dimensions among ${(p.allowed ?? []).join(', ')}`,
        'positive-integer': 'a whole number from 1',
        'positive-number': 'a number above 0',
        'one-of': `one of ${(p.allowed ?? []).join(', ')}`,
        instant: 'an instant with an offset within 2014–2199',
      }[p.expected]
    } (given ${p.given})`,
  INVALID_PARTIAL: (p: PartialParams) =>
    `The partial summary is not one motcua made: ${p.field} must be ${p.expected}${p.given ? ` (given ${p.given})` : ''}`,
  INCOMPATIBLE_PARTIAL: (p: PartialParams) =>
    `Partial summaries merge only when made with the same options: ${p.field} is ${p.given ?? '?'} here, ${p.expected} in the summary`,
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
