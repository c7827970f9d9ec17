/**
 * The repository's errors: a stable code and its parameters; the texts come from the portal's message tables
 * (`../messages.ts`), Vietnamese and English.
 */

/** Another desk recorded event `seq` of this dossier first (the unique (dossier, seq) refused ours). */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  readonly code = 'DOSSIER_CONFLICT';
  constructor(
    readonly params: { readonly dossier: number; readonly seq: number; readonly stored: number },
    options?: ErrorOptions,
  ) {
    super(
      `dossier ${params.dossier}: event ${params.seq} was recorded by someone else (now at ${params.stored})`,
      options,
    );
  }
}

/** A dossier whose stored log and snapshot do not agree (`verifyHistory`), or whose row is corrupt. */
export class IntegrityError extends Error {
  override readonly name = 'IntegrityError';
  readonly code = 'DOSSIER_INTEGRITY';
  constructor(
    readonly params: { readonly dossier: number; readonly report: string; readonly detail: string },
    options?: ErrorOptions,
  ) {
    super(`dossier ${params.dossier}: ${params.report} (${params.detail})`, options);
  }
}
