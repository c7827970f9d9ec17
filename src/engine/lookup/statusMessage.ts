/**
 * @name statusMessage
 * @summary What a citizen is told about a dossier by its code (tra cứu hồ sơ): by text message, telephone, kiosk
 * or web page.
 *
 * @description
 * From the lookup's facts only (`facts.ts`: the allow-list — no officer, no internal note, agencies by their name
 * in the definition): the dossier code, where it is (the stage in plain words), which agency holds it, the
 * appointment in force (each result's for a dossier with several), what is missing when a supplement was asked
 * (the documents by their names in the definition), whether it is late and the apology's new date, how it ended,
 * and, for a clock that waits for an event (the fees, a reply), that it has not started. Due instants and "late"
 * are the engine's (`sla/deadline.ts`, the one owner), read at `at`. Texts come from the tables by code
 * (`messages/`), Vietnamese or English.
 *
 * Channels:
 * - `sms`: one segment where possible — GSM-7 without diacritics within 160 characters (`encoding: 'gsm7'`,
 *   default; every character in the basic set) or Vietnamese with diacritics within 70 (`'ucs2'`). When the whole
 *   text does not fit in `maxSegments` (default 1), parts are shortened, then dropped, in a fixed order
 *   ({@link SMS_DROP_ORDER}: the holder first, the late notice last); the code and the stage are never dropped and no
 *   word is ever cut. The result says what was shortened and dropped, the encoding, the length and the segments.
 * - `voice`: short sentences for a text-to-speech line; dates and times as spoken ("17 giờ ngày 2 tháng 3 năm
 *   2026"), the code spelled out; each sentence at most {@link VOICE_SENTENCE_MAX} characters (names longer than
 *   {@link VOICE_NAME_MAX} end at a word with "…").
 * - `kiosk`: the full text and the timeline, wrapped at {@link KIOSK_COLUMNS} columns at word boundaries (an 80 mm
 *   slip printer's 48 columns; only a word longer than a line is broken).
 * - `web`: the full text and the timeline, one paragraph per line, and the timeline as data.
 *
 * @example
 * const m = engine.statusMessage(s, { channel: 'sms', lang: 'vi', at: '2026-02-12T10:00:00+07:00' });
 * m.text  // 'Ho so H29.22-260210-0001: dang giai quyet. Hen tra 17:00 02/03/2026. Tai Chi nhanh Van phong dang ky dat dai.'
 * m.sms   // { encoding: 'gsm7', length: 109, segments: 1, limit: 160, fits: true }
 */
import { match } from 'ts-pattern';
import { badArgument, instantArg, objectArg } from '../check.js';
import type { DossierContext } from '../context.js';
import type { DossierSnapshot } from '../snapshot/schema.js';
import { vnInstant } from '../time.js';
import { type LookupFacts, lookupFacts } from './facts.js';
import { say } from './messages/index.js';
import {
  type Draft,
  drafts,
  KIOSK_COLUMNS,
  ORDER,
  ordered,
  SMS_DROP_ORDER,
  type StatusPart,
  type StatusPartKind,
} from './parts.js';
import { type SmsEncoding, smsCapacity, smsLength, smsSegments, toGsm7 } from './sms.js';
import { type TimelineEntry, timeline, timelineLine } from './timeline.js';

export {
  KIOSK_COLUMNS,
  SMS_DROP_ORDER,
  type StatusPart,
  type StatusPartKind,
  VOICE_NAME_MAX,
  VOICE_SENTENCE_MAX,
} from './parts.js';

/** How the citizen asks. */
export const statusChannels = ['sms', 'voice', 'kiosk', 'web'] as const;
export type StatusChannel = (typeof statusChannels)[number];

/** Options of {@link statusMessage}. */
export interface StatusMessageOptions {
  readonly channel: StatusChannel;
  /** Vietnamese (default) or English. */
  readonly lang?: 'vi' | 'en';
  /** The instant the dossier is read at (ISO-8601 with offset, or epoch ms): usually now. */
  readonly at: string | number;
  /** Text messages: GSM-7 without diacritics (default, 160 characters) or UCS-2 with them (70). */
  readonly encoding?: SmsEncoding;
  /** Text messages: the segments the text may take (1–10, default 1). */
  readonly maxSegments?: number;
  /** The documents a supplement asks for, by their ids in the definition (shown by name). */
  readonly missing?: readonly string[];
}

