/**
 * The time rules of real interagency procedures (issue 9), through realistic histories with appointment dates
 * checked by hand across Tết 2027 (Thu 04/02 – Wed 10/02), the 30/4–1/5 break of 2026 and the worked Saturday
 * 10/01/2026. Working hours are 08:00–12:00 and 13:00–17:00.
 *
 * - Birth + permanent residence + health-insurance card for a child under 6 (Decree 63/2024): three results, each
 *   against its own limit and handed back as it is ready; the police and social insurance judged against their
 *   own 2 working days from the day they receive the dossier; counted by working days with the 15:00 cut-off.
 * - Marital-status certificate (Decree 123/2015 Art. 22): the former commune's 3 working days from its receipt of
 *   the request; the certificate the same day the reply arrives — the dossier's clock waits for that reply.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, type DossierSnapshot, type UnnumberedEvent } from '../../src/engine/index.js';
import { defineProcedure, validateDossier } from '../../src/rules/index.js';
import { load, raw, run } from './fixtures.js';

const birth = load('birth-residence-health-card');
const marital = load('marital-status-certificate');
const engine = createEngine({ procedures: [birth, marital] });

const at = (day: string, time: string) => `${day}T${time}:00+07:00`;

/** A child's group filed online on Wed 03/02/2027, the day before Tết. */
const filed = (time: string): UnnumberedEvent[] => [
  { type: 'SUBMIT', at: at('2027-02-03', '08:30'), channel: 'online', delivery: 'online' },
  { type: 'RECEIVE', at: at('2027-02-03', time), by: 'desk', dossierCode: 'LT-270203-0001' },
];

const group: UnnumberedEvent[] = [
  ...filed('09:30'),
  { type: 'FORWARD', at: at('2027-02-03', '09:35'), by: 'desk' },
  { type: 'ISSUE_RESULT', at: at('2027-02-03', '14:00'), by: 'justice' },
  // The electronic birth certificate goes to the parent's VNeID account at once.
  { type: 'RETURN_RESULT', at: at('2027-02-03', '14:10'), by: 'desk', result: 'birth-certificate' },
  { type: 'CONSULT', at: at('2027-02-03', '14:20'), by: 'justice' },
  { type: 'REPLY', at: at('2027-02-11', '10:00'), by: 'social-insurance' },
  { type: 'REPLY', at: at('2027-02-12', '09:00'), by: 'police' },
  { type: 'RETURN_RESULT', at: at('2027-02-12', '10:00'), by: 'desk' },
];

const results = (s: DossierSnapshot, when: string) =>
  engine.slaStatus(s, when).results.map((r) => [r.id, r.due, r.outcome]);

