/**
 * Typed errors of the calendar. Every error has a stable `code` a portal can switch on, an English `message`,
 * a Vietnamese `messageVi`, and the `path` of the bad input (`['date']`, `['options', 'hours', 0]`, …).
 */

/** Stable codes of {@link CalendarError}. */
export type CalendarErrorCode =
  | 'INVALID_DATE'
  | 'INVALID_INSTANT'
  | 'INVALID_COUNT'
  | 'OUT_OF_RANGE'
  | 'INVALID_YEAR'
  | 'INVALID_LUNAR_DATE'
  | 'INVALID_SCHEDULE'
  | 'INVALID_OPTIONS';

/** The shape every motcua error shares, so other modules can make their own classes alike. */
export interface LocalizedError {
  readonly code: string;
  readonly message: string;
  readonly messageVi: string;
  readonly path: readonly (string | number)[];
}

/** Lỗi lịch — an invalid date, count, range or schedule given to the calendar. */
export class CalendarError extends Error implements LocalizedError {
  override readonly name = 'CalendarError';
  readonly code: CalendarErrorCode;
  readonly messageVi: string;
  readonly path: readonly (string | number)[];
  /** Every problem found, when the input was data (a schedule, options): the first one is also `path`. */
  readonly issues: readonly { readonly path: readonly (string | number)[]; readonly message: string }[];

  constructor(
    code: CalendarErrorCode,
    message: string,
    messageVi: string,
    path: readonly (string | number)[] = [],
    issues: readonly { readonly path: readonly (string | number)[]; readonly message: string }[] = [],
  ) {
    super(message);
    this.code = code;
    this.messageVi = messageVi;
    this.path = path;
    this.issues = issues;
  }
}

/** Shows a bad input in a message without echoing megabytes of it. */
export function describeInput(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  return typeof value;
}
