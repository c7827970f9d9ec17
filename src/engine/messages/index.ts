/**
 * The engine's reports: `report(code, params, path)` gives the bilingual report of a code from the tables.
 */
import { reporter } from '../../shared/messages.js';
import { en } from './en.js';
import { vi } from './vi.js';

export const report = reporter(en, vi);

/** Every code the engine's tables have (a test renders each in both languages). */
export type MessageCode = keyof typeof en;

/** A bilingual line (explanations of a deadline). */
export interface Text {
  readonly vi: string;
  readonly en: string;
}

/** A bilingual line of a code: the `vi` and `en` of its report. */
export function text<C extends MessageCode>(code: C, params: Parameters<(typeof en)[C]>[0]): Text {
  const r = report(code, params as never);
  return { vi: r.messageVi, en: r.message };
}

export { en, vi };
