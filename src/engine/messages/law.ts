/**
 * Legal citations the engine's messages and alerts give, in both languages, by the dossier's rule set.
 */
import type { Regime } from '../law.js';

/** A citation: English and Vietnamese. */
export interface Citation {
  readonly en: string;
  readonly vi: string;
}

const d118 = (article: string, clause?: string): Citation => ({
  en: `Decree 118/2025 Art. ${article}${clause ? `(${clause})` : ''}`,
  vi: `Nghị định 118/2025/NĐ-CP, Điều ${article}${clause ? ` khoản ${clause}` : ''}`,
});
const d61 = (article: string, clause?: string): Citation => ({
  en: `Decree 61/2018 Art. ${article}${clause ? `(${clause})` : ''}`,
  vi: `Nghị định 61/2018/NĐ-CP, Điều ${article}${clause ? ` khoản ${clause}` : ''}`,
});

/** What each rule is, under each rule set (Decree 61/2018 before 01/07/2025, Decree 118/2025 after). */
const RULES = {
  /** The notice to supplement during processing: within 3 working days of receipt. */
  supplementWindow: { 'decree-61-2018': d61('19', '4'), 'decree-118-2025': d118('19', '5') },
  /** The processing time restarts from zero when the complete dossier comes back. */
  supplementRestart: { 'decree-61-2018': d61('19', '4'), 'decree-118-2025': d118('19', '5') },
  /** The apology and the new appointment, at least one day before the deadline. */
  apology: { 'decree-61-2018': d61('19', '9'), 'decree-118-2025': d118('19', '6') },
  /** The appointment may be moved only once. */
  apologyOnce: { 'decree-61-2018': d61('19', '9'), 'decree-118-2025': d118('12', '5') },
  /** The paper dossier's transfer: the same working day, or the next after 15:00. */
  transfer: { 'decree-61-2018': d61('18'), 'decree-118-2025': d118('18') },
  /** The online acceptance within 8 working hours, the 2-hour alert. */
  onlineAcceptance: { 'decree-61-2018': d61('17'), 'decree-118-2025': d118('17', '2') },
  /** Interagency processing and consultation. */
  interagency: {
    'decree-61-2018': {
      en: 'Decree 61/2018 Art. 19(6)–(7)',
      vi: 'Nghị định 61/2018/NĐ-CP, Điều 19 khoản 6, 7',
    },
    'decree-118-2025': {
      en: 'Decree 118/2025 Art. 19(4), 20',
      vi: 'Nghị định 118/2025/NĐ-CP, Điều 19 khoản 4, Điều 20',
    },
  },
  /** The closure when the supplement is not completed in time (Decree 118/2025 only). */
  closure: { 'decree-61-2018': d118('19', '5'), 'decree-118-2025': d118('19', '5') },
  /** The right to stop until the decision (Decree 118/2025 only). */
  withdrawal: { 'decree-61-2018': d118('21'), 'decree-118-2025': d118('21') },
} as const satisfies Record<string, Record<Regime, Citation>>;

export type Rule = keyof typeof RULES;

/**
 * The citation of a rule for a dossier's rule set.
 *
 * @example
 * cite('supplementWindow', 'decree-61-2018').vi //=> 'Nghị định 61/2018/NĐ-CP, Điều 19 khoản 4'
 */
export function cite(rule: Rule, regime: Regime | null): Citation {
  return RULES[rule][regime ?? 'decree-118-2025'];
}
