/**
 * The desk's forms as data (biểu mẫu), for Circular 03/2025/TT-VPCP (dossiers received from 15/09/2025: 01 receipt
 * and appointment slip, 02 supplement request, 03 refusal, 04 apology and request to extend, 05 notice of
 * stopping, 06 process control sheet, 07 logbook) and Circular 01/2018/TT-VPCP (before: 01 receipt, 02 supplement,
 * 03 refusal, 04 apology, 05 control sheet, 06 logbook). Labels are Vietnamese as on the forms, with English.
 *
 * Titles of the 2025 forms as two independent sources list Appendix I of Circular 03/2025 [S]: 04 "Văn bản xin lỗi
 * và đề nghị gia hạn thời gian giải quyết", 05 "Thông báo dừng giải quyết hồ sơ". Their field lists are UNVERIFIED
 * (domain notes §4): the 2018 fields are assumed. Every due instant printed comes from the engine's one owner of
 * the due instant (`sla/deadline.ts`).
 */

import { badArgument } from '../check.js';
import type { DossierContext } from '../context.js';
import { type Circular, formsCircularAt } from '../law.js';
import type { Timeliness } from '../sla/outcome.js';
import type { DocumentCapture, DossierSnapshot } from '../snapshot/schema.js';
import { legalDay, vnClock, vnDate } from '../time.js';

export type { Circular };

/** How a document entered the dossier, as the forms print it (số hóa, tái sử dụng dữ liệu, bản giấy). */
export const CAPTURE_NAMES: Readonly<Record<DocumentCapture, Label>> = {
  digitised: { vi: 'Đã số hóa', en: 'Digitised' },
  reused: { vi: 'Tái sử dụng dữ liệu điện tử', en: 'Reused electronic data' },
  paper: { vi: 'Bản giấy, chưa số hóa', en: 'Paper, not digitised' },
};

/**
 * The digitisation lines of a received dossier, for the receipt slip and the control sheet: the documents by how
 * they were received (names from the definition), and whether the result was digitised and stored. None when
 * nothing was recorded.
 *
 * @example
 * digitisationFields(ctx, s) // [{ label: 'Thành phần hồ sơ đã số hóa', value: 'Tờ khai; Sơ đồ thửa đất' }, …]
 */
export function digitisationFields(
  ctx: DossierContext,
  snapshot: DossierSnapshot,
  withResults: boolean,
): { readonly label: Label; readonly value: Cell }[] {
  const g = snapshot.digitisation;
  if (g === undefined) return [];
  const out: { label: Label; value: Cell }[] = [];
  const d = ctx.compiled.procedure.definition;
  if (g.documents !== undefined) {
    const labels: Readonly<Record<DocumentCapture, Label>> = {
      digitised: l('Thành phần hồ sơ đã số hóa', 'Documents digitised'),
      reused: l('Thành phần hồ sơ tái sử dụng dữ liệu điện tử', 'Documents taken from electronic data'),
      paper: l('Thành phần hồ sơ bản giấy, chưa số hóa', 'Documents on paper, not digitised'),
    };
    for (const capture of ['digitised', 'reused', 'paper'] as const) {
      const docs = d.documents.filter((x) => g.documents![x.id] === capture);
      if (docs.length === 0) continue;
      out.push({
        label: labels[capture],
        value: l(docs.map((x) => x.name.vi).join('; '), docs.map((x) => x.name.en ?? x.name.vi).join('; ')),
      });
    }
  }
  if (!withResults) return out;
  const yes = (v: boolean): Label =>
    v ? l('Đã số hóa và lưu trữ', 'Digitised and stored') : l('Chưa số hóa', 'Not digitised');
  if (g.result !== undefined)
    out.push({ label: l('Số hóa kết quả', 'Result digitised'), value: yes(g.result) });
  for (const r of d.results) {
    const v = g.results?.[r.id];
    if (v === undefined) continue;
    out.push({
      label: l(`Số hóa kết quả: ${r.name.vi}`, `Result digitised: ${r.name.en ?? r.name.vi}`),
      value: yes(v),
    });
  }
  return out;
}

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
  readonly table: { readonly columns: readonly Label[]; readonly rows: readonly (readonly Cell[])[] } | null;
  /** Control-sheet blocks, as data (also in `table`). */
  readonly blocks?: readonly ControlBlock[];
  /** The legal basis, in both languages. */
  readonly basis: Label;
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

