/**
 * Typed errors and rejections of the dossier engine, in the library's one bilingual shape (`code`, `params`,
 * `message`, `messageVi`, `path`; texts from `messages/`). A {@link Rejection} is the normal answer of
 * `applyEvent` to an event that cannot be applied now — returned, never thrown, the snapshot unchanged; an
 * {@link EngineError} is thrown for misuse (an unknown definition, a corrupt or edited snapshot, bad options).
 */
import type { LocalizedError, Path } from '../shared/errors.js';
import { MotcuaError } from '../shared/errors.js';
import type { en } from './messages/en.js';
import { report } from './messages/index.js';

/** Why an event was not applied. */
export type RejectionCode =
  /** The event does not match its schema (or its form values the definition's form). */
  | 'INVALID_EVENT'
  /** The event is not allowed in the dossier's current state; the message lists what is. */
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
  /**
   * Decree 118/2025 Art. 19(6), 12(5): the apology comes at least one day before the deadline, once, and moves
   * the appointment later — by no more than the procedure allows.
   */
  | 'APOLOGY_NOT_ALLOWED'
  /** STOP after the decision, or the 15-day closure (Art. 19(5)) with no supplement awaited or under Decree 61. */
  | 'STOP_NOT_ALLOWED'
  /** The definition version is not in force on the receipt day. */
  | 'NOT_IN_FORCE'
  /** The event carries a recorded hash that its content and the history before it do not give. */
  | 'HASH_MISMATCH'
  /** A MIGRATE event the dossier cannot take (another procedure, a missing step, during a consultation, …). */
  | 'INVALID_MIGRATION'
  /** The implementing office or the delivery chosen is not one the definition offers. */
  | 'CHOICE_NOT_OFFERED'
  /** The definition is carried out by several kinds of office: SUBMIT names the one chosen. */
  | 'IMPLEMENTER_REQUIRED'
  /** RETURN_RESULT names a result not issued, already handed back, or unknown — or results are still pending. */
  | 'RESULT_NOT_RETURNABLE'
  /** FEE_PAID twice, or in a procedure without fees. */
  | 'FEE_NOT_ALLOWED'
  /** EXTEND where the procedure allows none, twice, too late, or longer than it allows. */
  | 'EXTENSION_NOT_ALLOWED'
  /** RECEIVE records a document as reused (taken from electronic data) where the definition does not allow it. */
  | 'REUSE_NOT_ALLOWED';

/** Stable codes of {@link EngineError}. */
export type EngineErrorCode =
  | 'UNKNOWN_DEFINITION'
  | 'INVALID_SNAPSHOT'
  | 'INVALID_OPTIONS'
  | 'INVALID_ARGUMENT';

/** Từ chối sự kiện — an event the engine refused to apply, with the reason. */
export interface Rejection extends LocalizedError {
  readonly code: RejectionCode;
}

/** Lỗi bộ máy xử lý hồ sơ — misuse of the engine (unknown definition, corrupt snapshot, bad options). */
export class EngineError extends MotcuaError {
  override readonly name = 'EngineError';
  declare readonly code: EngineErrorCode;
}

type Tables = typeof en;

/** Builds a {@link Rejection} from the message tables. */
export function rejection<C extends RejectionCode>(
  code: C,
  params: Parameters<Tables[C]>[0],
  path: Path = [],
): Rejection {
  return report(code, params as never, path) as Rejection;
}

/** Builds an {@link EngineError} from the message tables. */
export function engineError<C extends EngineErrorCode>(
  code: C,
  params: Parameters<Tables[C]>[0],
  path: Path = [],
): EngineError {
  return new EngineError(report(code, params as never, path));
}

/** Whether an internal answer is a rejection (rather than the value it stands in for). */
export function isRejection(value: unknown): value is Rejection {
  return typeof value === 'object' && value !== null && 'messageVi' in value && 'code' in value;
}