/** How a text message is sent. */
export interface SmsReport {
  readonly encoding: SmsEncoding;
  /** Characters as the encoding counts them (GSM-7 characters, UTF-16 units). */
  readonly length: number;
  readonly segments: number;
  /** Characters `maxSegments` segments hold. */
  readonly limit: number;
  /** Within `maxSegments`; `false` only when the code and the stage alone do not fit (a very long code). */
  readonly fits: boolean;
}

/** A message for a citizen. */
export interface StatusMessage {
  readonly channel: StatusChannel;
  readonly lang: 'vi' | 'en';
  /** The instant read, `+07:00`. */
  readonly at: string;
  /** The whole text (lines joined by line breaks; a text message is one line). */
  readonly text: string;
  /** Voice: one sentence each; kiosk: the wrapped lines; web: one paragraph each; text message: the text. */
  readonly lines: readonly string[];
  /** The parts given, in order. */
  readonly parts: readonly StatusPart[];
  /** Text messages: parts replaced by their short form, and parts left out, to fit. */
  readonly shortened: readonly StatusPartKind[];
  readonly dropped: readonly StatusPartKind[];
  readonly sms: SmsReport | null;
  /** Kiosk and web: the timeline (empty for the other channels). */
  readonly timeline: readonly TimelineEntry[];
  /** What the text was made from: the allow-listed facts. */
  readonly facts: LookupFacts;
}

/** A text message: the parts in order, shortened then dropped in {@link SMS_DROP_ORDER} until it fits. */
function sms(
  parts: readonly Draft[],
  encoding: SmsEncoding,
  maxSegments: number,
): {
  text: string;
  kept: StatusPart[];
  shortened: StatusPartKind[];
  dropped: StatusPartKind[];
  report: SmsReport;
} {
  const encode = (t: string) => (encoding === 'gsm7' ? toGsm7(t) : t.normalize('NFC'));
  // Three passes in SMS_DROP_ORDER: shorten, then drop, then give back the full form of any part that fits again.
  let current: Draft[] = parts.map((p) => ({ ...p }));
  const shortened: StatusPartKind[] = [];
  const dropped: StatusPartKind[] = [];
  const render = (list: readonly Draft[]) =>
    list.map((p) => ({ kind: p.kind, text: encode(p.sentences.join(' ')) }));
  const fits = (list: readonly Draft[]) =>
    smsSegments(
      render(list)
        .map((p) => p.text)
        .join(' '),
      encoding,
    ) <= maxSegments;
  const full = new Map(parts.map((p) => [p.kind, p] as const));
  for (const kind of SMS_DROP_ORDER) {
    if (fits(current)) break;
    const part = current.find((p) => p.kind === kind);
    if (part?.short === undefined) continue;
    current = current.map((p) => (p === part ? { kind, sentences: part.short! } : p));
    shortened.push(kind);
  }
  for (const kind of SMS_DROP_ORDER) {
    if (fits(current)) break;
    if (!current.some((p) => p.kind === kind)) continue;
    current = current.filter((p) => p.kind !== kind);
    dropped.push(kind);
    if (shortened.includes(kind)) shortened.splice(shortened.indexOf(kind), 1);
  }
  for (const kind of [...shortened].reverse()) {
    const restored = current.map((p) => (p.kind === kind ? full.get(kind)! : p));
    if (fits(restored)) {
      current = restored;
      shortened.splice(shortened.indexOf(kind), 1);
    }
  }
  const kept = render(current);
  const text = kept.map((p) => p.text).join(' ');
  const segments = smsSegments(text, encoding);
  return {
    text,
    kept,
    shortened,
    dropped,
    report: {
      encoding,
      length: smsLength(text, encoding),
      segments,
      limit: smsCapacity(encoding, maxSegments),
      fits: segments <= maxSegments,
    },
  };
}

/** Lines wrapped at `width` columns at spaces; only a word longer than a line is broken. */
export function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ').filter((w) => w !== '')) {
    let w = word;
    while ([...w].length > width) {
      if (current !== '') {
        out.push(current);
        current = '';
      }
      const chars = [...w];
      out.push(chars.slice(0, width).join(''));
      w = chars.slice(width).join('');
    }
    if (current === '') current = w;
    else if ([...current].length + 1 + [...w].length <= width) current += ` ${w}`;
    else {
      out.push(current);
      current = w;
    }
  }
  if (current !== '' || out.length === 0) out.push(current);
  return out;
}