/** Circular 03/2025 form 04 is a letter that also asks to extend the processing time. */
const APOLOGY_2025: Label = {
  vi: 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
  en: 'APOLOGY AND REQUEST TO EXTEND THE PROCESSING TIME',
};

export const RESULT: Readonly<Record<Timeliness, Label>> = {
  early: { vi: 'Trước hạn', en: 'Early' },
  'on-time': { vi: 'Đúng hạn', en: 'On time' },
  late: { vi: 'Quá hạn', en: 'Late' },
};

export const l = (vi: string, en: string): Label => ({ vi, en });

/** The receiver of the last control-sheet block. */
export const APPLICANT: Label = { vi: 'Tổ chức, cá nhân', en: 'Applicant' };

/**
 * An instant as the forms print it: "09 giờ 10 phút, ngày 10 tháng 02 năm 2026" (the forms' "… giờ … phút, ngày …
 * tháng … năm …"), in English "09:10, 10/02/2026".
 */
export function clock(instant: string): Label {
  const short = vnClock(instant); // HH:MM DD/MM/YYYY
  const [hh, mm] = short.slice(0, 5).split(':');
  const [dd, mo, yyyy] = short.slice(6).split('/');
  return {
    vi: `${hh} giờ ${mm} phút, ngày ${dd} tháng ${mo} năm ${yyyy}`,
    en: `${short.slice(0, 5)}, ${short.slice(6)}`,
  };
}

/**
 * A due instant as printed: a period that ends at midnight ends at 24:00 of its last day (Civil Code 2015
 * Art. 148(6)), so it is printed "24 giờ 00 phút, ngày 12 …", not "00 giờ 00 phút, ngày 13 …".
 */
export function dueClock(due: string): Label {
  if (due.slice(11, 19) !== '00:00:00') return clock(due);
  const [dd, mo, yyyy] = vnDate(legalDay(Date.parse(due) - 1)).split('/');
  return { vi: `24 giờ 00 phút, ngày ${dd} tháng ${mo} năm ${yyyy}`, en: `24:00, ${dd}/${mo}/${yyyy}` };
}

/** The short form of a due instant (the logbook), with the same 24:00 rule. */
export function dueShort(due: string): string {
  return due.slice(11, 19) === '00:00:00' ? `24:00 ${vnDate(legalDay(Date.parse(due) - 1))}` : vnClock(due);
}

export function header(
  kind: FormKind,
  circular: Circular,
): Pick<Form, 'kind' | 'circular' | 'number' | 'title' | 'basis'> {
  const number = NUMBERS[circular][kind];
  if (number === undefined) throw badArgument('kind', 'circular-form', kind);
  const title = kind === 'apology' && circular === 'circular-03-2025' ? APOLOGY_2025 : TITLES[kind];
  const basis =
    circular === 'circular-03-2025'
      ? l(`Thông tư 03/2025/TT-VPCP, Mẫu số ${number}`, `Circular 03/2025/TT-VPCP, form ${number}`)
      : l(`Thông tư 01/2018/TT-VPCP, Mẫu số ${number}`, `Circular 01/2018/TT-VPCP, form ${number}`);
  return { kind, circular, number, title, basis };
}

/** The circular of a dossier's forms: by its receipt (or submission) day. */
export function circularOf(snapshot: DossierSnapshot): Circular {
  const at = snapshot.receivedAt ?? snapshot.submittedAt ?? snapshot.lastAt;
  if (at === null) throw badArgument('snapshot', 'received', 'new');
  return formsCircularAt(at);
}

export function agencyName(ctx: DossierContext, id: string | null): string {
  if (id === null) return '';
  return ctx.compiled.procedure.definition.agencies.find((a) => a.id === id)?.name.vi ?? id;
}

/** Fields every slip starts with. */
export function common(
  ctx: DossierContext,
  snapshot: DossierSnapshot,
  applicant: string,
): { label: Label; value: Cell }[] {
  const d = ctx.compiled.procedure.definition;
  return [
    { label: l('Mã hồ sơ', 'Dossier code'), value: snapshot.dossierCode ?? '' },
    { label: l('Tên thủ tục hành chính', 'Procedure'), value: `${d.name.vi} (${d.code})` },
    { label: l('Tên tổ chức, cá nhân', 'Applicant'), value: applicant },
  ];
}

/** A text option (the applicant's name, a reason): text of at most 2,000 characters. */
export function textOption(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.length > 2000) throw badArgument(name, 'text', value);
  return value;
}
