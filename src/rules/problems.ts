/**
 * Problems — what is wrong with a procedure definition or a dossier, in the library's one bilingual shape
 * (`LocalizedError`: a stable `code`, its `params` as plain JSON, an English `message`, a Vietnamese `messageVi`
 * and the `path` of the offending value, `['steps', 2, 'actions', 0, 'to']`), plus a `severity` (an `error`
 * blocks, a `warning` is advice). Dossier problems also name the document or form field they concern, so they
 * can be copied straight onto the supplement request slip (phiếu yêu cầu bổ sung, hoàn thiện hồ sơ — Circular
 * 03/2025/TT-VPCP form 02). The texts come from `messages/en.ts` and `messages/vi.ts`, never from here.
 */
import type { LocalizedError, Params, Path } from '../shared/errors.js';
import { type ParamsOf, reporter } from '../shared/messages.js';
import type { ProblemCode } from './codes.js';
import { en, type RulesMessageCode } from './messages/en.js';
import { vi } from './messages/vi.js';

/** A path into the input: object keys and array indices. */
export type ProblemPath = Path;

/** `error` blocks loading (or makes the dossier incomplete); `warning` is advice. */
export type Severity = 'error' | 'warning';

/** Bilingual text as it appears in definitions: Vietnamese required, English optional. */
export interface Names {
  readonly vi: string;
  readonly en?: string | undefined;
}

/** One thing wrong with a definition or a dossier. */
export interface Problem extends LocalizedError {
  readonly code: ProblemCode;
  readonly severity: Severity;
  /** The required document concerned (thành phần hồ sơ), for dossier problems. */
  readonly document?: { readonly id: string; readonly name: Names } | undefined;
  /** The form field concerned, for dossier problems. */
  readonly field?: { readonly id: string; readonly label: Names } | undefined;
}

/** The codes that have texts in the rules module's tables. */
export type MessageCode = Exclude<RulesMessageCode, 'AND_MORE'>;

const report = reporter(en, vi);

/**
 * Builds a problem from its code and parameters; the texts come from the tables. Drops an absent document or
 * field so results stay JSON-clean.
 *
 * @param code - the stable code (its texts are in the tables)
 * @param severity - `error` or `warning`
 * @param params - the values the texts are made from (plain JSON)
 * @param path - where in the input
 * @param about - the document or field concerned, for the supplement slip
 * @returns the problem
 * @example
 * problem('UNKNOWN_STEP', 'error', { id: 'reveiw', suggestion: 'review' }, ['steps', 0, 'actions', 0, 'to'])
 * //=> { code: 'UNKNOWN_STEP', messageVi: 'Không có bước nào có mã "reveiw"; có phải là "review"?', … }
 */
export function problem<C extends MessageCode>(
  code: C,
  severity: Severity,
  params: ParamsOf<typeof en, C> & Params,
  path: ProblemPath = [],
  about: Pick<Problem, 'document' | 'field'> = {},
): Problem {
  const r = report(code, params, path);
  const out: { -readonly [K in keyof Problem]: Problem[K] } = { ...r, severity };
  if (about.document) out.document = about.document;
  if (about.field) out.field = about.field;
  return out;
}

/**
 * The "(and 3 more)" suffix of an error summarising several problems, in both languages.
 *
 * @param count - how many more errors
 * @returns the suffix in both languages
 * @example
 * andMore(3) //=> { en: ' (and 3 more)', vi: ' (và 3 lỗi khác)' }
 */
export function andMore(count: number): { en: string; vi: string } {
  return { en: en.AND_MORE({ count }), vi: vi.AND_MORE({ count }) };
}

/**
 * Renders a path for messages: `steps[2].actions[0].to`.
 *
 * @param path - a path into the input
 * @returns the path as text
 * @example
 * formatPath(['steps', 2, 'actions', 0, 'to']) //=> 'steps[2].actions[0].to'
 */
export function formatPath(path: ProblemPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out || '(root)';
}