describe('birth registration + permanent residence + health-insurance card (Decree 63/2024)', () => {
  it('prints each appointment at receipt: the birth the same day, the group 3 working days over Tết', () => {
    const s = run(birth, group.slice(0, 2), engine);
    // Received 09:30 before the 15:00 cut-off: Wed 03/02 is day 1, Tết skipped, Thu 11/02 day 2, Fri 12/02 day 3.
    expect(engine.dossierDeadline(s)!.due).toBe(at('2027-02-12', '17:00'));
    expect(results(s, s.lastAt!)).toEqual([
      ['birth-certificate', at('2027-02-03', '17:00'), null],
      ['permanent-residence', at('2027-02-12', '17:00'), null],
      ['health-insurance-card', at('2027-02-12', '17:00'), null],
    ]);
    const slip = engine.receiptForm(s, { applicant: 'Nguyễn Văn A', documents: [] });
    const field = (en: string) => slip.fields.find((f) => f.label.en === en)?.value;
    expect(field('Birth certificate (electronic) due at')).toEqual({
      vi: '17 giờ 00 phút, ngày 03 tháng 02 năm 2027',
      en: '17:00, 03/02/2027',
    });
    expect(field('Health-insurance card due at')).toEqual({
      vi: '17 giờ 00 phút, ngày 12 tháng 02 năm 2027',
      en: '17:00, 12/02/2027',
    });
    expect(field('Result delivery')).toEqual({ vi: 'Trực tuyến (bản điện tử)', en: 'Online (electronic)' });
  });

  it('after 15:00 the next working day is day 1: after Tết', () => {
    const s = run(birth, filed('15:30'), engine);
    expect(results(s, s.lastAt!)[0]).toEqual(['birth-certificate', at('2027-02-11', '17:00'), null]);
    // Day 1 Thu 11/02, day 2 Fri 12/02, day 3 Mon 15/02.
    expect(engine.dossierDeadline(s)!.due).toBe(at('2027-02-15', '17:00'));
  });

  it('hands each result back when it is ready; the dossier ends when the last one is handed back', () => {
    const partial = run(birth, group.slice(0, 5), engine);
    expect(partial.results![0]).toEqual({
      id: 'birth-certificate',
      issuedAt: at('2027-02-03', '14:00'),
      returnedAt: at('2027-02-03', '14:10'),
    });
    expect(partial.finishedAt).toBeNull();
    expect(partial.decidedAt).toBeNull();
    const s = run(birth, group, engine);
    expect(s.outcome).toBe('result-returned');
    expect(
      s.results!.every((r) => r.returnedAt === at('2027-02-12', '10:00') || r.id === 'birth-certificate'),
    ).toBe(true);
    // The decision is the last result issued (the police's, Fri 12/02 09:00): on time against Fri 12/02 17:00.
    expect(s.decidedAt).toBe(at('2027-02-12', '09:00'));
    expect(engine.slaStatus(s, s.lastAt!).dossier!.outcome).toBe('on-time');
    expect(results(s, s.lastAt!)).toEqual([
      ['birth-certificate', at('2027-02-03', '17:00'), 'on-time'],
      ['permanent-residence', at('2027-02-12', '17:00'), 'on-time'],
      ['health-insurance-card', at('2027-02-12', '17:00'), 'early'],
    ]);
  });

  it('judges the police and social insurance against their own 2 working days from their receipt', () => {
    const s = run(birth, group, engine);
    const steps = engine.slaStatus(s, s.lastAt!).steps;
    const step = (id: string) => steps.find((x) => x.step === id)!;
    // Both received the certificate Wed 03/02 14:20 (before 15:00): day 1 Wed 03/02, day 2 Thu 11/02.
    expect(step('residence')).toMatchObject({
      judgedBy: 'limit',
      due: at('2027-02-11', '17:00'),
      outcome: 'late',
    });
    expect(step('health-card')).toMatchObject({
      judgedBy: 'limit',
      due: at('2027-02-11', '17:00'),
      outcome: 'on-time',
    });
    expect(step('register-birth')).toMatchObject({ judgedBy: 'limit', due: at('2027-02-03', '17:00') });
    // The control sheet marks each handoff against that deadline, and says which one applied.
    const sheet = engine.controlSheetForm(s, { at: s.lastAt! });
    const police = sheet.blocks!.find((b) => b.giver.startsWith('Công an xã'))!;
    expect(police.result).toBe('late');
    expect(police.note).toBe('Thời hạn riêng của bước: 17:00 11/02/2027');
  });

  it('refuses a result not issued, handed back twice, unknown, or the last return while one is pending', () => {
    const s = run(birth, group.slice(0, 4), engine);
    const next = (e: UnnumberedEvent, snap: DossierSnapshot = s) =>
      engine.applyEvent(snap, { ...e, seq: snap.seq + 1 } as never);
    const reason = (r: ReturnType<typeof next>) =>
      r.ok ? null : [r.rejection.code, (r.rejection.params as { reason?: string }).reason ?? null];
    const base = { type: 'RETURN_RESULT', at: at('2027-02-03', '14:10'), by: 'desk' } as const;
    expect(reason(next({ ...base, result: 'health-insurance-card' }))).toEqual([
      'RESULT_NOT_RETURNABLE',
      'not-issued',
    ]);
    expect(reason(next({ ...base, result: 'passport' }))).toEqual(['RESULT_NOT_RETURNABLE', 'unknown']);
    const once = run(birth, group.slice(0, 5), engine);
    expect(reason(next({ ...base, result: 'birth-certificate' }, once))).toEqual([
      'RESULT_NOT_RETURNABLE',
      'returned',
    ]);
    const joined = run(birth, group.slice(0, 7), engine);
    // The police have not replied: the return step is not reached, and one result is still to be issued.
    expect(reason(next({ ...base, at: at('2027-02-11', '11:00') }, joined))).toEqual([
      'RESULT_NOT_RETURNABLE',
      'pending',
    ]);
    // Delivery is online only for this group.
    expect(reason(next({ ...base, result: 'birth-certificate', delivery: 'post' }, s))).toEqual([
      'CHOICE_NOT_OFFERED',
      null,
    ]);
    // A result is handed back by the desk or by its own agency, not by another one.
    expect(reason(next({ ...base, by: 'police', result: 'birth-certificate' }))).toEqual([
      'WRONG_AGENCY',
      null,
    ]);
  });

  it('counts across the 30/4–1/5 break of 2026', () => {
    const s = run(
      birth,
      [
        { type: 'SUBMIT', at: at('2026-04-29', '08:00'), channel: 'online' },
        { type: 'RECEIVE', at: at('2026-04-29', '10:00'), by: 'desk', dossierCode: 'LT-260429-0001' },
      ],
      engine,
    );
    // Day 1 Wed 29/04; Thu 30/04 and Fri 01/05 off, the weekend; day 2 Mon 04/05; day 3 Tue 05/05.
    expect(engine.dossierDeadline(s)!.due).toBe(at('2026-05-05', '17:00'));
    expect(results(s, s.lastAt!)[0]).toEqual(['birth-certificate', at('2026-04-29', '17:00'), null]);
  });

  it('keeps its results through persist and restore, and its history verifies', () => {
    let s = engine.start(birth);
    const recorded = [];
    for (const e of group) {
      const r = engine.applyEvent(s, { ...e, seq: s.seq + 1 } as never);
      if (!r.ok) throw new Error(r.rejection.message);
      recorded.push(r.recorded);
      s = r.snapshot;
    }
    expect(engine.restore(JSON.parse(JSON.stringify(engine.persist(s))))).toEqual(s);
    expect(engine.restore(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(engine.verifyHistory(birth, recorded, s).ok).toBe(true);
    const r = engine.replay(birth, recorded, { validated: true });
    expect(r.ok && r.snapshot).toEqual(s);
    // An edited snapshot that claims a result was never handed back is refused.
    const edited = { ...s, results: s.results!.map((x) => ({ ...x, returnedAt: null })) };
    expect(() => engine.restore(edited)).toThrow(/every result handed back/);
  });
});

describe('marital-status certificate (Decree 123/2015 Art. 22)', () => {
  const verification: UnnumberedEvent[] = [
    { type: 'SUBMIT', at: at('2027-02-01', '09:00'), channel: 'in-person' },
    {
      type: 'RECEIVE',
      at: at('2027-02-01', '09:10'),
      by: 'desk',
      dossierCode: 'HT-270201-0001',
      fields: { livedElsewhereUnproven: true, purpose: 'marriage' },
    },
    { type: 'FORWARD', at: at('2027-02-01', '09:30'), by: 'desk' },
    { type: 'CONSULT', at: at('2027-02-02', '10:00'), by: 'justice' },
    { type: 'REPLY', at: at('2027-02-12', '14:00'), by: 'former-commune' },
    { type: 'ISSUE_RESULT', at: at('2027-02-12', '16:00'), by: 'justice' },
    { type: 'RETURN_RESULT', at: at('2027-02-12', '16:30'), by: 'desk' },
  ];

  it('waits for the former commune reply: no appointment before it, and the SLA status says why', () => {
    const s = run(marital, verification.slice(0, 4), engine);
    expect(engine.dossierDeadline(s)).toBeNull();
    const sla = engine.slaStatus(s, at('2027-02-11', '09:00'));
    expect(sla.dossier).toBeNull();
    expect(sla.waiting).toEqual({ after: 'REPLY', step: 'verify-elsewhere' });
    const slip = engine.receiptForm(s, { applicant: 'Trần Thị B', documents: [] });
    expect(slip.fields.find((f) => f.label.en === 'Result due at')!.value).toEqual({
      vi: 'Tính từ khi nhận được văn bản trả lời',
      en: 'Counted from the reply received',
    });
  });

  it('judges the former commune against its 3 working days from the request, over Tết', () => {
    const s = run(marital, verification.slice(0, 5), engine);
    const step = engine.slaStatus(s, s.lastAt!).steps.find((x) => x.step === 'verify-elsewhere')!;
    // Tue 02/02 10:00 + 24 working hours: 6 on 02/02, 8 on 03/02, Tết, 8 on 11/02, 2 on Fri 12/02 → 10:00.
    expect(step).toMatchObject({ judgedBy: 'limit', due: at('2027-02-12', '10:00'), outcome: 'late' });
  });

  it('issues the certificate the same day the reply arrives; time before the reply never counts', () => {
    const s = run(marital, verification, engine);
    const view = engine.dossierDeadline(s)!;
    expect(view.clockFrom).toBe(at('2027-02-12', '14:00'));
    expect(view.due).toBe(at('2027-02-12', '17:00'));
    expect(engine.slaStatus(s, s.lastAt!).dossier!.outcome).toBe('on-time');
    expect(s.ledger[0]).toEqual({ kind: 'start', at: at('2027-02-12', '14:00'), seq: 5 });
  });

  it('without verification: 3 working days from receipt, the worked Saturday 10/01/2026 counted', () => {
    const s = run(
      marital,
      [
        { type: 'SUBMIT', at: at('2026-01-08', '09:50'), channel: 'in-person', delivery: 'post' },
        { type: 'RECEIVE', at: at('2026-01-08', '10:00'), by: 'desk', dossierCode: 'HT-260108-0001' },
      ],
      engine,
    );
    // Working hours (the default): 6 on Thu 08/01, 8 on Fri 09/01, 8 on Sat 10/01 (worked), 2 on Mon 12/01.
    expect(engine.dossierDeadline(s)!.due).toBe(at('2026-01-12', '10:00'));
    expect(engine.slaStatus(s, s.lastAt!).waiting).toBeNull();
    expect(s.delivery).toBe('post');
    // The sync record exports the delivery chosen (2: by public postal service).
    expect(engine.dvcqgRecord(s).HinhThucTraKetQua).toBe(2);
  });

  it('exports no delivery in the sync record while none was chosen', () => {
    const s = run(marital, [{ type: 'SUBMIT', at: at('2026-01-08', '09:50'), channel: 'in-person' }], engine);
    expect(engine.dvcqgRecord(s).HinhThucTraKetQua).toBeNull();
  });
});

describe("a sector's supplement window (construction permit to 30/06/2026)", () => {
  // Construction Law 2014 Art. 102(1) as amended in 2020: 07 working days to appraise and ask once.
  const permit = load('construction-permit-2025');
  const eng = createEngine({ procedures: [permit] });
  const received: UnnumberedEvent[] = [
    { type: 'SUBMIT', at: at('2026-04-27', '08:00'), channel: 'in-person' },
    {
      type: 'RECEIVE',
      at: at('2026-04-28', '09:00'),
      by: 'desk',
      dossierCode: 'XD-260428-0001',
      fields: { floors: 3, floorArea: 120, needsConsultation: false },
    },
    { type: 'FORWARD', at: at('2026-04-28', '10:00'), by: 'desk' },
  ];
  const ask = (s: DossierSnapshot, when: string) =>
    eng.applyEvent(s, {
      type: 'REQUEST_SUPPLEMENT',
      seq: s.seq + 1,
      at: when,
      by: 'urban',
      items: ['Bản vẽ mặt bằng'],
    });

  it('allows the request until the end of the 7th working day after receipt, across 30/4–1/5', () => {
    const s = run(permit, received, eng);
    // Received Tue 28/04/2026. Working days after it: Wed 29/04, (30/04, 01/05 off, weekend) Mon 04/05, Tue 05/05,
    // Wed 06/05, Thu 07/05, Fri 08/05, Mon 11/05 — the 7th ends Mon 11/05 at 17:00 (3 working days would end 05/05).
    expect(ask(s, at('2026-05-11', '16:00')).ok).toBe(true);
    const late = ask(s, at('2026-05-12', '08:30'));
    expect(late.ok).toBe(false);
    if (late.ok) return;
    expect(late.rejection.code).toBe('SUPPLEMENT_TOO_LATE');
    expect(late.rejection.params).toMatchObject({ by: at('2026-05-11', '17:00'), amount: 7, sector: true });
    expect(late.rejection.messageVi).toContain('07 ngày làm việc');
    expect(late.rejection.messageVi).toContain('theo quy định riêng của thủ tục');
  });

  it('keeps the decree window of 3 working days where the sector sets none', () => {
    const j = raw('construction-permit-2025');
    delete j.timing.supplement.requestWindow;
    j.version = '2025.1-decree';
    const plain = defineProcedure(j);
    eng.register(plain);
    const s = run(plain, received, eng);
    // Wed 29/04, Mon 04/05, Tue 05/05: the 3rd working day ends Tue 05/05 at 17:00.
    expect(ask(s, at('2026-05-05', '16:00')).ok).toBe(true);
    const late = ask(s, at('2026-05-06', '08:30'));
    expect(!late.ok && late.rejection.params).toMatchObject({
      by: at('2026-05-05', '17:00'),
      amount: 3,
      sector: false,
    });
  });
});

describe('certification of copies from originals (Decree 23/2015 Art. 7, 21)', () => {
  const copy = load('certified-copy');
  const eng = createEngine({ procedures: [copy] });
  const submit = (day: string, time: string, implementer = 'commune'): UnnumberedEvent[] => [
    { type: 'SUBMIT', at: at(day, time), channel: 'in-person', implementer, delivery: 'desk' },
    {
      type: 'RECEIVE',
      at: at(day, time.slice(0, 3) + String(Number(time.slice(3)) + 5).padStart(2, '0')),
      by: 'desk',
      dossierCode: 'CT-0001',
      fields: { pages: 12, copies: 30 },
    },
  ];
  const next = (s: DossierSnapshot, e: UnnumberedEvent) =>
    eng.applyEvent(s, { ...e, seq: s.seq + 1 } as never);

  it('the same day before 15:00, the next working day after it: Thu 11/02/2027 after Tết', () => {
    expect(eng.dossierDeadline(run(copy, submit('2027-02-03', '10:00'), eng))!.due).toBe(
      at('2027-02-03', '17:00'),
    );
    expect(eng.dossierDeadline(run(copy, submit('2027-02-03', '15:20'), eng))!.due).toBe(
      at('2027-02-11', '17:00'),
    );
  });

  it('after 15:00 on Fri 09/01/2026 the next working day is the worked Saturday 10/01', () => {
    expect(eng.dossierDeadline(run(copy, submit('2026-01-09', '15:10'), eng))!.due).toBe(
      at('2026-01-10', '17:00'),
    );
  });

  it('extends by at most 2 working days, or longer with a written agreement, and is not late for it', () => {
    const s = run(copy, submit('2027-02-03', '15:20'), eng);
    const extend = (newDueDate: string, agreement?: boolean) =>
      next(s, {
        type: 'EXTEND',
        at: at('2027-02-03', '15:40'),
        by: 'desk',
        reason: 'Nhiều bản sao',
        newDueDate,
        ...(agreement === undefined ? {} : { agreement }),
      });
    // Due Thu 11/02 17:00; 2 working days more: Fri 12/02, Mon 15/02.
    const far = extend('2027-02-16');
    expect(!far.ok && far.rejection.params).toMatchObject({
      reason: 'too-far',
      latest: '2027-02-15',
      byAgreement: true,
    });
    expect(!far.ok && far.rejection.messageVi).toContain('thoả thuận bằng văn bản');
    expect(extend('2027-02-16', true).ok).toBe(true);
    const ok = extend('2027-02-15');
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    const view = eng.dossierDeadline(ok.snapshot)!;
    expect(view.extension).toMatchObject({
      kind: 'extension',
      to: '2027-02-15',
      due: at('2027-02-15', '17:00'),
    });
    // Explained as the procedure's own extension, never as an apology.
    const why = eng.slaStatus(ok.snapshot, at('2027-02-04', '08:00')).dossier!.explanation.map((t) => t.vi);
    expect(why.some((line) => line.startsWith('Gia hạn đến ngày 15/02/2027'))).toBe(true);
    expect(why.join('\n')).not.toContain('xin lỗi');
    // Once only; an apology remains possible for a dossier that is late even so.
    const again = next(ok.snapshot, {
      type: 'EXTEND',
      at: at('2027-02-04', '08:00'),
      by: 'desk',
      reason: 'x',
      newDueDate: '2027-02-15',
    });
    expect(!again.ok && again.rejection.params).toMatchObject({ reason: 'once' });
    let done = ok.snapshot;
    for (const e of [
      { type: 'FORWARD', at: at('2027-02-11', '08:00'), by: 'desk' },
      { type: 'ISSUE_RESULT', at: at('2027-02-15', '11:00'), by: 'certifier' },
      { type: 'RETURN_RESULT', at: at('2027-02-15', '14:00'), by: 'desk' },
    ] as UnnumberedEvent[]) {
      const r = next(done, e);
      if (!r.ok) throw new Error(r.rejection.message);
      done = r.snapshot;
    }
    const sla = eng.slaStatus(done, done.lastAt!).dossier!;
    expect(sla.outcome).toBe('on-time');
    expect(sla.lateBecause).toEqual([]);
  });

  it('refuses an extension where the procedure allows none, or after the appointment passed', () => {
    const s = run(copy, submit('2027-02-03', '10:00'), eng);
    const late = next(s, {
      type: 'EXTEND',
      at: at('2027-02-03', '17:30'),
      by: 'desk',
      reason: 'x',
      newDueDate: '2027-02-11',
    });
    expect(!late.ok && late.rejection.params).toMatchObject({ reason: 'too-late' });
    const marriage = run(marital, verificationFree, engine);
    const none = engine.applyEvent(marriage, {
      type: 'EXTEND',
      seq: marriage.seq + 1,
      at: at('2026-01-08', '11:00'),
      by: 'desk',
      reason: 'x',
      newDueDate: '2026-01-14',
    });
    expect(!none.ok && none.rejection.params).toMatchObject({ reason: 'not-offered' });
  });

  it('names the office at submission; fees by office, in their currency, capped per copy', () => {
    const missing = eng.applyEvent(eng.start(copy), {
      type: 'SUBMIT',
      seq: 1,
      at: at('2027-02-03', '10:00'),
      channel: 'in-person',
    });
    expect(!missing.ok && missing.rejection.code).toBe('IMPLEMENTER_REQUIRED');
    const wrong = eng.applyEvent(eng.start(copy), {
      type: 'SUBMIT',
      seq: 1,
      at: at('2027-02-03', '10:00'),
      channel: 'in-person',
      implementer: 'court',
    });
    expect(!wrong.ok && wrong.rejection.code).toBe('CHOICE_NOT_OFFERED');
    const dossier = (pages: number, copies: number, abroad = false) => ({
      channel: 'in-person',
      fields: { pages, copies, residesInNeighbouringCountry: abroad },
      documents: [
        { document: 'original', form: 'original', copies: 1 },
        { document: 'copy', form: 'copy', copies },
      ],
    });
    const fees = (d: unknown, implementer: string) =>
      validateDossier(copy, d, { on: '2027-02-03', implementer }).fees;
    // 2,000 + 2,000 for pages 1–2, 1,000 for each of pages 3–12: 14,000 VND a copy.
    expect(fees(dossier(12, 30), 'commune').totals).toEqual({ VND: 420_000 });
    // 300 pages would be 302,000 VND: capped at 200,000 a copy (Circular 226/2016).
    expect(fees(dossier(300, 2), 'notary').totals).toEqual({ VND: 400_000 });
    expect(fees(dossier(12, 3), 'mission').totals).toEqual({ USD: 30 });
    expect(fees(dossier(12, 3, true), 'mission').totals).toEqual({ USD: 6 });
  });
});

const verificationFree: UnnumberedEvent[] = [
  { type: 'SUBMIT', at: at('2026-01-08', '09:50'), channel: 'in-person' },
  { type: 'RECEIVE', at: at('2026-01-08', '10:00'), by: 'desk', dossierCode: 'HT-260108-0002' },
];

describe('conditions read the office chosen and the receipt day', () => {
  it('a variant by implementer and one by receipt day pick the limit at RECEIVE', () => {
    const j = raw('certified-copy');
    j.version = '2025.2-variants';
    j.timing.variants = [
      { when: 'implementer == "mission"', limit: { amount: 5, unit: 'working-days' } },
      { when: 'receiptDay >= "2027-02-11"', limit: { amount: 1, unit: 'working-days' } },
    ];
    const p = defineProcedure(j);
    const eng = createEngine({ procedures: [p] });
    const limitOf = (implementer: string, day: string) =>
      run(
        p,
        [
          { type: 'SUBMIT', at: at(day, '09:00'), channel: 'in-person', implementer },
          {
            type: 'RECEIVE',
            at: at(day, '09:05'),
            by: 'desk',
            dossierCode: 'V',
            fields: { pages: 1, copies: 1 },
          },
        ],
        eng,
      ).limit;
    expect(limitOf('mission', '2027-02-03')).toEqual({ amount: 5, unit: 'working-days' });
    expect(limitOf('commune', '2027-02-03')).toEqual({ amount: 0, unit: 'working-days' });
    expect(limitOf('commune', '2027-02-11')).toEqual({ amount: 1, unit: 'working-days' });
  });
});
