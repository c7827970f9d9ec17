/**
 * The desk's forms as data (biểu mẫu), for Circular 03/2025/TT-VPCP (dossiers received from 15/09/2025: 01 receipt
 * and appointment slip, 02 supplement request, 03 refusal, 04 apology and request to extend, 05 notice of
 * stopping, 06 process control sheet, 07 logbook) and Circular 01/2018/TT-VPCP (before: 01 receipt, 02 supplement,
 * 03 refusal, 04 apology, 05 control sheet, 06 logbook). Labels are Vietnamese as on the forms, with English.
 *
 * Titles of the 2025 forms as two independent sources list Appendix I of Circular 03/2025 [S]: 04 "Văn bản xin lỗi
 * và đề nghị gia hạn thời gian giải quyết", 05 "Thông báo dừng giải quyết hồ sơ". Their field lists are UNVERIFIED
 * (domain notes §4): the 2018 fields are assumed. `renderForm` prints any form as plain text or Markdown.
 */
import { match } from 'ts-pattern';
import type { SupplementItem } from '../rules/index.js';
import type { Engine } from './createEngine.js';
import { EngineError } from './errors.js';
import { formsCircularAt, instantOption, legalDay, vnClock, vnDate } from './regime.js';
import { type Timeliness, timeliness } from './slaStatus.js';
import type { DossierSnapshot } from './snapshot.js';

/** Bilingual text. */
export interface Label {
  readonly vi: string;
  readonly en: string;
}

export type FormKind =
  | 'receipt'
  | 'supplement-request'
  | 'refusal'
  | 'apology'
  | 'stop-notice'
  | 'control-sheet'
  | 'logbook';
export type Circular = 'circular-03-2025' | 'circular-01-2018';

/** One handoff block of the control sheet. */
export interface ControlBlock {
  readonly giver: string;
  readonly receiver: string;
  readonly at: string;
  readonly result: Timeliness | null;
  readonly note: string;
}

/** A value on a form: data as given (names, codes, dates), or words the form prints in either language. */
export type Cell = string | Label;

/** A form as data. */
export interface Form {
  readonly kind: FormKind;
  readonly circular: Circular;
  /** Form number in its circular ("01" …). */
  readonly number: string;
  readonly title: Label;
  readonly fields: readonly { readonly label: Label; readonly value: Cell }[];
  /** A table: the documents received, the supplement lines, the control-sheet blocks, the logbook rows. */
  readonly table: {
    readonly columns: readonly Label[];
    readonly rows: readonly (readonly Cell[])[];
  } | null;
  /** Control-sheet blocks, as data (also in `table`). */
  readonly blocks?: readonly ControlBlock[];
  readonly basis: string;
}

const NUMBERS: Readonly<Record<Circular, Partial<Record<FormKind, string>>>> = {
  'circular-03-2025': {
    receipt: '01',
    'supplement-request': '02',
    refusal: '03',
    apology: '04',
    'stop-notice': '05',
    'control-sheet': '06',
    logbook: '07',
  },
  'circular-01-2018': {
    receipt: '01',
    'supplement-request': '02',
    refusal: '03',
    apology: '04',
    'control-sheet': '05',
    logbook: '06',
  },
};

