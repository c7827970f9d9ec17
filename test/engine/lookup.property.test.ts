/**
 * The lookup over random histories (issue 15): built from the events the engine offers (`nextEvents`) for six
 * example procedures, every text an officer types marked `ZQX`, every agency and step id renamed `zqx-…` and every
 * definition field outside the allow-list (step names, form labels, fees, legal basis, offices) marked too — at a
 * random instant, in every channel, language and encoding: no message exceeds its channel's limit, a GSM-7 text
 * holds only GSM-7 characters, Vietnamese holds no English, and no marker appears in the text, the timeline or the
 * facts the portal would render.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createEngine,
  type DossierEvent,
  type DossierSnapshot,
  dossierCode,
  type Engine,
  isGsm7,
  KIOSK_COLUMNS,
  type NextEvent,
  statusChannels,
  VOICE_SENTENCE_MAX,
} from '../../src/engine/index.js';
import { defineProcedure, type Procedure } from '../../src/rules/index.js';
import { englishWords } from '../support/english.js';
import { raw } from './fixtures.js';

const HOUR = 3_600_000;
const vn = (ms: number) => `${new Date(ms + 7 * HOUR).toISOString().slice(0, 19)}+07:00`;
const shiftDay = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const AGENCY_KEYS = new Set(['agency', 'desk', 'lead', 'deciding']);
const STEP_KEYS = new Set(['to', 'join', 'step', 'initialStep']);

// biome-ignore lint/suspicious/noExplicitAny: raw JSON definitions edited by the test
type Json = any;

/** A definition with every id the citizen must not see renamed and every field outside the allow-list marked. */
function marked(name: string): Procedure {
  const d: Json = raw(name);
  const agencies = new Set<string>(d.agencies.map((a: Json) => a.id));
  const steps = new Set<string>(d.steps.map((s: Json) => s.id));
  const walk = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === 'string' && AGENCY_KEYS.has(k) && agencies.has(v)) out[k] = `zqx-${v}`;
      else if (typeof v === 'string' && STEP_KEYS.has(k) && steps.has(v)) out[k] = `zqxs-${v}`;
      else if (k === 'branches' && Array.isArray(v)) out[k] = v.map((b) => (steps.has(b) ? `zqxs-${b}` : b));
      else out[k] = walk(v);
    }
    return out;
  };
  const j = walk(d);
  for (const a of j.agencies) a.id = `zqx-${a.id}`;
  for (const s of j.steps) {
    s.id = `zqxs-${s.id}`;
    s.name = { vi: 'ZQX tên bước', en: 'ZQX step name' };
  }
  for (const f of j.fields ?? []) f.label = { vi: `ZQX ${f.label.vi}`, en: 'ZQX label' };
  for (const f of j.fees ?? []) f.name = { vi: 'ZQX phí', en: 'ZQX fee' };
  for (const b of j.legalBasis) b.title = 'ZQX basis';
  for (const i of j.implementers ?? []) i.name = { vi: 'ZQX nơi thực hiện', en: 'ZQX office' };
  for (const r of j.results ?? []) r.note = { vi: 'ZQX ghi chú', en: 'ZQX note' };
  return defineProcedure(j);
}

const NAMES = [
  'land-change-registration',
  'business-registration',
  'construction-permit-2026',
  'birth-residence-health-card',
  'marital-status-certificate',
  'certified-copy',
];
const procedures = NAMES.map(marked);
const engines = {
  'working hours': createEngine({ procedures }),
  'working days, cut-off': createEngine({ procedures, policy: 'working-days-cutoff' }),
};

/** Receipt fields some examples need. */
const FIELDS: Readonly<Record<string, (k: number) => Record<string, unknown>>> = {
  'construction-permit-2026': (k) => ({ floors: 3, floorArea: 120, needsConsultation: k % 2 === 0 }),
  'marital-status-certificate': (k) => ({ livedElsewhereUnproven: k % 2 === 0, purpose: 'marriage' }),
  'certified-copy': () => ({ pages: 4, copies: 2 }),
};
const fieldsOf = new Map(procedures.map((p, i) => [p.hash, FIELDS[NAMES[i]!]]));

