/**
 * Walks a land change registration (đăng ký biến động đất đai) through the one-stop engine: submitted at the
 * public administrative service centre on 10/02/2026, handed to the land registration office branch, then to the
 * tax authority, the applicant pays (the clock pauses), the land office issues the result and the centre returns
 * it. Tết Bính Ngọ (16–20/02/2026) is skipped. Prints the appointment date, each handoff, and the process control
 * sheet (phiếu kiểm soát quá trình giải quyết hồ sơ, Circular 03/2025/TT-VPCP form 06).
 *
 * Run: npx tsx examples/land-procedure.ts
 */
import { readFileSync } from 'node:fs';
import {
  createEngine,
  type DossierEvent,
  type DossierSnapshot,
  dossierCode,
  renderForm,
  type UnnumberedEvent,
} from '../src/engine/index.js';
import { defineProcedure, validateDossier } from '../src/rules/index.js';

const land = defineProcedure(
  JSON.parse(readFileSync(new URL('./procedures/land-change-registration.json', import.meta.url), 'utf8')),
);
const engine = createEngine({ procedures: [land] });
const agencies = new Map(land.definition.agencies.map((a) => [a.id, a.name.vi]));

const dossier = {
  channel: 'in-person' as const,
  fields: { changeType: 'transfer', declaredValue: 2_400_000_000, disadvantagedArea: false },
  documents: [
    { document: 'application', form: 'original' as const },
    { document: 'contract', form: 'certified-copy' as const },
    { document: 'certificate', form: 'original' as const },
  ],
};
const validation = validateDossier(land, dossier);
if (!validation.ok) throw new Error(validation.problems.map((p) => p.messageVi).join('; '));

const receivedAt = '2026-02-10T09:10:00+07:00';
const code = dossierCode('000.00.24.H29', receivedAt, 1);
const events: UnnumberedEvent[] = [
  { type: 'SUBMIT', at: '2026-02-10T09:00:00+07:00', channel: 'in-person' },
  {
    type: 'RECEIVE',
    at: receivedAt,
    by: 'centre',
    dossierCode: code,
    fields: dossier.fields,
    // Scanned and signed into the dossier at the desk; the certificate kept on paper (issue 15).
    documents: { application: 'digitised', contract: 'digitised', certificate: 'paper' },
  },
  { type: 'FORWARD', at: '2026-02-10T14:00:00+07:00', by: 'centre' },
  { type: 'FORWARD', at: '2026-02-12T16:00:00+07:00', by: 'branch' },
  { type: 'REQUEST_FINANCIAL_OBLIGATION', at: '2026-02-23T15:00:00+07:00', by: 'tax', amount: 60_000_000 },
  { type: 'FINANCIAL_OBLIGATION_MET', at: '2026-02-26T09:00:00+07:00' },
  { type: 'ISSUE_RESULT', at: '2026-03-03T10:00:00+07:00', by: 'land-office', digitised: true },
  { type: 'RETURN_RESULT', at: '2026-03-03T15:00:00+07:00', by: 'centre' },
];

const clock = (instant: string) => {
  const local = new Date(Date.parse(instant) + 7 * 3_600_000).toISOString();
  return `${local.slice(11, 16)} ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
};

let snapshot: DossierSnapshot = engine.start(land);
for (const [i, draft] of events.entries()) {
  const result = engine.applyEvent(snapshot, { ...draft, seq: i + 1 } as DossierEvent);
  if (!result.ok) throw new Error(`${draft.type}: ${result.rejection.messageVi}`);
  const before = snapshot;
  snapshot = result.snapshot;
  if (draft.type === 'RECEIVE') {
    const due = engine.dossierDeadline(snapshot, draft.at)!;
    console.log(`Mã hồ sơ: ${code}`);
    console.log(
      `Tiếp nhận: ${clock(draft.at)} — thời hạn ${validation.timeLimit.type === 'duration' ? validation.timeLimit.amount : 0} ngày làm việc`,
    );
    console.log(`Ngày hẹn trả kết quả: ${clock(due.due)}`);
    for (const day of due.daysOff) console.log(`  bỏ qua ${day.date}: ${day.summary.vi}`);
    console.log('');
    console.log(
      renderForm(
        engine.receiptForm(snapshot, {
          applicant: 'Nguyễn Văn An',
          documents: [
            { name: 'Đơn đăng ký biến động', form: 'original', copies: 1, document: 'application' },
            {
              name: 'Hợp đồng chuyển nhượng đã công chứng',
              form: 'certified-copy',
              copies: 1,
              document: 'contract',
            },
            { name: 'Giấy chứng nhận đã cấp', form: 'original', copies: 1, document: 'certificate' },
          ],
          logbookNumber: '01/2026',
        }),
      ),
    );
  }
  for (const visit of snapshot.visits.slice(before.visits.length)) {
    if (visit.from === null) continue;
    const giver = land.definition.steps.find((s) => s.id === visit.from)!.agency;
    const receiver = land.definition.steps.find((s) => s.id === visit.step)!.agency;
    console.log(`Bàn giao ${clock(visit.at)}: ${agencies.get(giver)} → ${agencies.get(receiver)}`);
  }
  if (draft.type === 'REQUEST_FINANCIAL_OBLIGATION') {
    console.log(`Tạm dừng tính thời gian từ ${clock(draft.at)}: chờ người nộp thực hiện nghĩa vụ tài chính`);
  }
  if (draft.type === 'FINANCIAL_OBLIGATION_MET') {
    const due = engine.dossierDeadline(snapshot, draft.at)!;
    const pause = due.pauses[0]!;
    console.log(`Đã nộp thuế ${clock(draft.at)}: thời gian tạm dừng ${pause.hours} giờ làm việc không tính`);
    console.log(`Ngày hẹn trả kết quả (sau tạm dừng): ${clock(due.due)}`);
  }
  if (draft.type === 'RETURN_RESULT') console.log(`Trả kết quả: ${clock(draft.at)}`);
}

const sla = engine.slaStatus(snapshot, '2026-03-03T15:00:00+07:00');
console.log('');
console.log(
  `Kết quả giải quyết: ${sla.dossier?.outcome === 'early' ? 'Trước hạn' : sla.dossier?.outcome === 'on-time' ? 'Đúng hạn' : 'Quá hạn'}`,
);
console.log('');
console.log(renderForm(engine.controlSheetForm(snapshot, { at: '2026-03-03T15:00:00+07:00' })));
