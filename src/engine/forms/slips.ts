/**
 * The desk's slips: 01 receipt and appointment slip, 02 supplement request, 03 refusal, 04 apology (and request to
 * extend), 05 notice of stopping.
 */
import { match } from 'ts-pattern';
import type { SupplementItem } from '../../rules/index.js';
import { badArgument, instantArg, objectArg } from '../check.js';
import type { DossierContext } from '../context.js';
import type { Expected } from '../messages/en.js';
import { apologyOf } from '../sla/clock.js';
import { dossierDeadline, resultDeadline } from '../sla/deadline.js';
import type { Delivery, DossierSnapshot } from '../snapshot/schema.js';
import { vnDate, vnInstant } from '../time.js';
import {
  CAPTURE_NAMES,
  type Cell,
  circularOf,
  clock,
  common,
  digitisationFields,
  dueClock,
  type Form,
  header,
  l,
  textOption,
} from './model.js';

/** A document received (for the receipt slip). */
export interface ReceivedDocument {
  readonly name: string;
  readonly form: 'original' | 'certified-copy' | 'copy' | 'electronic';
  readonly copies: number;
  /** The definition's document id: its row then says whether it was digitised or reused (RECEIVE `documents`). */
  readonly document?: string;
}

const FORM_NAMES: Readonly<Record<ReceivedDocument['form'], { vi: string; en: string }>> = {
  original: { vi: 'Bản chính', en: 'Original' },
  'certified-copy': { vi: 'Bản sao chứng thực', en: 'Certified copy' },
  copy: { vi: 'Bản sao', en: 'Copy' },
  electronic: { vi: 'Bản điện tử', en: 'Electronic' },
};

function documentsOption(value: unknown): readonly ReceivedDocument[] {
  if (!Array.isArray(value) || value.length > 500) throw badArgument('documents', 'documents', value);
  value.forEach((doc: unknown, i) => {
    // The first bad member of the first bad document, named in the path (`documents.2.form`).
    const bad = (field: string, expected: Expected, given: unknown, allowed?: readonly string[]) =>
      badArgument(`documents[${i}].${field}`, expected, given, allowed, ['documents', i, field]);
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
      throw badArgument(`documents[${i}]`, 'documents', doc, undefined, ['documents', i]);
    const d = doc as Record<string, unknown>;
    if (typeof d.name !== 'string' || d.name.length > 2000) throw bad('name', 'text', d.name);
    if (typeof d.form !== 'string' || !Object.hasOwn(FORM_NAMES, d.form))
      throw bad('form', 'one-of', d.form, Object.keys(FORM_NAMES));
    if (!Number.isSafeInteger(d.copies) || (d.copies as number) < 0)
      throw bad('copies', 'whole-number', d.copies);
    if (d.document !== undefined && (typeof d.document !== 'string' || d.document.length > 64))
      throw bad('document', 'text', d.document);
  });
  return value as ReceivedDocument[];
}

/** How a result is handed back, as the slips print it. */
export const DELIVERY_NAMES: Readonly<Record<Delivery, { vi: string; en: string }>> = {
  desk: { vi: 'Nhận trực tiếp tại Bộ phận Một cửa', en: 'At the one-stop desk' },
  post: { vi: 'Qua dịch vụ bưu chính công ích', en: 'By public postal service' },
  online: { vi: 'Trực tuyến (bản điện tử)', en: 'Online (electronic)' },
};

/** The appointment of a clock that waits for its event: counted from it, so printed as the rule. */
function waitingLabel(snapshot: DossierSnapshot): { vi: string; en: string } {
  const after = snapshot.startAfter?.after ?? 'FEE_PAID';
  return match(after)
    .with('FEE_PAID', () => l('Tính từ khi nộp đủ phí, lệ phí', 'Counted from the payment of the fees'))
    .with('FINANCIAL_OBLIGATION_MET', () =>
      l('Tính từ khi hoàn thành nghĩa vụ tài chính', 'Counted from the financial obligation met'),
    )
    .with('REPLY', () => l('Tính từ khi nhận được văn bản trả lời', 'Counted from the reply received'))
    .exhaustive();
}

function received(snapshot: DossierSnapshot): string {
  if (snapshot.receivedAt === null || snapshot.limit === null)
    throw badArgument('snapshot', 'received', snapshot.state);
  return snapshot.receivedAt;
}

/**
 * Form 01: receipt and appointment slip (giấy tiếp nhận hồ sơ và hẹn trả kết quả), Decree 118/2025 Art. 17(1):
 * the appointment as given at receipt.
 *
 * @example
 * renderForm(engine.receiptForm(s, { applicant: 'Nguyễn Văn A', documents: [{ name: 'Tờ khai', form: 'original', copies: 1 }] }))
 */