/** The full event for an offered one, every free text marked. */
function complete(e: NextEvent, s: DossierSnapshot, at: string, eng: Engine, k: number): DossierEvent {
  const base: Record<string, unknown> = { type: e.type, seq: s.seq + 1, at };
  if (e.by !== null) base.by = e.by;
  if (e.step !== null) base.step = e.step;
  if (e.to !== null) base.to = e.to;
  if (e.result !== null) base.result = e.result;
  if (e.implementer !== null) base.implementer = e.implementer;
  switch (e.type) {
    case 'SUBMIT':
      base.channel = (['in-person', 'online', 'post'] as const)[k % 3];
      break;
    case 'RECEIVE': {
      base.dossierCode = dossierCode('000.00.24.H29', at, (k % 9000) + 1, {
        digits: ([4, 5, 6, 7] as const)[k % 4]!,
      });
      const fields = fieldsOf.get(s.procedure.hash);
      if (fields) base.fields = fields(k);
      break;
    }
    case 'REQUEST_SUPPLEMENT':
      base.items = ['ZQX bổ sung bản vẽ'];
      break;
    case 'REFUSE':
      base.reasons = ['ZQX không đủ điều kiện'];
      break;
    case 'RETURN':
      base.reason = 'ZQX sai thông tin';
      break;
    case 'REPLY':
      base.opinion = 'ZQX ý kiến nội bộ';
      break;
    case 'WITHDRAW':
      base.reason = 'ZQX lý do rút';
      break;
    case 'STOP':
      base.reason = 'other';
      base.note = 'ZQX ghi chú nội bộ';
      break;
    case 'FEE_PAID':
      base.reference = 'ZQX-REF-1';
      break;
    case 'APOLOGIZE':
    case 'EXTEND': {
      base.reason = 'ZQX quá tải';
      const due = eng.dossierDeadline(s, at);
      if (due === null) break;
      base.newDueDate = shiftDay(due.dueDate, 1 + (k % 2));
      break;
    }
  }
  return base as DossierEvent;
}

function randomHistory(
  eng: Engine,
  procedure: Procedure,
  steps: readonly [number, number][],
): DossierSnapshot {
  let s = eng.start(procedure);
  let t = Date.parse('2026-09-07T08:00:00+07:00');
  for (const [choice, minutes] of steps) {
    t += minutes * 60_000;
    const at = vn(t);
    const offered = eng.nextEvents(s, at).filter((e) => e.type !== 'WITHDRAW' || choice % 5 === 0);
    if (offered.length === 0) break;
    const index = choice % (offered.length * 2);
    const pick = offered[index < offered.length ? index : 0]!;
    const r = eng.applyEvent(s, complete(pick, s, at, eng, choice));
    // An apology or extension the calendar puts out of reach is simply not recorded.
    if (r.ok) s = r.snapshot;
  }
  return s;
}

const history = fc.array(fc.tuple(fc.nat(1000), fc.integer({ min: 10, max: 60 * 30 })), {
  minLength: 1,
  maxLength: 30,
});

describe('the lookup over random histories (property)', () => {
  for (const [name, eng] of Object.entries(engines)) {
    it(`${name}: within every channel's limit, GSM-7 only in GSM-7, no English in Vietnamese, no marker`, () => {
      const seen = new Set<string>();
      fc.assert(
        fc.property(
          fc.nat(procedures.length - 1),
          history,
          fc.integer({ min: 0, max: 90 * 24 }),
          fc.subarray(['application', 'contract', 'certificate', 'no-such'], { maxLength: 2 }),
          (p, steps, hoursLater, docs) => {
            const procedure = procedures[p]!;
            const s = randomHistory(eng, procedure, steps);
            const at =
              (s.lastAt === null ? Date.parse('2026-09-07T08:00:00+07:00') : Date.parse(s.lastAt)) +
              hoursLater * HOUR;
            const ids = new Set(procedure.definition.documents.map((d) => d.id));
            const missing = docs.filter((d) => ids.has(d));
            for (const channel of statusChannels)
              for (const lang of ['vi', 'en'] as const)
                for (const encoding of channel === 'sms'
                  ? (['gsm7', 'ucs2'] as const)
                  : (['gsm7'] as const)) {
                  const m = eng.statusMessage(s, { channel, lang, encoding, at, missing });
                  seen.add(m.facts.phase);
                  if (channel === 'sms') {
                    expect(m.sms!.fits, m.text).toBe(true);
                    expect(m.sms!.segments).toBe(1);
                    expect(m.sms!.length).toBeLessThanOrEqual(encoding === 'gsm7' ? 160 : 70);
                    if (encoding === 'gsm7') expect(isGsm7(m.text), m.text).toBe(true);
                  }
                  if (channel === 'voice')
                    for (const line of m.lines)
                      expect(line.length, line).toBeLessThanOrEqual(VOICE_SENTENCE_MAX);
                  if (channel === 'kiosk')
                    for (const line of m.lines)
                      expect([...line].length, line).toBeLessThanOrEqual(KIOSK_COLUMNS);
                  const shown = `${m.text}\n${JSON.stringify(m.timeline)}\n${JSON.stringify(m.facts)}\n${JSON.stringify(m.parts)}`;
                  expect(shown, shown).not.toMatch(/zqx/i);
                  if (lang === 'vi') {
                    const code = s.dossierCode ?? '\u0000';
                    expect(englishWords(m.text.replaceAll(code, '')), m.text).toEqual([]);
                  }
                }
          },
        ),
        { numRuns: 120 },
      );
      // The histories reach the lifecycle's states (the property is not vacuous).
      for (const phase of ['submitted', 'received', 'processing', 'result-returned'])
        expect(seen).toContain(phase);
      expect(seen.size).toBeGreaterThanOrEqual(7);
    });
  }
});
