/**
 * Typed errors and rejections of the dossier engine. Both have the motcua error shape (`LocalizedError`: a stable
 * `code`, an English `message`, a Vietnamese `messageVi`, the `path` of the bad input). A {@link Rejection} is the
 * normal answer of `applyEvent` to an event that cannot be applied now (returned, never thrown); an
 * {@link EngineError} is thrown for programming errors (an unknown definition, an invalid snapshot).
 */
import type { LocalizedError } from '../calendar/index.js';

/** Why an event was not applied. */
export type RejectionCode =
  /** The event does not match its schema. */
  | 'INVALID_EVENT'
  /** The event is not allowed in the dossier's current state. */
  | 'NOT_ALLOWED'
  /** The agency named in `by` is not the one holding the dossier (or the step) now. */
  | 'WRONG_AGENCY'
  /** Several steps are open for the agency; the event must name its `step`. */
  | 'AMBIGUOUS_STEP'
  /** Optimistic concurrency: `seq` is not the snapshot's `seq + 1`. */
  | 'STALE_SEQUENCE'
  /** The event is dated before the last event applied. */
  | 'OUT_OF_ORDER'
  /** Decree 118/2025 Art. 19(5): a supplement may be requested only once during processing. */
  | 'SUPPLEMENT_ALREADY_REQUESTED'
  /** Decree 118/2025 Art. 19(5), Decree 61/2018 Art. 19(4): the notice comes within 3 working days of receipt. */
  | 'SUPPLEMENT_TOO_LATE'
  /** Decree 118/2025 Art. 21 gives the right to stop; Decree 61/2018 did not — or the decision is issued. */
  | 'WITHDRAWAL_NOT_ALLOWED'
  /** Decree 118/2025 Art. 19(6): the apology comes at least one day before the deadline, and only once. */
  | 'APOLOGY_NOT_ALLOWED'
  /**
   * STOP after the decision, or the 15-day closure (Decree 118/2025 Art. 19(5)) with no supplement awaited or
   * under Decree 61/2018.
   */
  | 'STOP_NOT_ALLOWED'
  /** The definition version is not in force on the receipt day. */
  | 'NOT_IN_FORCE';

/** Stable codes of {@link EngineError}. */
export type EngineErrorCode =
  | 'UNKNOWN_DEFINITION'
  | 'INVALID_SNAPSHOT'
  | 'INVALID_MIGRATION'
  | 'INVALID_OPTIONS';

/** Từ chối sự kiện — an event the engine refused to apply, with the reason. */
export interface Rejection extends LocalizedError {
  readonly code: RejectionCode;
}

/** Lỗi bộ máy xử lý hồ sơ — misuse of the engine (unknown definition, corrupt snapshot, invalid migration). */
export class EngineError extends Error implements LocalizedError {
  override readonly name = 'EngineError';
  readonly code: EngineErrorCode;
  readonly messageVi: string;
  readonly path: readonly (string | number)[];

  constructor(
    code: EngineErrorCode,
    message: string,
    messageVi: string,
    path: readonly (string | number)[] = [],
  ) {
    super(message);
    this.code = code;
    this.messageVi = messageVi;
    this.path = path;
  }
}

/** Builds a {@link Rejection}. */
export function rejection(
  code: RejectionCode,
  message: string,
  messageVi: string,
  path: readonly (string | number)[] = [],
): Rejection {
  return { code, message, messageVi, path };
}
