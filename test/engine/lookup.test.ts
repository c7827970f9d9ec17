/**
 * The citizen's lookup (issue 15, second half): every state of the lifecycle has a message in each channel and
 * both languages, within its channel's limit; hand-checked texts for the land change registration received
 * Tue 10/02/2026 (10 working days, Tết 16–20/02 skipped: due Mon 02/03 17:00); GSM-7, UCS-2 and segments; dates as
 * spoken; the timeline with its days off; what a supplement asks for; the refusals of bad options.
 */
import { describe, expect, it } from 'vitest';
import {
  createEngine,
  isGsm7,
  KIOSK_COLUMNS,
  lookupAllowList,
  lookupMessagesEn,
  lookupMessagesVi,
  SMS_DROP_ORDER,
  smsSegments,
  snapshotSchema,
  statusChannels,
  stripDiacritics,
  toGsm7,
  VOICE_SENTENCE_MAX,
} from '../../src/engine/index.js';
import { GSM7_BASIC } from '../../src/engine/lookup/sms.js';
import { spokenClockEn, spokenClockVi, spokenCodeVi, spokenDayVi } from '../../src/engine/lookup/spoken.js';
import { defineProcedure } from '../../src/rules/index.js';
import { englishWords } from '../support/english.js';
import { engine, land, raw, run } from './fixtures.js';
import { cases, type LookupCase } from './lookup-states.js';

const PHASE: Readonly<Record<string, string>> = {
  overdue: 'processing',
  apology: 'processing',
  results: 'processing',
  waiting: 'processing',
  extended: 'received',
};

const message = (c: LookupCase, options: Record<string, unknown>) =>
  c.engine.statusMessage(c.snapshot, {
    at: c.at,
    ...(c.missing ? { missing: c.missing } : {}),
    ...options,
  } as never);

/** The channel's limit, as statusMessage states it. */
function withinLimit(m: ReturnType<typeof message>): void {
  if (m.channel === 'sms') {
    const limit = m.sms!.encoding === 'gsm7' ? 160 : 70;
    expect(m.sms!.segments).toBe(1);
    expect(m.sms!.fits).toBe(true);
    expect(m.sms!.encoding === 'gsm7' ? [...m.text].length : m.text.length).toBeLessThanOrEqual(limit);
    if (m.sms!.encoding === 'gsm7') expect(isGsm7(m.text)).toBe(true);
  } else if (m.channel === 'voice') {
    for (const line of m.lines) expect(line.length).toBeLessThanOrEqual(VOICE_SENTENCE_MAX);
  } else if (m.channel === 'kiosk') {
    for (const line of m.lines) expect([...line].length).toBeLessThanOrEqual(KIOSK_COLUMNS);
  }
}

describe('every state of the lifecycle, every channel, both languages', () => {
  for (const [name, c] of Object.entries(cases)) {
    it(`${name}: a message in each channel and language, within its limit`, () => {
      for (const channel of statusChannels)
        for (const lang of ['vi', 'en'] as const)
          for (const encoding of channel === 'sms' ? (['gsm7', 'ucs2'] as const) : (['gsm7'] as const)) {
            const m = message(c, { channel, lang, encoding });
            expect(m.facts.phase).toBe(PHASE[name] ?? name);
            expect(m.text.length).toBeGreaterThan(0);
            expect(m.parts[0]!.kind).toBe('head');
            const code = c.snapshot.dossierCode;
            if (code !== null)
              expect(m.text).toContain(
                channel === 'voice' ? (lang === 'vi' ? spokenCodeVi(code) : 'dash') : code,
              );
            withinLimit(m);
            // Vietnamese never contains English: only the code is data here.
            if (lang === 'vi') expect(englishWords(m.text.replaceAll(code ?? '\u0000', ''))).toEqual([]);
            // Officers' texts (reasons, notes, supplement lines) carry ZQX: never shown.
            expect(m.text).not.toMatch(/zqx/i);
            expect(JSON.stringify(m.facts)).not.toMatch(/zqx/i);
            if ((channel === 'kiosk' || channel === 'web') && name !== 'new')
              expect(m.timeline.length).toBeGreaterThan(0);
            else expect(m.timeline).toEqual([]);
          }
    });
  }

  it('measured lengths of the example procedures stay within every limit (and are what the report quotes)', () => {
    const rows = Object.entries(cases).map(([name, c]) => {
      const sms = message(c, { channel: 'sms', lang: 'vi' });
      const ucs2 = message(c, { channel: 'sms', lang: 'vi', encoding: 'ucs2' });
      const voice = message(c, { channel: 'voice', lang: 'vi' });
      const kiosk = message(c, { channel: 'kiosk', lang: 'vi' });
      return [
        name,
        sms.sms!.length,
        ucs2.sms!.length,
        Math.max(...voice.lines.map((l) => l.length)),
        kiosk.lines.length,
      ];
    });
    for (const [, gsm, ucs2, voice] of rows) {
      expect(gsm).toBeLessThanOrEqual(160);
      expect(ucs2).toBeLessThanOrEqual(70);
      expect(voice).toBeLessThanOrEqual(VOICE_SENTENCE_MAX);
    }
  });
});