export function receiptForm(
  ctx: DossierContext,
  snapshot: DossierSnapshot,
  options: {
    readonly applicant: string;
    readonly documents: readonly ReceivedDocument[];
    readonly logbookNumber?: string;
  },
): Form {
  const opts = objectArg(options, 'options');
  const at = received(snapshot);
  const documents = documentsOption(opts.documents);
  const applicant = textOption(opts.applicant, 'applicant');
  const logbook = opts.logbookNumber === undefined ? '' : textOption(opts.logbookNumber, 'logbookNumber');
  // The appointment given at receipt: the ledger as it stood then (no start when the clock waits for an event).
  const first = snapshot.ledger[0];
  const asReceived = { ...snapshot, ledger: first?.kind === 'start' && first.at === at ? [first] : [] };
  const due = dossierDeadline(ctx, asReceived, Date.parse(at));
  const limit = snapshot.limit!;
  const d = ctx.compiled.procedure.definition;
  const captured = snapshot.digitisation?.documents;
  const unit = match(limit.unit)
    .with('working-days', () => l('ngày làm việc', 'working days'))
    .with('working-hours', () => l('giờ làm việc', 'working hours'))
    .with('calendar-days', () => l('ngày', 'days'))
    .with('months', () => l('tháng', 'months'))
    .exhaustive();
  return {
    ...header('receipt', circularOf(snapshot)),
    fields: [
      ...common(ctx, snapshot, applicant),
      {
        label: l('Thời hạn giải quyết', 'Time limit'),
        // "Trả ngay" is kept as 0 working days (Decree 118/2025 Art. 17(4)).
        value:
          limit.amount === 0
            ? l('Trả kết quả ngay trong ngày', 'Result the same day')
            : l(`${limit.amount} ${unit.vi}`, `${limit.amount} ${unit.en}`),
      },
      { label: l('Thời gian nhận hồ sơ', 'Received at'), value: clock(at) },
      {
        label: l('Thời gian trả kết quả', 'Result due at'),
        value: due === null ? waitingLabel(snapshot) : dueClock(due.due),
      },
      // A liên thông group: each result's own appointment (Decree 63/2024).
      ...(snapshot.results ?? []).map((r) => {
        const def = ctx.compiled.results.get(r.id);
        const view = resultDeadline(ctx, asReceived, r.id, Date.parse(at));
        return {
          label: l(`Hẹn trả ${def?.name.vi ?? r.id}`, `${def?.name.en ?? def?.name.vi ?? r.id} due at`),
          value: view === null ? waitingLabel(snapshot) : dueClock(view.due),
        };
      }),
      ...(snapshot.implementer === undefined
        ? []
        : [
            {
              label: l('Cơ quan thực hiện', 'Carried out by'),
              value:
                d.implementers.find((i) => i.id === snapshot.implementer)?.name.vi ?? snapshot.implementer,
            },
          ]),
      {
        label: l('Hình thức nhận kết quả', 'Result delivery'),
        value: DELIVERY_NAMES[snapshot.delivery ?? d.channels.delivery[0] ?? 'desk'],
      },
      // What was digitised or taken from electronic data at receipt (số hóa, tái sử dụng dữ liệu).
      ...digitisationFields(ctx, snapshot, false),
      { label: l('Vào Sổ theo dõi hồ sơ, Quyển số', 'Logbook number'), value: logbook },
    ],
    table: {
      columns: [
        l('STT', 'No.'),
        l('Tên giấy tờ', 'Document'),
        l('Hình thức', 'Form'),
        l('Số lượng', 'Copies'),
        ...(captured ? [l('Số hóa', 'Digitisation')] : []),
      ],
      rows: documents.map((doc, i) => {
        const row: Cell[] = [String(i + 1), doc.name, FORM_NAMES[doc.form], String(doc.copies)];
        if (captured) {
          const capture = doc.document === undefined ? undefined : captured[doc.document];
          row.push(capture === undefined ? '' : CAPTURE_NAMES[capture]);
        }
        return row;
      }),
    },
  };
}

/**
 * Form 02: supplement request (phiếu yêu cầu bổ sung, hoàn thiện hồ sơ), from `validateDossier`'s problems
 * (`supplementRequestItems`), Decree 118/2025 Art. 17(1), 19(5): everything at once, once.
 */
