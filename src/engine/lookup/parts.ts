/**
 * The parts of a citizen's message (head, late notice, appointment, missing documents, results, holder), each
 * written from the lookup's facts in a channel's style, with the shorter form a text message may fall back on; the
 * order each channel shows them in, and the order a text message gives them up in.
 */
import { legalDay } from '../time.js';
import type { LookupFacts, LookupLabel } from './facts.js';
import { type Style, say } from './messages/index.js';

/** The parts of a message, each from the facts. */
export type StatusPartKind = 'head' | 'late' | 'appointment' | 'missing' | 'results' | 'holder';

/** The order a text message gives up parts in when it does not fit: first the holder, last the late notice. */
export const SMS_DROP_ORDER: readonly Exclude<StatusPartKind, 'head'>[] = [
  'holder',
  'results',
  'missing',
  'appointment',
  'late',
];

/** Characters of one spoken sentence at most (a telephone line's text-to-speech). */
export const VOICE_SENTENCE_MAX = 200;
/** Characters of a name (agency, document, result) read on the telephone at most. */
export const VOICE_NAME_MAX = 120;
/** Columns of a kiosk's text (an 80 mm slip printer). */
export const KIOSK_COLUMNS = 48;
/** Documents read one by one on the telephone; the rest are counted. */
const VOICE_DOCUMENTS = 5;

/** A part of a message as written. */
export interface StatusPart {
  readonly kind: StatusPartKind;
  readonly text: string;
}

/** One part: its sentences, and a shorter form a text message may use. */
export interface Draft {
  readonly kind: StatusPartKind;
  readonly sentences: readonly string[];
  readonly short?: readonly string[];
}

const TERMINAL = new Set(['refused', 'refused-at-desk', 'withdrawn', 'stopped', 'result-returned']);

/** A name cut at a word boundary to at most `max` characters, with "…". */
export function fitWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut.slice(0, max - 1)).trimEnd()}…`;
}

/** The legal day of a due instant; one ending at midnight belongs to the day before (24:00). */
const dueDay = (due: string): string =>
  due.slice(11, 19) === '00:00:00' ? legalDay(Date.parse(due) - 1) : legalDay(due);

/** The parts of a message in a style, from the facts. */
export function drafts(facts: LookupFacts, lang: 'vi' | 'en', style: Style): Draft[] {
  const name = (l: LookupLabel) => (style === 'spoken' ? fitWords(l[lang], VOICE_NAME_MAX) : l[lang]);
  const out: Draft[] = [];
  out.push({
    kind: 'head',
    sentences: [say(lang, 'HEAD', { code: facts.dossierCode, phase: facts.phase, style })],
  });

  const late: string[] = [];
  const finished = TERMINAL.has(facts.phase) || facts.phase === 'result-ready';
  if (finished) {
    if ((facts.phase === 'result-ready' || facts.phase === 'result-returned') && facts.outcome !== null)
      late.push(say(lang, 'OUTCOME', { outcome: facts.outcome, style }));
  } else {
    const n = facts.newAppointment;
    if (n !== null) late.push(say(lang, n.kind === 'apology' ? 'APOLOGY' : 'EXTENDED', { to: n.day, style }));
    if (facts.overdue) late.push(say(lang, 'OVERDUE', { style }));
  }
  if (late.length > 0) {
    const n = facts.newAppointment;
    const short =
      n?.kind === 'apology' ? [say(lang, 'APOLOGY_SHORT', { to: n.day }), ...late.slice(1)] : undefined;
    out.push({ kind: 'late', sentences: late, ...(short ? { short } : {}) });
  }

  if (!TERMINAL.has(facts.phase)) {
    let appointment: string | null = null;
    let short: string | undefined;
    if (facts.waiting !== null) appointment = say(lang, 'WAITING', { after: facts.waiting, style });
    else if (facts.paused !== null) appointment = say(lang, 'PAUSED', { reason: facts.paused, style });
    else if (facts.due !== null && style === 'short' && facts.newAppointment?.day === dueDay(facts.due)) {
      // A text message does not say the new day twice: the late notice gives it.
    } else if (facts.due !== null) {
      appointment = say(lang, 'APPOINTMENT', { due: facts.due, style });
      short = say(lang, 'APPOINTMENT_DAY', { due: facts.due, style });
    }
    if (appointment !== null)
      out.push({ kind: 'appointment', sentences: [appointment], ...(short ? { short: [short] } : {}) });
  }

  if (facts.missing !== null) {
    const docs = facts.missing.map(name);
    if (docs.length === 0)
      out.push({ kind: 'missing', sentences: [say(lang, 'MISSING_UNLISTED', { style })] });
    else if (style === 'spoken' && docs.length > 1) {
      const read = docs.slice(0, VOICE_DOCUMENTS);
      out.push({
        kind: 'missing',
        sentences: [
          say(lang, 'MISSING_COUNT', { count: docs.length, style }),
          ...read.map((n, i) => say(lang, 'MISSING_ONE', { index: i + 1, name: n })),
          ...(docs.length > read.length
            ? [say(lang, 'MISSING_MORE', { count: docs.length - read.length })]
            : []),
        ],
      });
    } else
      out.push({
        kind: 'missing',
        sentences: [say(lang, 'MISSING', { names: docs, style })],
        short: [say(lang, 'MISSING_COUNT', { count: docs.length, style })],
      });
  }

  if (facts.results.length > 0) {
    out.push({
      kind: 'results',
      sentences: facts.results.map((r) =>
        say(lang, 'RESULT', { name: name(r.name), state: r.state, due: r.due, style }),
      ),
      short: [
        say(lang, 'RESULTS_COUNT', {
          returned: facts.results.filter((r) => r.state === 'returned').length,
          total: facts.results.length,
          style,
        }),
      ],
    });
  }

  if (facts.holders.length > 0 && !TERMINAL.has(facts.phase)) {
    const holders = facts.holders.map(name);
    // On the telephone one agency a sentence (a consultation may have several, each name up to 120 characters).
    const sentences =
      style === 'spoken'
        ? holders.map((n) => say(lang, 'HOLDER', { names: [n], style }))
        : [say(lang, 'HOLDER', { names: holders, style })];
    out.push({ kind: 'holder', sentences });
  }
  return out;
}

/** Display order of each channel. */
export const ORDER: Readonly<Record<'short' | 'long', readonly StatusPartKind[]>> = {
  short: ['head', 'late', 'appointment', 'missing', 'results', 'holder'],
  long: ['head', 'holder', 'appointment', 'late', 'missing', 'results'],
};

export function ordered(parts: readonly Draft[], order: readonly StatusPartKind[]): Draft[] {
  return order.flatMap((k) => parts.filter((p) => p.kind === k));
}
