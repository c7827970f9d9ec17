/**
 * What one dossier adds to the online-service and digitisation counters (issue 15) — cheap counters read from the
 * recorded facts, no allocation. The definitions (docs/engine.md §12, "Online services and digitisation"):
 * - **online, fully or partly** — of the dossiers received in the period through the online channel (DVCQG
 *   KenhThucHien 2), *fully online* (toàn trình, the term of Decree 42/2022 [S]) when nothing was done off line
 *   that the engine records: the result is handed back online (`delivery`, else the definition's first way) and
 *   the fees, if paid by the period's end, were paid online (`FEE_PAID` `online: true`); otherwise *partly online*
 *   (một phần). This reading of "toàn trình" from the recorded facts is the library's assumption: the decree's
 *   own test is per service, and was not read [UNVERIFIED];
 * - **online payment** — of the dossiers received in the period whose fees were paid by its end, those paid online;
 * - **inputs digitised** — of the dossiers received in the period, those whose receipt recorded at least one
 *   document and every document recorded digitised or reused (data already electronic); a dossier whose receipt
 *   recorded nothing counts as not digitised (`inputsRecorded` says how many did record);
 * - **documents** — each document recorded at the receipt of a dossier received in the period: digitised, reused
 *   or on paper;
 * - **results digitised** — the results of the dossiers resolved in the period (one each, or each of a dossier's
 *   several, counted at its decision — the issue of its last result) whose issue or return recorded them
 *   digitised and stored. The snapshot keeps the last record, not its instant: a result recorded digitised after
 *   the period's end counts. The fact table counts them the same way (docs/sql/indicators.sql).
 */
import type { DossierContext } from '../context.js';
import { type Contribution, K } from './counts.js';
import type { DossierFacts } from './facts.js';

/**
 * Adds the dossier's online-service and digitisation counts to `c` (after `classify` counted it in the period).
 *
 * @example
 * digitisationOf(ctx, facts, end, c); c.v[K.inputsDigitised] //=> 1
 */
export function digitisationOf(ctx: DossierContext, f: DossierFacts, end: number, c: Contribution): void {
  const v = c.v;
  const g = f.digitisation;
  if (v[K.received] === 1) {
    const paid = f.feePaidAt !== null && f.feePaidAt < end;
    if (paid) {
      v[K.feesPaid] = 1;
      if (f.paidOnline === true) v[K.feesPaidOnline] = 1;
    }
    if (f.channel === 'online') {
      const delivery = f.delivery ?? ctx.compiled.procedure.definition.channels.delivery[0] ?? 'desk';
      if (delivery === 'online' && (!paid || f.paidOnline === true)) v[K.receivedFullyOnline] = 1;
    }
    const docs = g?.documents;
    if (docs !== undefined) {
      let recorded = 0;
      let digitised = 0;
      let reused = 0;
      for (const id in docs) {
        recorded++;
        const capture = docs[id];
        if (capture === 'digitised') digitised++;
        else if (capture === 'reused') reused++;
      }
      if (recorded > 0) {
        v[K.inputsRecorded] = 1;
        if (digitised + reused === recorded) v[K.inputsDigitised] = 1;
      }
      v[K.documentsRecorded] = recorded;
      v[K.documentsDigitised] = digitised;
      v[K.documentsReused] = reused;
    }
  }
  // The results of a dossier resolved in the period: its one result, or each of its several.
  if (v[K.processed] !== 1) return;
  const results = f.results;
  if (results === null || results === undefined) {
    v[K.resultsIssued] = 1;
    if (g?.result === true) v[K.resultsDigitised] = 1;
    return;
  }
  v[K.resultsIssued] = results.length;
  const marks = g?.results;
  if (marks === undefined) return;
  let digitised = 0;
  for (const r of results) if (marks[r.id] === true) digitised++;
  v[K.resultsDigitised] = digitised;
}