export function supplementRequestForm(
  ctx: DossierContext,
  snapshot: DossierSnapshot,
  options: { readonly applicant: string; readonly items: readonly SupplementItem[]; readonly at: string },
): Form {
  const opts = objectArg(options, 'options');
  const items = opts.items;
  if (!Array.isArray(items) || items.length > 500) throw badArgument('items', 'documents', items);
  return {
    ...header('supplement-request', circularOf(snapshot)),
    fields: [
      ...common(ctx, snapshot, textOption(opts.applicant, 'applicant')),
      { label: l('Ngày', 'Date'), value: clock(vnInstant(instantArg(opts.at, 'at'))) },
    ],
    table: {
      columns: [l('STT', 'No.'), l('Nội dung yêu cầu bổ sung', 'To supplement'), l('Lý do', 'Reason')],
      rows: items.map((item, i) => [
        String(i + 1),
        textOption(item.subject, 'items'),
        textOption(item.reason, 'items'),
      ]),
    },
  };
}

/** Form 03: refusal (phiếu từ chối tiếp nhận giải quyết hồ sơ) with reasons, Decree 118/2025 Art. 17(1), 19(3). */
export function refusalForm(
  ctx: DossierContext,
  snapshot: DossierSnapshot,
  options: { readonly applicant: string; readonly reasons: readonly string[]; readonly at: string },
): Form {
  const opts = objectArg(options, 'options');
  if (!Array.isArray(opts.reasons) || opts.reasons.length > 100)
    throw badArgument('reasons', 'text', opts.reasons);
  return {
    ...header('refusal', circularOf(snapshot)),
    fields: [
      ...common(ctx, snapshot, textOption(opts.applicant, 'applicant')),
      { label: l('Ngày', 'Date'), value: clock(vnInstant(instantArg(opts.at, 'at'))) },
    ],
    table: {
      columns: [l('STT', 'No.'), l('Lý do từ chối', 'Reason')],
      rows: opts.reasons.map((r, i) => [String(i + 1), textOption(r, 'reasons')]),
    },
  };
}

/**
 * Form 04: apology and new appointment / request to extend, from the ledger's extension (Art. 19(6)): the
 * appointment as it stood at the apology, the reason, the new appointment day.
 */
export function apologyForm(
  ctx: DossierContext,
  snapshot: DossierSnapshot,
  options: { readonly applicant: string },
): Form {
  const opts = objectArg(options, 'options');
  const ext = apologyOf(snapshot.ledger);
  if (ext === null) throw badArgument('snapshot', 'apology', snapshot.state);
  const at = Date.parse(ext.at);
  const before = dossierDeadline(
    ctx,
    { ...snapshot, ledger: snapshot.ledger.filter((e) => e !== ext && Date.parse(e.at) <= at) },
    at,
  )!;
  return {
    ...header('apology', circularOf(snapshot)),
    fields: [
      ...common(ctx, snapshot, textOption(opts.applicant, 'applicant')),
      { label: l('Ngày hẹn trả kết quả', 'Original appointment'), value: dueClock(before.due) },
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
 * Decree 61/2018 dossier (received before 01/07/2025) has no form: `INVALID_ARGUMENT`.
 */
export function stopNoticeForm(
  ctx: DossierContext,
  snapshot: DossierSnapshot,
  options: { readonly applicant: string; readonly reason: string },
): Form {
  const opts = objectArg(options, 'options');
  if (snapshot.outcome !== 'withdrawn' && snapshot.outcome !== 'stopped')
    throw badArgument('snapshot', 'stopped', snapshot.state);
  const circular = circularOf(snapshot);
  let head = circular === 'circular-03-2025' ? header('stop-notice', circular) : null;
  if (head === null) {
    if (snapshot.regime !== 'decree-118-2025')
      throw badArgument('snapshot', 'decree-118-dossier', 'decree-61-2018');
    const h = header('stop-notice', 'circular-03-2025');
    head = {
      ...h,
      basis: l(
        `${h.basis.vi} (Thông tư 01/2018/TT-VPCP không có mẫu thông báo dừng; hồ sơ theo Nghị định 118/2025/NĐ-CP, Điều 21)`,
        `${h.basis.en} (Circular 01/2018 has no notice of stopping; the dossier is under Decree 118/2025 Art. 21)`,
      ),
    };
  }
  return {
    ...head,
    fields: [
      ...common(ctx, snapshot, textOption(opts.applicant, 'applicant')),
      { label: l('Thời điểm dừng', 'Stopped at'), value: clock(snapshot.finishedAt!) },
      { label: l('Lý do', 'Reason'), value: textOption(opts.reason, 'reason') },
    ],
    table: null,
  };
}
