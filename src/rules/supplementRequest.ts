/**
 * Lines for the supplement request slip (phiếu yêu cầu bổ sung, hoàn thiện hồ sơ — Circular 01/2018/TT-VPCP
 * form 02, Circular 03/2025/TT-VPCP form 02): each document or field to supplement, with the reason. Decree
 * 118/2025 Art. 17(1) and 19(5): the request lists everything at once — only one supplement request is allowed.
 */

import type { DossierValidation } from './dossier/validateDossier.js';
import type { Problem } from './problems.js';

/** One line of the slip. */
export interface SupplementItem {
  /** What to supplement: the document name, or the form field label. */
  readonly subject: string;
  readonly reason: string;
  readonly problem: Problem;
}

/**
 * The errors of a validation as slip lines, in Vietnamese (`lang: 'vi'`, the default) or English.
 *
 * @param validation - the result of `validateDossier`
 * @param options - `lang`: `vi` (default) or `en`
 * @returns one line per error: subject (document name or field label) and reason
 * @example
 * supplementRequestItems(validateDossier(marriage, dossier))
 * //=> [{ subject: 'Giấy xác nhận tình trạng hôn nhân', reason: 'Thiếu: Giấy xác nhận … (bản chính, 1 bản)', … }]
 */
export function supplementRequestItems(
  validation: DossierValidation,
  options: { readonly lang?: 'vi' | 'en' } = {},
): SupplementItem[] {
  const vi = (options.lang ?? 'vi') === 'vi';
  return validation.problems
    .filter((p) => p.severity === 'error')
    .map((p) => {
      const names = p.document?.name ?? p.field?.label;
      const subject = names ? (vi ? names.vi : (names.en ?? names.vi)) : vi ? 'Hồ sơ' : 'Dossier';
      return { subject, reason: vi ? p.messageVi : p.message, problem: p };
    });
}