describe('the land change registration, by hand', () => {
  const processing = cases.processing!;

  it('text message, GSM-7: the stage, the appointment (Tết skipped), the agency holding it', () => {
    const m = message(processing, { channel: 'sms', lang: 'vi' });
    expect(m.text).toBe(
      'Ho so H29.22-260210-0001: dang giai quyet. Hen tra 17:00 02/03/2026. Tai Chi nhanh Van phong dang ky dat dai.',
    );
    expect(m.sms).toEqual({ encoding: 'gsm7', length: 109, segments: 1, limit: 160, fits: true });
    expect(m.dropped).toEqual([]);
    expect(message(processing, { channel: 'sms', lang: 'en' }).text).toBe(
      'Dossier H29.22-260210-0001: being processed. Due 17:00 02/03/2026. At Land registration office branch.',
    );
  });

  it('text message, UCS-2: with diacritics in 70, the holder dropped first and said so', () => {
    const m = message(processing, { channel: 'sms', lang: 'vi', encoding: 'ucs2' });
    expect(m.text).toBe('Hồ sơ H29.22-260210-0001: đang giải quyết. Hẹn trả 17:00 02/03/2026.');
    expect(m.sms).toEqual({ encoding: 'ucs2', length: 68, segments: 1, limit: 70, fits: true });
    expect(m.dropped).toEqual(['holder']);
    expect(m.shortened).toEqual([]);
    // Allowed two segments, nothing is dropped.
    const two = message(processing, { channel: 'sms', lang: 'vi', encoding: 'ucs2', maxSegments: 2 });
    expect(two.dropped).toEqual([]);
    expect(two.sms).toMatchObject({ segments: 2, limit: 134, fits: true });
  });

  it('telephone: short sentences, the code spelled, dates as spoken', () => {
    expect(message(processing, { channel: 'voice', lang: 'vi' }).lines).toEqual([
      'Hồ sơ số H 2 9 chấm 2 2 gạch ngang 2 6 0 2 1 0 gạch ngang 0 0 0 1.',
      'Hồ sơ đang được giải quyết.',
      'Cơ quan đang giải quyết: Chi nhánh Văn phòng đăng ký đất đai.',
      'Hẹn trả kết quả: 17 giờ ngày 2 tháng 3 năm 2026.',
    ]);
    expect(message(processing, { channel: 'voice', lang: 'en' }).lines).toEqual([
      'Dossier number H 2 9 dot 2 2 dash 2 6 0 2 1 0 dash 0 0 0 1.',
      'Status: being processed.',
      'Held by: Land registration office branch.',
      'Result due: 5 p.m. on 2 March 2026.',
    ]);
  });

  it('kiosk: the full text and the timeline, each handoff against its deadline, Tết marked, 48 columns', () => {
    const m = message(processing, { channel: 'kiosk', lang: 'vi' });
    expect(m.lines.slice(0, 5)).toEqual([
      'Hồ sơ H29.22-260210-0001: đang được giải quyết.',
      'Cơ quan đang giải quyết: Chi nhánh Văn phòng',
      'đăng ký đất đai.',
      'Hẹn trả kết quả: 17 giờ 00 phút, ngày 02 tháng',
      '03 năm 2026.',
    ]);
    expect(m.timeline.map((e) => [e.kind, e.day, e.due, e.outcome])).toEqual([
      ['submitted', '2026-02-10', null, null],
      ['received', '2026-02-10', '2026-02-10T14:40:00+07:00', 'on-time'],
      ['handoff', '2026-02-10', '2026-02-13T11:30:00+07:00', null],
      ['day-off', '2026-02-16', null, null],
      ['day-off', '2026-02-17', null, null],
      ['day-off', '2026-02-18', null, null],
      ['day-off', '2026-02-19', null, null],
      ['day-off', '2026-02-20', null, null],
      ['due', '2026-03-02', '2026-03-02T17:00:00+07:00', null],
    ]);
    expect(m.timeline[3]!.dayOff).toBe('Ngày nghỉ: Nghỉ lễ, tết: Tết Âm lịch (Tết Nguyên đán)');
    expect(m.text).toContain('- 16/02/2026 Ngày nghỉ: Nghỉ lễ, tết: Tết Âm');
    expect(m.text).toContain('  lịch (Tết Nguyên đán)');
    expect(m.lines.every((l) => [...l].length <= 48)).toBe(true);
    const web = message(processing, { channel: 'web', lang: 'en' });
    expect(web.lines).toContain(
      '- 14:00 10/02/2026 Passed to Land registration office branch (due 11:30 13/02/2026)',
    );
  });

  it('an event on a day off is marked with the calendar’s description of the day', () => {
    const s = run(land, [{ type: 'SUBMIT', at: '2026-02-08T20:00:00+07:00', channel: 'online' }]);
    const m = engine.statusMessage(s, { channel: 'web', lang: 'vi', at: '2026-02-09T08:00:00+07:00' });
    expect(m.timeline[0]).toMatchObject({ kind: 'submitted', day: '2026-02-08' });
    expect(m.timeline[0]!.dayOff).toMatch(/^Ngày nghỉ: Ngày nghỉ hằng tuần/);
    expect(m.lines.at(-1)).toMatch(/^- 20:00 08\/02\/2026 Nộp hồ sơ \[Ngày nghỉ: Ngày nghỉ hằng tuần/);
  });

  it('late: past the appointment, and after an apology the new date (the dossier stays late)', () => {
    const overdue = message(cases.overdue!, { channel: 'sms', lang: 'vi' });
    expect(overdue.text).toContain('Da qua han. Hen tra 17:00 02/03/2026.');
    expect(overdue.facts).toMatchObject({ overdue: true, due: '2026-03-02T17:00:00+07:00' });
    const apology = cases.apology!;
    const m = message(apology, { channel: 'sms', lang: 'vi' });
    expect(m.text).toBe(
      'Ho so H29.22-260210-0001: dang giai quyet. Tre han, xin loi; hen lai 06/03/2026. Tai Chi nhanh Van phong dang ky dat dai.',
    );
    expect(m.facts.newAppointment).toEqual({
      kind: 'apology',
      day: '2026-03-06',
      due: '2026-03-06T17:00:00+07:00',
    });
    // The due instant is the engine's: the same as slaStatus reads.
    expect(m.facts.due).toBe(apology.engine.slaStatus(apology.snapshot, apology.at).dossier!.due);
    const u = message(apology, { channel: 'sms', lang: 'vi', encoding: 'ucs2' });
    expect(u.text).toBe('Hồ sơ H29.22-260210-0001: đang giải quyết. Trễ hạn, hẹn lại 06/03.');
    expect([u.dropped, u.shortened]).toEqual([['holder'], ['late']]);
    expect(message(apology, { channel: 'voice', lang: 'vi' }).lines.slice(-2)).toEqual([
      'Hồ sơ trễ hạn.',
      'Cơ quan đã xin lỗi và hẹn lại ngày trả kết quả: ngày 6 tháng 3 năm 2026.',
    ]);
  });

  it('finished: early, the result handed over; refused, withdrawn, stopped say so with no appointment', () => {
    expect(message(cases['result-returned']!, { channel: 'sms', lang: 'vi', encoding: 'ucs2' }).text).toBe(
      'Hồ sơ H29.22-260210-0001: đã trả kết quả. Giải quyết trước hạn.',
    );
    for (const [name, words] of [
      ['refused', 'bị từ chối giải quyết'],
      ['withdrawn', 'đã rút theo yêu cầu'],
      ['stopped', 'đã dừng giải quyết'],
      ['refused-at-desk', 'không được tiếp nhận'],
    ] as const) {
      const m = message(cases[name]!, { channel: 'sms', lang: 'vi', encoding: 'ucs2' });
      expect(m.text).toContain(words);
      expect(m.parts.map((p) => p.kind)).toEqual(['head']);
    }
    const web = message(cases.stopped!, { channel: 'web', lang: 'vi' });
    expect(web.timeline.map((e) => e.kind)).toEqual(['submitted', 'received', 'handoff', 'finished']);
    expect(web.timeline.at(-1)).toMatchObject({ text: 'Kết thúc: hồ sơ đã dừng giải quyết' });
  });

  it('a supplement: the documents by their names in the definition; unknown ids refused', () => {
    const c = cases['awaiting-supplement']!;
    const web = message(c, { channel: 'web', lang: 'vi' });
    expect(web.lines).toContain(
      'Giấy tờ cần bổ sung: Hợp đồng, văn bản về chuyển quyền đã công chứng, chứng thực; Giấy chứng nhận đã cấp.',
    );
    const sms = message(c, { channel: 'sms', lang: 'vi' });
    expect(sms.text).toContain('Can bo sung 2 giay to.');
    expect(sms.shortened).toEqual(['missing']);
    const unlisted = c.engine.statusMessage(c.snapshot, { channel: 'sms', lang: 'vi', at: c.at });
    expect(unlisted.text).toContain('Xem phieu yeu cau bo sung.');
    expect(() =>
      c.engine.statusMessage(c.snapshot, { channel: 'sms', at: c.at, missing: ['no-such-document'] }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', path: ['missing'] }));
    // Outside a supplement the list is not shown.
    expect(
      message(cases.processing!, { channel: 'web', lang: 'vi', missing: ['contract'] }).facts.missing,
    ).toBeNull();
  });
});

describe('the interagency examples', () => {
  it('several results: each one’s appointment, the one handed over, the agencies consulted', () => {
    const c = cases.results!;
    const voice = message(c, { channel: 'voice', lang: 'vi' });
    expect(voice.lines).toEqual([
      'Hồ sơ số L T gạch ngang 2 7 0 2 0 3 gạch ngang 0 0 0 1.',
      'Hồ sơ đang được giải quyết.',
      'Cơ quan đang giải quyết: Công an xã (cơ quan đăng ký cư trú).',
      'Cơ quan đang giải quyết: Bảo hiểm xã hội cơ sở.',
      'Hẹn trả kết quả: 17 giờ ngày 12 tháng 2 năm 2027.',
      'Giấy khai sinh (bản điện tử): đã trả.',
      'Đăng ký thường trú: hẹn trả 17 giờ ngày 12 tháng 2 năm 2027.',
      'Thẻ bảo hiểm y tế: hẹn trả 17 giờ ngày 12 tháng 2 năm 2027.',
    ]);
    const sms = message(c, { channel: 'sms', lang: 'vi' });
    expect(sms.text).toContain('Da tra 1 trong so 3 ket qua.');
    expect(sms.shortened).toEqual(['results']);
    // Steps within one agency are not handoffs the citizen sees.
    const web = message(c, { channel: 'web', lang: 'vi' });
    expect(web.timeline.filter((e) => e.kind === 'handoff')).toHaveLength(3);
  });

  it('a clock that waits for a reply: not started, and no appointment', () => {
    const m = message(cases.waiting!, { channel: 'web', lang: 'vi' });
    expect(m.facts).toMatchObject({ waiting: 'REPLY', due: null });
    expect(m.lines).toContain(
      'Thời hạn giải quyết chưa bắt đầu, được tính từ khi nhận được văn bản trả lời của cơ quan được lấy ý kiến.',
    );
    expect(message(cases.waiting!, { channel: 'sms', lang: 'vi' }).text).toContain(
      'Chua tinh han, cho van ban tra loi.',
    );
  });

  it('a clock that waits for the fees: not started until they are paid, then the appointment and the timeline', () => {
    // A business registration edited to start its clock at the payment (a test definition, not a legal claim).
    const j = raw('business-registration');
    j.timing.clockStart = {
      after: 'FEE_PAID',
      basis: { document: 'Decree 118/2025/NĐ-CP', articles: ['17(3)'] },
    };
    const p = defineProcedure(j);
    const eng = createEngine({ procedures: [p] });
    const received = run(
      p,
      [
        { type: 'SUBMIT', at: '2026-03-02T08:00:00+07:00', channel: 'in-person' },
        { type: 'RECEIVE', at: '2026-03-02T08:10:00+07:00', by: 'bro', dossierCode: 'DN-260302-0001' },
      ],
      eng,
    );
    const waiting = eng.statusMessage(received, {
      channel: 'sms',
      lang: 'vi',
      at: '2026-03-02T09:00:00+07:00',
    });
    expect(waiting.text).toContain('Chua tinh han, cho nop phi, le phi.');
    expect(waiting.facts).toMatchObject({ waiting: 'FEE_PAID', due: null });
    const paid = eng.applyEvent(received, {
      type: 'FEE_PAID',
      seq: 3,
      at: '2026-03-03T10:00:00+07:00',
      amount: 50_000,
    });
    if (!paid.ok) throw new Error(paid.rejection.message);
    const web = eng.statusMessage(paid.snapshot, {
      channel: 'web',
      lang: 'vi',
      at: '2026-03-03T11:00:00+07:00',
    });
    expect(web.facts.waiting).toBeNull();
    expect(web.facts.due).toBe(eng.slaStatus(paid.snapshot, '2026-03-03T11:00:00+07:00').dossier!.due);
    expect(web.timeline.map((e) => e.kind)).toEqual([
      'submitted',
      'received',
      'fee-paid',
      'clock-start',
      'due',
    ]);
  });

  it('the procedure’s own extension: a new day, not a late dossier', () => {
    const m = message(cases.extended!, { channel: 'sms', lang: 'vi', encoding: 'ucs2' });
    expect(m.text).toBe('Hồ sơ CT-270203-0001: đã được tiếp nhận. Gia hạn đến 15/02/2027.');
    expect(m.facts.newAppointment?.kind).toBe('extension');
  });
});

describe('text messages: GSM-7, UCS-2, segments, never a word cut', () => {
  it('strips every Vietnamese diacritic, đ → d, into the GSM-7 basic set', () => {
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậ eèéẻẽẹêềếểễệ iìíỉĩị oòóỏõọôồốổỗộơờớởỡợ uùúủũụưừứửữự yỳýỷỹỵ đ';
    expect(stripDiacritics(letters)).toBe(
      'aaaaaaaaaaaaaaaaaa eeeeeeeeeeee iiiiii oooooooooooooooooo uuuuuuuuuuuu yyyyyy d',
    );
    expect(stripDiacritics(letters.toUpperCase())).toBe(stripDiacritics(letters).toUpperCase());
    // Decomposed input (NFD) gives the same.
    expect(stripDiacritics('Hồ sơ'.normalize('NFD'))).toBe('Ho so');
    expect([...GSM7_BASIC]).toHaveLength(127);
    expect(toGsm7('Hồ sơ [H29] – “x” {y} ~ | € 日')).toBe('Ho so (H29) - "x" (y) - / EUR ?');
    expect(isGsm7(toGsm7(letters))).toBe(true);
    expect(isGsm7('a[b')).toBe(false); // the extension table is never used
  });

  it('counts segments: 160 / 153 for GSM-7, 70 / 67 for UCS-2', () => {
    expect([160, 161, 306, 307].map((n) => smsSegments('x'.repeat(n), 'gsm7'))).toEqual([1, 2, 2, 3]);
    expect([70, 71, 134, 135].map((n) => smsSegments('ồ'.repeat(n), 'ucs2'))).toEqual([1, 2, 2, 3]);
  });

  it('a code too long for one segment: the whole code and stage in two, reported, no word cut', () => {
    const code = `000.00.24.H29-260210-${'9'.repeat(43)}`;
    const s = run(land, [
      { type: 'SUBMIT', at: '2026-02-10T09:00:00+07:00', channel: 'in-person' },
      { type: 'RECEIVE', at: '2026-02-10T09:10:00+07:00', by: 'centre', dossierCode: code },
    ]);
    const m = engine.statusMessage(s, { channel: 'sms', encoding: 'ucs2', at: '2026-02-11T09:00:00+07:00' });
    expect(m.text).toBe(`Hồ sơ ${code}: đã được tiếp nhận.`);
    expect(m.sms).toMatchObject({ segments: 2, fits: false, limit: 70 });
    expect(m.dropped).toEqual(SMS_DROP_ORDER.filter((k) => k === 'holder' || k === 'appointment'));
  });

  it('every word of a text message is a word of the full text, in order (dropping never cuts one)', () => {
    for (const c of Object.values(cases))
      for (const encoding of ['gsm7', 'ucs2'] as const) {
        const m = message(c, { channel: 'sms', lang: 'vi', encoding });
        const whole = message(c, { channel: 'sms', lang: 'vi', encoding, maxSegments: 10 });
        expect(whole.dropped).toEqual([]);
        const words = new Set(
          [...whole.text.split(' '), ...m.parts.flatMap((p) => p.text.split(' '))].filter(Boolean),
        );
        for (const w of m.text.split(' ')) expect(words.has(w)).toBe(true);
        for (const p of m.parts) expect(m.text).toContain(p.text);
      }
  });
});

describe('dates and times as a speaker reads them', () => {
  it('Vietnamese and English, midnight as the end of the day before', () => {
    expect(spokenDayVi('2026-02-24')).toBe('ngày 24 tháng 2 năm 2026');
    expect(spokenClockVi('2026-02-24T10:30:00+07:00')).toBe('10 giờ 30 phút ngày 24 tháng 2 năm 2026');
    expect(spokenClockVi('2026-02-24T03:00:00Z')).toBe('10 giờ ngày 24 tháng 2 năm 2026');
    expect(spokenClockVi('2026-03-13T00:00:00+07:00')).toBe('hết ngày 12 tháng 3 năm 2026');
    expect(spokenClockEn('2026-03-02T17:00:00+07:00')).toBe('5 p.m. on 2 March 2026');
    expect(spokenClockEn('2026-03-02T07:30:00+07:00')).toBe('7:30 a.m. on 2 March 2026');
    expect(spokenClockEn('2026-03-02T12:00:00+07:00')).toBe('noon on 2 March 2026');
    expect(spokenClockEn('2026-03-13T00:00:00+07:00')).toBe('the end of 12 March 2026');
  });
});

describe('the lookup’s message tables', () => {
  it('have the same codes in both languages, and no English in the Vietnamese', () => {
    expect(Object.keys(lookupMessagesVi).sort()).toEqual(Object.keys(lookupMessagesEn).sort());
    const samples: Record<string, unknown>[] = [];
    for (const style of ['short', 'spoken', 'full'])
      for (const phase of [
        'new',
        'processing',
        'result-ready',
        'refused-at-desk',
        'awaiting-financial-obligation',
      ])
        for (const state of ['returned', 'issued', 'pending'])
          for (const after of ['FEE_PAID', 'FINANCIAL_OBLIGATION_MET', 'REPLY'])
            samples.push({
              style,
              phase,
              state,
              after,
              code: 'H29-260210-0001',
              names: ['Sở Tư pháp'],
              name: 'Giấy khai sinh',
              agency: 'Sở Tư pháp',
              due: '2026-03-02T17:00:00+07:00',
              to: '2026-03-06',
              reason: style === 'short' ? 'supplement' : 'financial-obligation',
              outcome: 'on-time',
              overdue: true,
              count: 2,
              index: 1,
              returned: 1,
              total: 3,
              summary: 'Ngày nghỉ',
            });
    for (const [code, vi] of Object.entries(lookupMessagesVi))
      for (const p of samples) {
        const text = (vi as (x: unknown) => string)(p);
        expect(text.length, code).toBeGreaterThan(0);
        expect(englishWords(text.replaceAll('H29-260210-0001', '')), `${code}: ${text}`).toEqual([]);
        expect(
          (lookupMessagesEn[code as keyof typeof lookupMessagesEn] as (x: unknown) => string)(p).length,
        ).toBeGreaterThan(0);
      }
  });
});

describe('options', () => {
  const c = cases.processing!;
  it('refuses a bad channel, language, encoding, segment count or instant, with the path', () => {
    for (const [options, path] of [
      [{ channel: 'fax', at: c.at }, 'channel'],
      [{ channel: 'sms', lang: 'fr', at: c.at }, 'lang'],
      [{ channel: 'sms', encoding: 'utf8', at: c.at }, 'encoding'],
      [{ channel: 'sms', maxSegments: 0, at: c.at }, 'maxSegments'],
      [{ channel: 'sms', at: '2026-02-12 10:00' }, 'at'],
      [{ channel: 'sms', at: c.at, missing: 'contract' }, 'missing'],
    ] as const)
      expect(() => c.engine.statusMessage(c.snapshot, options as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT', path: [path] }),
      );
  });

  it('reads the same at the same instant whatever form it is given in', () => {
    const a = c.engine.statusMessage(c.snapshot, { channel: 'web', at: '2026-02-12T03:00:00Z' });
    const b = c.engine.statusMessage(c.snapshot, {
      channel: 'web',
      at: Date.parse('2026-02-12T10:00:00+07:00'),
    });
    expect(a.text).toBe(b.text);
    expect(a.at).toBe('2026-02-12T10:00:00+07:00');
  });

  it('never changes the snapshot it reads', () => {
    const s = structuredClone(c.snapshot);
    const frozen = JSON.parse(JSON.stringify(s)) as typeof s;
    c.engine.statusMessage(s, { channel: 'kiosk', at: c.at });
    expect(s).toEqual(frozen);
  });
});

describe('the allow-list', () => {
  it('names fields that exist: each snapshot path a field of the snapshot schema', () => {
    const keys = Object.keys(snapshotSchema.shape);
    for (const f of lookupAllowList.filter((x) => x.source === 'snapshot'))
      expect(keys, f.path).toContain(f.path.split(/[.[ ]/)[0]);
    expect(lookupAllowList.filter((f) => f.shown).length).toBeGreaterThan(10);
  });

  it('fields outside it change nothing the citizen is told', () => {
    const c = cases.apology!;
    const s = c.snapshot;
    const edited = {
      ...s,
      head: 'f'.repeat(64),
      calendarVersion: 'ZQX-calendar',
      delivery: 'post' as const,
      migratedFrom: [{ version: 'ZQX', hash: 'sha256:zqx', at: s.lastAt!, seq: 1 }],
      ledger: s.ledger.map((e) => (e.kind === 'extend' ? { ...e, reason: 'ZQX another reason' } : e)),
    };
    for (const channel of statusChannels)
      for (const lang of ['vi', 'en'] as const) {
        const a = c.engine.statusMessage(s, { channel, lang, at: c.at });
        const b = c.engine.statusMessage(edited, { channel, lang, at: c.at });
        expect(b).toEqual(a);
      }
  });
});