/** A kiosk paragraph's lines: a timeline entry's continuation lines are indented under its text. */
function kioskLines(paragraph: string): string[] {
  if (!paragraph.startsWith('- ')) return wrap(paragraph, KIOSK_COLUMNS);
  const [first, ...rest] = wrap(paragraph.slice(2), KIOSK_COLUMNS - 2);
  return [`- ${first}`, ...rest.map((l) => `  ${l}`)];
}

function checked(options: StatusMessageOptions): Required<Omit<StatusMessageOptions, 'at'>> & { at: number } {
  const o = objectArg(options, 'options');
  if (!statusChannels.includes(o.channel)) throw badArgument('channel', 'one-of', o.channel, statusChannels);
  const lang = o.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw badArgument('lang', 'one-of', lang, ['vi', 'en']);
  const encoding = o.encoding ?? 'gsm7';
  if (encoding !== 'gsm7' && encoding !== 'ucs2')
    throw badArgument('encoding', 'one-of', encoding, ['gsm7', 'ucs2']);
  const maxSegments = o.maxSegments ?? 1;
  if (!Number.isSafeInteger(maxSegments) || maxSegments < 1 || maxSegments > 10)
    throw badArgument('maxSegments', 'positive-integer', maxSegments);
  const missing = o.missing ?? [];
  if (!Array.isArray(missing) || missing.length > 100 || !missing.every((m) => typeof m === 'string'))
    throw badArgument('missing', 'document-ids', missing);
  return { channel: o.channel, lang, encoding, maxSegments, missing, at: instantArg(o.at, 'at') };
}

/**
 * The message of a dossier for a channel (see the file's description).
 *
 * @example
 * statusMessage(ctx, snapshot, { channel: 'voice', lang: 'vi', at: '2026-02-12T10:00:00+07:00' }).lines
 * // ['Hồ sơ số H 2 9 chấm 2 2 gạch ngang 2 6 0 2 1 0 gạch ngang 0 0 0 1.', 'Hồ sơ đang được giải quyết.', …]
 */
export function statusMessage(
  ctx: DossierContext,
  snapshot: DossierSnapshot,
  options: StatusMessageOptions,
): StatusMessage {
  const o = checked(options);
  const facts = lookupFacts(ctx, snapshot, o.at, o.missing);
  const base = { channel: o.channel, lang: o.lang, at: vnInstant(o.at), facts };
  return match(o.channel)
    .with('sms', (): StatusMessage => {
      const parts = ordered(drafts(facts, o.lang, 'short'), ORDER.short);
      const r = sms(parts, o.encoding, o.maxSegments);
      return {
        ...base,
        text: r.text,
        lines: [r.text],
        parts: r.kept,
        shortened: r.shortened,
        dropped: r.dropped,
        sms: r.report,
        timeline: [],
      };
    })
    .with('voice', (): StatusMessage => {
      const parts = ordered(drafts(facts, o.lang, 'spoken'), ORDER.long);
      // One line per sentence: a part's text may hold several ("Hồ sơ số …. Hồ sơ đang …").
      const lines = parts.flatMap((p) => p.sentences.flatMap((s) => s.split(/(?<=\.)\s+(?=\p{Lu})/u)));
      return {
        ...base,
        text: lines.join('\n'),
        lines,
        parts: parts.map((p) => ({ kind: p.kind, text: p.sentences.join(' ') })),
        shortened: [],
        dropped: [],
        sms: null,
        timeline: [],
      };
    })
    .with('kiosk', 'web', (channel): StatusMessage => {
      const parts = ordered(drafts(facts, o.lang, 'full'), ORDER.long);
      const entries = timeline(ctx.calendar, facts, o.lang);
      const paragraphs = [
        // Each result on a line of its own; the other parts one paragraph each.
        ...parts.flatMap((p) => (p.kind === 'results' ? p.sentences : [p.sentences.join(' ')])),
        ...(entries.length > 0 ? [`${say(o.lang, 'TIMELINE', { style: 'full' })}:`] : []),
        ...entries.map((e) => `- ${timelineLine(e)}`),
      ];
      const lines = channel === 'kiosk' ? paragraphs.flatMap((p) => kioskLines(p)) : paragraphs;
      return {
        ...base,
        text: lines.join('\n'),
        lines,
        parts: parts.map((p) => ({ kind: p.kind, text: p.sentences.join(' ') })),
        shortened: [],
        dropped: [],
        sms: null,
        timeline: entries,
      };
    })
    .exhaustive();
}
