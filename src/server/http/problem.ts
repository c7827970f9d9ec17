/**
 * Errors on the wire: every refusal is an RFC 9457 problem document (`application/problem+json`) built from a
 * report in the library's one bilingual shape — its stable code as `code` and in `type`
 * (`urn:motcua:problem:<code>`), `title` and `detail` in the negotiated language, both texts (`message`,
 * `messageVi`), the `path` and its JSON Pointer (RFC 6901) into the request body. Never a stack trace: an
 * unexpected failure is `INTERNAL_ERROR`, and the error goes to the log only.
 */
import type { LocalizedError, Path } from '../../shared/errors.js';
import type { ProblemDocument } from '../contract/common.js';
import { report } from '../messages/index.js';
import type { Lang } from './lang.js';

/** A report, possibly with a severity (rules problems). */
export type Report = LocalizedError & { readonly severity?: 'error' | 'warning' };

/** An HTTP refusal: a status and the report(s) it carries. Thrown by handlers, turned into problem+json. */
export class HttpProblem extends Error {
  override readonly name = 'HttpProblem';
  readonly status: number;
  readonly report: LocalizedError;
  /** Every problem, when there are several. */
  readonly problems: readonly Report[] | undefined;
  /** Extension members (`index` of a refused event, `line` of an NDJSON stream). */
  readonly extra: { readonly index?: number; readonly line?: number };
  /** Prefix of the paths: where in the request body the library's input was (`['event']`). */
  readonly at: Path;

  constructor(
    status: number,
    report: LocalizedError,
    options: {
      readonly problems?: readonly Report[];
      readonly extra?: { readonly index?: number; readonly line?: number };
      readonly at?: Path;
    } = {},
  ) {
    super(report.message);
    this.status = status;
    this.report = report;
    this.problems = options.problems;
    this.extra = options.extra ?? {};
    this.at = options.at ?? [];
  }
}

/**
 * A refusal by one of the server's own codes.
 *
 * @example
 * throw serverProblem(413, 'BODY_TOO_LARGE', { max: 1_048_576 });
 */
export function serverProblem<C extends Parameters<typeof report>[0]>(
  status: number,
  code: C,
  params: Parameters<typeof report<C>>[1],
  path: Path = [],
): HttpProblem {
  return new HttpProblem(status, report(code, params, path));
}

/**
 * The JSON Pointer (RFC 6901) of a path.
 *
 * @example
 * pointer(['event', 'items', 0]) //=> '/event/items/0'
 */
export function pointer(path: Path): string {
  return path.map((k) => `/${String(k).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/**
 * The parameters of a 422 `REQUEST_INVALID`: how many problems, and the first one (its text and place), so the
 * `detail` a client prints says what is wrong, not only how much.
 *
 * @example
 * invalidParams([{ path: ['receivedAt'], message: 'Invalid format (datetime)', messageVi: '…' }])
 * //=> { count: 1, at: '/receivedAt', first: 'Invalid format (datetime)', firstVi: '…' }
 */
export function invalidParams(
  problems: readonly { readonly path: Path; readonly message: string; readonly messageVi: string }[],
): { count: number; at?: string; firstVi?: string; first?: string } {
  const first = problems[0];
  if (!first) return { count: problems.length };
  return {
    count: problems.length,
    at: pointer(first.path),
    first: first.message,
    firstVi: first.messageVi,
  };
}

/** The title of each status a problem may have, in both languages. */
export const statusTitles: Readonly<Record<number, { vi: string; en: string }>> = {
  400: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
  404: { vi: 'Không tìm thấy', en: 'Not found' },
  405: { vi: 'Phương thức không được nhận', en: 'Method not allowed' },
  408: { vi: 'Hết thời gian chờ yêu cầu', en: 'Request timeout' },
  409: { vi: 'Xung đột dữ liệu', en: 'Conflict' },
  413: { vi: 'Nội dung quá lớn', en: 'Content too large' },
  415: { vi: 'Kiểu nội dung không được hỗ trợ', en: 'Unsupported media type' },
  422: { vi: 'Dữ liệu không xử lý được', en: 'Unprocessable content' },
  500: { vi: 'Lỗi máy chủ', en: 'Internal server error' },
  503: { vi: 'Dịch vụ chưa sẵn sàng', en: 'Service unavailable' },
};

/** The statuses a problem document may have (each with a title in both languages). */
export const problemStatuses = Object.keys(statusTitles).map(Number);

/**
 * The problem document of a refusal, in a language.
 *
 * @example
 * problemDocument(serverProblem(413, 'BODY_TOO_LARGE', { max: 1024 }), 'en').detail
 * //=> 'The request body is larger than 1024 bytes'
 */
export function problemDocument(problem: HttpProblem, lang: Lang, instance?: string): ProblemDocument {
  const r = problem.report;
  const full = [...problem.at, ...r.path];
  const title = statusTitles[problem.status] ?? statusTitles[400]!;
  const doc: { -readonly [K in keyof ProblemDocument]: ProblemDocument[K] } = {
    type: `urn:motcua:problem:${r.code}`,
    title: title[lang],
    status: problem.status,
    detail: lang === 'vi' ? r.messageVi : r.message,
    code: r.code,
    params: r.params,
    message: r.message,
    messageVi: r.messageVi,
    path: full,
    pointer: pointer(full),
  };
  if (instance !== undefined) doc.instance = instance;
  if (problem.problems) {
    doc.problems = problem.problems.map((p) => {
      const at = [...problem.at, ...p.path];
      return {
        code: p.code,
        params: p.params,
        message: p.message,
        messageVi: p.messageVi,
        path: at,
        pointer: pointer(at),
        ...(p.severity ? { severity: p.severity } : {}),
      };
    });
  }
  if (problem.extra.index !== undefined) doc.index = problem.extra.index;
  if (problem.extra.line !== undefined) doc.line = problem.extra.line;
  return doc;
}
