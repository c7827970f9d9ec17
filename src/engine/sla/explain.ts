/**
 * @name explainDeadline
 * @summary Why a due date is where it is, one line per rule, in Vietnamese and English.
 *
 * @description
 * The counting policy, the calendar's counting notes, every holiday, compensatory, swapped or closed day skipped,
 * every pause of the clock (time before the clock started never counts), the restart after a supplement, and
 * the new appointment after an apology or the procedure's own extension — each with its legal basis, for the dossier's rule set.
 *
 * @example
 * explainDeadline(engine.dossierDeadline(snapshot)!).map((t) => t.vi)
 * // ['Cách tính: giờ làm việc …', 'Bỏ qua 17/02/2026: Ngày nghỉ: … Tết …', 'Tạm dừng …']
 */
import type { Regime } from '../law.js';
import { type Text, text } from '../messages/index.js';
import { vnDate } from '../time.js';
import { isWorkingUnit } from './clock.js';
import type { DeadlineView } from './deadline.js';

export function explainDeadline(view: DeadlineView, regime: Regime | null = 'decree-118-2025'): Text[] {
  const r = regime ?? 'decree-118-2025';
  const lines: Text[] = [];
  for (const reset of view.resets) lines.push(text('EXPLAIN_RESET', { at: reset.at, regime: r }));
  lines.push(...view.notes);
  for (const day of view.daysOff) {
    const line = {
      vi: `Bỏ qua ${vnDate(day.date)}: ${day.summary.vi}`,
      en: `Skipped ${day.date}: ${day.summary.en}`,
    };
    lines.push(line);
  }
  const working = isWorkingUnit(view.unit);
  for (const p of view.pauses) {
    if (Date.parse(p.from) < Date.parse(view.start))
      lines.push(text('EXPLAIN_BEFORE_START', { from: p.from, start: view.start }));
    lines.push(
      text('EXPLAIN_PAUSE', {
        from: p.from,
        to: p.to,
        reason: p.reason,
        hours: Math.round(p.hours * 100) / 100,
        days: working ? null : p.hours / 24,
      }),
    );
  }
  const ext = view.extension;
  if (ext !== null) {
    // An apology's new appointment (Decree 118/2025 Art. 19(6)), or the extension the procedure's text allows.
    lines.push(
      ext.kind === 'apology'
        ? text('EXPLAIN_EXTENSION', { to: ext.to, reason: ext.reason, regime: r })
        : text('EXPLAIN_PROLONG', { to: ext.to, reason: ext.reason }),
    );
    if (ext.due !== ext.printed) lines.push(text('EXPLAIN_EXTENSION_MOVED', { day: view.dueDate }));
  }
  return lines;
}
