/**
 * The one bilingual shape of everything motcua reports — errors thrown, events rejected, problems found, alerts
 * raised: a stable `code` a program switches on, the `params` the text was made from, an English `message`, a
 * Vietnamese `messageVi` (never English inside), and the `path` of the bad input. The texts come from each
 * module's message tables (`messages/en.ts`, `messages/vi.ts`), never from where the error is raised.
 */

/** A parameter of a message: plain JSON, so a report can be stored, sent and rendered again elsewhere. */
export type ParamValue = string | number | boolean | null | undefined | readonly string[];

/** The parameters a message was made from. */
export type Params = Readonly<Record<string, ParamValue>>;

/** A path into the input: object keys and array indices (`['steps', 2, 'actions', 0, 'to']`). */
export type Path = readonly (string | number)[];

/** The shape every motcua report shares (errors, rejections, problems, alerts). */
export interface LocalizedError {
  readonly code: string;
  readonly params: Params;
  readonly message: string;
  readonly messageVi: string;
  readonly path: Path;
}

/**
 * The base class of every error motcua throws (`CalendarError`, `RulesError`, `EngineError`): catch it once to
 * handle them all.
 *
 * @example
 * try { addWorkingDays(cal, '2026-02-30', 1); }
 * catch (e) { if (e instanceof MotcuaError) console.log(e.code, e.messageVi); } // INVALID_DATE …
 */
export class MotcuaError extends Error implements LocalizedError {
  override readonly name: string = 'MotcuaError';
  readonly code: string;
  readonly params: Params;
  readonly messageVi: string;
  readonly path: Path;

  constructor(report: LocalizedError) {
    super(report.message);
    this.code = report.code;
    this.params = report.params;
    this.messageVi = report.messageVi;
    this.path = report.path;
  }

  /** The report as plain JSON (what an HTTP API or a log line carries). */
  toJSON(): LocalizedError & { readonly name: string } {
    return {
      name: this.name,
      code: this.code,
      params: this.params,
      message: this.message,
      messageVi: this.messageVi,
      path: this.path,
    };
  }
}