const TITLES: Readonly<Record<FormKind, Label>> = {
  receipt: { vi: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', en: 'RECEIPT AND APPOINTMENT SLIP' },
  'supplement-request': {
    vi: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
    en: 'REQUEST TO SUPPLEMENT THE DOSSIER',
  },
  refusal: { vi: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ', en: 'REFUSAL TO ACCEPT THE DOSSIER' },
  apology: { vi: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ', en: 'APOLOGY AND NEW APPOINTMENT' },
  'stop-notice': { vi: 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ', en: 'NOTICE OF STOPPING THE PROCEDURE' },
  'control-sheet': { vi: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ', en: 'PROCESS CONTROL SHEET' },
  logbook: { vi: 'SỔ THEO DÕI HỒ SƠ', en: 'DOSSIER LOGBOOK' },
};
/**
 * A due instant as printed: a period that ends at midnight ends at 24:00 of its last day (Civil Code 2015
 * Art. 148(6)), so it is printed "24 giờ 00 phút, ngày 12 …", not "00 giờ 00 phút, ngày 13 …".
 */
function dueClock(due: string): Label {
  const at = instantOption(due, ['due']);
  if (at.slice(11, 19) !== '00:00:00') return clock(at);
  const [dd, mo, yyyy] = vnDate(legalDay(Date.parse(at) - 1)).split('/');
  return { vi: `24 giờ 00 phút, ngày ${dd} tháng ${mo} năm ${yyyy}`, en: `24:00, ${dd}/${mo}/${yyyy}` };
}

/** The short form of a due instant (the logbook), with the same 24:00 rule. */
function dueShort(due: string): string {
  const at = instantOption(due, ['due']);
  return at.slice(11, 19) === '00:00:00' ? `24:00 ${vnDate(legalDay(Date.parse(at) - 1))}` : vnClock(at);
}

/** Circular 03/2025 form 04 is a letter that also asks to extend the processing time. */
const APOLOGY_2025: Label = {
  vi: 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
  en: 'APOLOGY AND REQUEST TO EXTEND THE PROCESSING TIME',
};

const RESULT: Readonly<Record<Timeliness, Label>> = {
  early: { vi: 'Trước hạn', en: 'Early' },
  'on-time': { vi: 'Đúng hạn', en: 'On time' },
  late: { vi: 'Quá hạn', en: 'Late' },
};

const l = (vi: string, en: string): Label => ({ vi, en });

/**
 * An instant as the forms print it: "09 giờ 10 phút, ngày 10 tháng 02 năm 2026" (the forms' "… giờ … phút, ngày …
 * tháng … năm …"), in English "09:10, 10/02/2026". The logbook keeps the short form for its columns.
 */
function clock(instant: string): Label {
  const short = vnClock(instantOption(instant, ['at'])); // HH:MM DD/MM/YYYY
  const [hh, mm] = short.slice(0, 5).split(':');
  const [dd, mo, yyyy] = short.slice(6).split('/');
  return {
    vi: `${hh} giờ ${mm} phút, ngày ${dd} tháng ${mo} năm ${yyyy}`,
    en: `${short.slice(0, 5)}, ${short.slice(6)}`,
  };
}

/** The receiver of the last control-sheet block. */
const APPLICANT: Label = { vi: 'Tổ chức, cá nhân', en: 'Applicant' };

function header(
  kind: FormKind,
  circular: Circular,
): Pick<Form, 'kind' | 'circular' | 'number' | 'title' | 'basis'> {
  const number = NUMBERS[circular][kind];
  if (number === undefined) {
    throw new EngineError(
      'INVALID_OPTIONS',
      `Circular 01/2018 has no form for "${kind}"`,
      `Thông tư 01/2018 không có mẫu "${kind}"`,
      ['kind'],
    );
  }
  const title = kind === 'apology' && circular === 'circular-03-2025' ? APOLOGY_2025 : TITLES[kind];
  const basis =
    circular === 'circular-03-2025'
      ? `Thông tư 03/2025/TT-VPCP, Mẫu số ${number}`
      : `Thông tư 01/2018/TT-VPCP, Mẫu số ${number}`;
  return { kind, circular, number, title, basis };
}

/** The circular of a dossier's forms: by its receipt (or submission) day. */
export function circularOf(snapshot: DossierSnapshot): Circular {
  const at = snapshot.receivedAt ?? snapshot.submittedAt ?? snapshot.lastAt;
  if (at === null)
    throw new EngineError('INVALID_OPTIONS', 'The dossier has no event yet', 'Hồ sơ chưa có sự kiện nào', [
      'snapshot',
    ]);
  return formsCircularAt(at);
}

function agencyName(engine: Engine, snapshot: DossierSnapshot, id: string | null): string {
  if (id === null) return '';
  return engine.compiled(snapshot).procedure.definition.agencies.find((a) => a.id === id)?.name.vi ?? id;
}

function common(
  engine: Engine,
  snapshot: DossierSnapshot,
  applicant: string,
): { label: Label; value: Cell }[] {
  const d = engine.compiled(snapshot).procedure.definition;
  return [
    { label: l('Mã hồ sơ', 'Dossier code'), value: snapshot.dossierCode ?? '' },
    { label: l('Tên thủ tục hành chính', 'Procedure'), value: `${d.name.vi} (${d.code})` },
    { label: l('Tên tổ chức, cá nhân', 'Applicant'), value: applicant },
  ];
}

/** A document received (for the receipt slip). */
export interface ReceivedDocument {
  readonly name: string;
  readonly form: 'original' | 'certified-copy' | 'copy' | 'electronic';
  readonly copies: number;
}

const FORM_NAMES: Readonly<Record<ReceivedDocument['form'], Label>> = {
  original: { vi: 'Bản chính', en: 'Original' },
  'certified-copy': { vi: 'Bản sao chứng thực', en: 'Certified copy' },
  copy: { vi: 'Bản sao', en: 'Copy' },
  electronic: { vi: 'Bản điện tử', en: 'Electronic' },
};

/** Form 01: receipt and appointment slip (giấy tiếp nhận hồ sơ và hẹn trả kết quả), Decree 118/2025 Art. 17(1). */
export function receiptForm(
  engine: Engine,
  snapshot: DossierSnapshot,
  options: {
    readonly applicant: string;
    readonly documents: readonly ReceivedDocument[];
    readonly logbookNumber?: string;
  },
): Form {
  const due = engine.dossierDeadline(snapshot, snapshot.receivedAt ?? undefined);
  if (!due || !snapshot.receivedAt || !snapshot.limit) {
    throw new EngineError('INVALID_OPTIONS', 'The dossier is not received', 'Hồ sơ chưa được tiếp nhận', [
      'snapshot',
    ]);
  }
  const unit = match(snapshot.limit.unit)
    .with('working-days', () => l('ngày làm việc', 'working days'))
    .with('working-hours', () => l('giờ làm việc', 'working hours'))
    .with('calendar-days', () => l('ngày', 'days'))
    .with('months', () => l('tháng', 'months'))
    .exhaustive();
  const amount = snapshot.limit.amount;
  return {
    ...header('receipt', circularOf(snapshot)),
    fields: [
      ...common(engine, snapshot, options.applicant),
      {
        label: l('Thời hạn giải quyết', 'Time limit'),
        // "Trả ngay" is kept as 0 working days (Decree 118/2025 Art. 17(4)).
        value:
          amount === 0
            ? l('Trả kết quả ngay trong ngày', 'Result the same day')
            : l(`${amount} ${unit.vi}`, `${amount} ${unit.en}`),
      },
      { label: l('Thời gian nhận hồ sơ', 'Received at'), value: clock(snapshot.receivedAt) },
      { label: l('Thời gian trả kết quả', 'Result due at'), value: dueClock(due.due) },
      { label: l('Vào Sổ theo dõi hồ sơ, Quyển số', 'Logbook number'), value: options.logbookNumber ?? '' },
    ],
    table: {
      columns: [
        l('STT', 'No.'),
        l('Tên giấy tờ', 'Document'),
        l('Hình thức', 'Form'),
        l('Số lượng', 'Copies'),
      ],
      rows: options.documents.map((doc, i) => [
        String(i + 1),
        doc.name,
        FORM_NAMES[doc.form],
        String(doc.copies),
      ]),
    },
  };
}

/**
 * Form 02: supplement request (phiếu yêu cầu bổ sung, hoàn thiện hồ sơ), from `validateDossier`'s problems
 * (`supplementRequestItems`), Decree 118/2025 Art. 17(1), 19(5): everything at once, once.
 */
export function supplementRequestForm(
  engine: Engine,
  snapshot: DossierSnapshot,
  options: { readonly applicant: string; readonly items: readonly SupplementItem[]; readonly at: string },
): Form {
  return {
    ...header('supplement-request', circularOf(snapshot)),
    fields: [
      ...common(engine, snapshot, options.applicant),
      { label: l('Ngày', 'Date'), value: clock(options.at) },
    ],
    table: {
      columns: [l('STT', 'No.'), l('Nội dung yêu cầu bổ sung', 'To supplement'), l('Lý do', 'Reason')],
      rows: options.items.map((item, i) => [String(i + 1), item.subject, item.reason]),
    },
  };
}

/** Form 03: refusal (phiếu từ chối tiếp nhận giải quyết hồ sơ) with reasons, Decree 118/2025 Art. 17(1), 19(3). */
export function refusalForm(
  engine: Engine,
  snapshot: DossierSnapshot,
  options: { readonly applicant: string; readonly reasons: readonly string[]; readonly at: string },
): Form {
  return {
    ...header('refusal', circularOf(snapshot)),
    fields: [
      ...common(engine, snapshot, options.applicant),
      { label: l('Ngày', 'Date'), value: clock(options.at) },
    ],
    table: {
      columns: [l('STT', 'No.'), l('Lý do từ chối', 'Reason')],
      rows: options.reasons.map((r, i) => [String(i + 1), r]),
    },
  };
}

/** Form 04: apology and new appointment / request to extend, from the ledger's extension (Art. 19(6)). */
export function apologyForm(
  engine: Engine,
  snapshot: DossierSnapshot,
  options: { readonly applicant: string },
): Form {
  const ext = snapshot.ledger.find((e) => e.kind === 'extend');
  const due = engine.dossierDeadline(snapshot, ext?.at);
  if (ext?.kind !== 'extend' || !due) {
    throw new EngineError('INVALID_OPTIONS', 'The dossier has no apology', 'Hồ sơ chưa có văn bản xin lỗi', [
      'snapshot',
    ]);
  }
  return {
    ...header('apology', circularOf(snapshot)),
    fields: [
      ...common(engine, snapshot, options.applicant),
      { label: l('Ngày hẹn trả kết quả', 'Original appointment'), value: dueClock(due.due) },
      { label: l('Lý do', 'Reason'), value: ext.reason },
      { label: l('Ngày hẹn trả kết quả mới', 'New appointment'), value: vnDate(ext.to) },
      { label: l('Ngày lập', 'Issued'), value: clock(ext.at) },
    ],
    table: null,
  };
}

/**
 * Form 05 (Circular 03/2025 only): notice of stopping at the applicant's request (Decree 118/2025 Art. 21).
 *
 * Circular 01/2018 has no such form. A Decree 118/2025 dossier received 01/07–14/09/2025 (Circular 01/2018 forms,
 * but the right to stop) gets the Circular 03/2025 form 05 — the only form for it — and its `basis` says so. A
 * Decree 61/2018 dossier (received before 01/07/2025) has no form: `INVALID_OPTIONS`.
 */
export function stopNoticeForm(
  engine: Engine,
  snapshot: DossierSnapshot,
  options: { readonly applicant: string; readonly reason: string },
): Form {
  if (snapshot.outcome !== 'withdrawn' && snapshot.outcome !== 'stopped') {
    throw new EngineError('INVALID_OPTIONS', 'The dossier is not stopped', 'Hồ sơ chưa dừng giải quyết', [
      'snapshot',
    ]);
  }
  const circular = circularOf(snapshot);
  let head = circular === 'circular-03-2025' ? header('stop-notice', circular) : null;
  if (head === null) {
    if (snapshot.regime !== 'decree-118-2025') {
      throw new EngineError(
        'INVALID_OPTIONS',
        'No notice-of-stopping form for this dossier: it is under Decree 61/2018 (received before 01/07/2025), and Circular 01/2018 has no such form',
        'Không có mẫu thông báo dừng giải quyết cho hồ sơ này: hồ sơ theo Nghị định 61/2018/NĐ-CP (tiếp nhận trước 01/07/2025), Thông tư 01/2018/TT-VPCP không có mẫu này',
        ['snapshot', 'regime'],
      );
    }
    const h = header('stop-notice', 'circular-03-2025');
    head = {
      ...h,
      basis: `${h.basis} (Thông tư 01/2018/TT-VPCP không có mẫu thông báo dừng; hồ sơ theo Nghị định 118/2025/NĐ-CP, Điều 21)`,
    };
  }
  return {
    ...head,
    fields: [
      ...common(engine, snapshot, options.applicant),
      { label: l('Thời điểm dừng', 'Stopped at'), value: clock(snapshot.finishedAt!) },
      { label: l('Lý do', 'Reason'), value: options.reason },
    ],
    table: null,
  };
}

/**
 * Form 06 (05 before 15/09/2025): the process control sheet (phiếu kiểm soát quá trình giải quyết hồ sơ): dossier
 * code, received, due; one block per handoff — "Giao" (giver) / "Nhận" (receiver), hour-minute-date, and the
 * result of the giver's step against that step's own deadline. The first block hands from the desk to the
 * processing unit; when the result is returned, the last block hands it to the applicant, judged against the
 * dossier's appointment.
 */
export function controlSheetForm(
  engine: Engine,
  snapshot: DossierSnapshot,
  options: { readonly at: string },
): Form {
  const sla = engine.slaStatus(snapshot, options.at);
  if (!sla.dossier || !snapshot.receivedAt) {
    throw new EngineError('INVALID_OPTIONS', 'The dossier is not received', 'Hồ sơ chưa được tiếp nhận', [
      'snapshot',
    ]);
  }
  const blocks: ControlBlock[] = [];
  for (const step of sla.steps) {
    if (step.from === null) continue;
    const giver = sla.steps.find((s) => s.step === step.from && s.end === step.at);
    blocks.push({
      giver: agencyName(engine, snapshot, step.fromAgency),
      receiver: agencyName(engine, snapshot, step.agency),
      at: step.at,
      result: giver?.outcome ?? null,
      note: '',
    });
  }
  // Parallel branches (electronic consultation, Art. 20(2)): the join visit names only the last branch to reply,
  // so every other branch that replied hands its opinion back in a block of its own — to the join step's agency
  // once the join started, else to the lead (the consulting step's agency) — judged against its own deadline.
  for (const [i, branch] of sla.steps.entries()) {
    if (branch.end === null || branch.from === null) continue;
    // Branches still open when the dossier was refused, stopped or withdrawn end with it: no reply to hand back.
    if (
      snapshot.outcome !== null &&
      snapshot.outcome !== 'result-returned' &&
      branch.end === snapshot.finishedAt
    )
      continue;
    if (sla.steps.some((s) => s.from === branch.step && s.at === branch.end)) continue;
    const siblings = sla.steps.filter(
      (s, j) => j !== i && s.from === branch.from && s.at === branch.at && s.step !== branch.step,
    );
    if (siblings.length === 0) continue;
    const join = sla.steps.find((s) =>
      siblings.some(
        (b) => s.from === b.step && s.at === b.end && Date.parse(s.at) >= Date.parse(branch.end as string),
      ),
    );
    blocks.push({
      giver: agencyName(engine, snapshot, branch.agency),
      receiver: agencyName(engine, snapshot, join ? join.agency : branch.fromAgency),
      at: branch.end,
      result: branch.outcome,
      note: '',
    });
  }
  blocks.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  if (snapshot.outcome === 'result-returned' && snapshot.finishedAt) {
    const last = sla.steps.at(-1);
    blocks.push({
      giver: agencyName(engine, snapshot, last?.agency ?? null),
      receiver: APPLICANT.vi,
      at: snapshot.finishedAt,
      result: sla.dossier.outcome ?? timeliness(snapshot.finishedAt, sla.dossier.due),
      note: sla.dossier.extension ? `Đã hẹn lại ngày ${vnDate(sla.dossier.extension.to)}` : '',
    });
  }
  return {
    ...header('control-sheet', circularOf(snapshot)),
    fields: [
      { label: l('Mã hồ sơ', 'Dossier code'), value: snapshot.dossierCode ?? '' },
      { label: l('Ngày, giờ nhận hồ sơ', 'Received'), value: clock(snapshot.receivedAt) },
      { label: l('Ngày, giờ hẹn trả kết quả', 'Due'), value: dueClock(sla.dossier.due) },
    ],
    table: {
      columns: [
        l('Tên cơ quan, đơn vị', 'Handoff'),
        l('Thời gian giao, nhận hồ sơ', 'Time'),
        l('Kết quả giải quyết hồ sơ', 'Result'),
        l('Ghi chú', 'Note'),
      ],
      rows: blocks.map((b) => [
        l(
          `Giao: ${b.giver} / Nhận: ${b.receiver}`,
          `From: ${b.giver} / To: ${b.receiver === APPLICANT.vi ? APPLICANT.en : b.receiver}`,
        ),
        clock(b.at),
        b.result ? RESULT[b.result] : '',
        b.note,
      ]),
    },
    blocks,
  };
}

/** Form 07 (06 before 15/09/2025): the logbook (sổ theo dõi hồ sơ), one row per dossier. */
export function logbookForm(
  engine: Engine,
  entries: readonly { readonly snapshot: DossierSnapshot; readonly applicant: string }[],
  options: { readonly at: string; readonly circular?: Circular },
): Form {
  const asOf = instantOption(options.at, ['at']);
  const circular = options.circular ?? formsCircularAt(asOf);
  const rows = entries.map(({ snapshot, applicant }, i) => {
    const sla = snapshot.receivedAt ? engine.slaStatus(snapshot, asOf) : null;
    const transferred = snapshot.visits[1]?.at ?? null;
    return [
      String(i + 1),
      snapshot.dossierCode ?? '',
      engine.compiled(snapshot).procedure.definition.name.vi,
      applicant,
      snapshot.receivedAt ? vnClock(snapshot.receivedAt) : '',
      sla?.dossier ? dueShort(sla.dossier.due) : '',
      transferred ? vnClock(transferred) : '',
      snapshot.decidedAt ? vnClock(snapshot.decidedAt) : '',
      snapshot.outcome === 'result-returned' && snapshot.finishedAt ? vnClock(snapshot.finishedAt) : '',
      sla?.dossier?.outcome ? RESULT[sla.dossier.outcome] : '',
    ];
  });
  return {
    ...header('logbook', circular),
    fields: [{ label: l('Đến ngày', 'As of'), value: vnClock(asOf) }],
    table: {
      columns: [
        l('STT', 'No.'),
        l('Mã hồ sơ', 'Dossier code'),
        l('Tên thủ tục hành chính', 'Procedure'),
        l('Tên tổ chức, cá nhân', 'Applicant'),
        l('Ngày, giờ nhận hồ sơ', 'Received'),
        l('Ngày, giờ hẹn trả kết quả', 'Due'),
        l('Ngày chuyển hồ sơ', 'Transferred'),
        l('Ngày có kết quả', 'Result ready'),
        l('Ngày trả kết quả', 'Returned'),
        l('Kết quả', 'Outcome'),
      ],
      rows,
    },
  };
}

/**
 * Prints a form as plain text or Markdown, in Vietnamese (default) or English labels.
 *
 * @example
 * console.log(renderForm(controlSheetForm(engine, snapshot, { at }), { format: 'markdown' }));
 */
export function renderForm(
  form: Form,
  options: { readonly format?: 'text' | 'markdown'; readonly lang?: 'vi' | 'en' } = {},
): string {
  const lang = options.lang ?? 'vi';
  const md = (options.format ?? 'text') === 'markdown';
  const text = (c: Cell): string => (typeof c === 'string' ? c : c[lang]);
  const lines: string[] = [];
  const basis =
    lang === 'vi' ? form.basis : form.basis.replace('Thông tư', 'Circular').replace('Mẫu số', 'form');
  lines.push(md ? `## ${form.title[lang]}` : form.title[lang], md ? `*${basis}*` : `(${basis})`, '');
  for (const f of form.fields)
    lines.push(md ? `- **${f.label[lang]}:** ${text(f.value)}` : `${f.label[lang]}: ${text(f.value)}`);
  if (form.table) {
    lines.push('');
    const head = form.table.columns.map((c) => c[lang]);
    if (md) {
      lines.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
      for (const row of form.table.rows)
        lines.push(`| ${row.map((c) => text(c).replaceAll('|', '\\|')).join(' | ')} |`);
    } else {
      const rows = form.table.rows.map((r) => r.map(text));
      const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
      const line = (cells: readonly string[]) =>
        cells
          .map((c, i) => c.padEnd(widths[i]!))
          .join('  ')
          .trimEnd();
      lines.push(line(head), widths.map((w) => '-'.repeat(w)).join('  '));
      for (const row of rows) lines.push(line(row));
    }
  }
  return `${lines.join('\n')}\n`;
}
