/**
 * The typed error of the statistics, in the library's one bilingual shape (`code`, `params`, `message`,
 * `messageVi`, `path`; texts from `messages/`): a period that is not one, options a summary cannot take, a partial
 * that is not a summary's or was made with other options, an item of the source that is not a snapshot.
 */
import type { Path } from '../../shared/errors.js';
import { MotcuaError } from '../../shared/errors.js';
import type { en } from './messages/en.js';
import { report } from './messages/index.js';

/** Stable codes of {@link StatisticsError}. */
export type StatisticsErrorCode =
  | 'INVALID_PERIOD'
  | 'INVALID_SUMMARY_OPTIONS'
  | 'INVALID_PARTIAL'
  | 'INCOMPATIBLE_PARTIAL'
  | 'INVALID_SOURCE_ITEM';

/** Lỗi thống kê — a summary cannot be made or merged as asked. */
export class StatisticsError extends MotcuaError {
  override readonly name = 'StatisticsError';
  declare readonly code: StatisticsErrorCode;
}

/** Builds a {@link StatisticsError} from the message tables. */
export function statisticsError<C extends StatisticsErrorCode>(
  code: C,
  params: Parameters<(typeof en)[C]>[0],
  path: Path = [],
): StatisticsError {
  return new StatisticsError(report(code, params as never, path));
}
