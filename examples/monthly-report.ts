/**
 * A month's report for a province's synthetic dossiers (bench/synthetic.ts: the example procedures, 50 receiving
 * offices, a year of receipts): both figures of domain notes §7 — each named for what it is — the counts, the
 * procedures' figures and the warnings a manager acts on, in Vietnamese.
 *
 *   npx tsx examples/monthly-report.ts [YYYY-MM] [dossiers]
 */
import { loadProcedures, syntheticDossiers } from '../bench/synthetic.js';
import { createEngine, monthPeriod, summaryCsv, warningCodes } from '../src/engine/index.js';

const month = process.argv[2] ?? '2026-11';
const count = Number(process.argv[3] ?? 20_000);
const [year, mm] = month.split('-').map(Number) as [number, number];
const period = monthPeriod(month); // { from: '2026-11-01', to: '2026-11-30' }

const procedures = loadProcedures();
const engine = createEngine({ procedures: Object.values(procedures) });
const summary = engine.createSummary({ period, groupBy: ['procedure'], warnings: { limit: 3 } });
// Read from persisted JSON, as a portal's store gives it.
for (const s of syntheticDossiers(engine, procedures, { seed: 29, count, year }))
  summary.add(JSON.stringify(engine.persist(s)));
const r = summary.result();
const t = r.total;
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)} %`);
const names = new Map(Object.values(procedures).map((p) => [p.definition.code, p.definition.name.vi]));

console.log(
  `BÁO CÁO TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH — tháng ${mm}/${year} (${period.from} … ${period.to})`,
);
console.log(
  `Hồ sơ tiếp nhận: ${t.handled} (kỳ trước chuyển sang ${t.carriedOver}, mới tiếp nhận ${t.received}: trực tiếp ${t.receivedByChannel.inPerson}, trực tuyến ${t.receivedByChannel.online}, bưu chính ${t.receivedByChannel.post})`,
);
console.log(
  `Đã giải quyết: ${t.resolved.total} (trước hạn ${t.resolved.early}, đúng hạn ${t.resolved.onTime}, quá hạn ${t.resolved.late})`,
);
console.log(
  `Tỷ lệ giải quyết đúng hạn (trước hạn và đúng hạn ÷ đã giải quyết): ${pct(t.resolvedOnTimeRate)}`,
);
console.log(
  `Đang giải quyết cuối kỳ: ${t.inProgress.total} (trong hạn ${t.inProgress.withinTime}, quá hạn ${t.inProgress.overdue})`,
);
console.log(
  `Chỉ số tiến độ theo Quyết định 766/QĐ-TTg (đúng hạn ÷ hồ sơ xử lý trong kỳ): ${pct(t.decision766.rate)} — không phải tỷ lệ trên`,
);
console.log(
  `Rút hồ sơ ${t.withdrawn}, từ chối giải quyết ${t.refused}, dừng xử lý ${t.stopped}, không được tiếp nhận ${t.refusedAtDesk}`,
);
console.log(
  `Yêu cầu bổ sung ${t.supplementRequests}, xin lỗi và hẹn lại ${t.apologies}, gia hạn theo quy định của thủ tục ${t.extensions}`,
);
console.log(
  `Thời gian giải quyết: trung bình ${t.processingHours.average} giờ làm việc, trung vị ${t.processingHours.median} giờ làm việc`,
);
// Online services and digitisation (issue 15): the shares, and the two Decision 766 groups they feed.
const g766 = t.decision766Groups;
const full = (x: { fullPoints: boolean | null }) =>
  x.fullPoints === null ? '' : x.fullPoints ? ' (đạt mức điểm tối đa)' : ' (chưa đạt mức điểm tối đa)';
console.log(
  `Trực tuyến: ${t.online.received} hồ sơ (toàn trình ${t.online.fully}, một phần ${t.online.partly}); tỷ lệ nộp trực tuyến ${pct(g766.onlineServices.onlineShare.value)}${full(g766.onlineServices.onlineShare)}; thanh toán trực tuyến ${pct(t.payment.onlineShare)} của ${t.payment.paid} hồ sơ đã nộp phí`,
);
console.log(
  `Số hóa: hồ sơ số hóa đầy đủ thành phần ${pct(t.digitisation.dossiers.share)}${full(g766.digitisation.digitisedDossiers)}; kết quả được số hóa ${pct(t.digitisation.results.share)}; thành phần hồ sơ tái sử dụng dữ liệu ${pct(t.digitisation.documents.reusedShare)}`,
);
console.log('\nTheo thủ tục:');
for (const g of r.groups) {
  const f = g.figures;
  console.log(
    `  ${g.key.procedure} ${names.get(g.key.procedure!) ?? ''}: giải quyết ${f.resolved.total}, đúng hạn ${pct(f.resolvedOnTimeRate)}, quá hạn đang giải quyết ${f.inProgress.overdue}, chỉ số 766 ${pct(f.decision766.rate)}`,
  );
}
console.log('\nCảnh báo:');
for (const c of warningCodes) {
  const w = r.warnings![c];
  console.log(`  ${c}: ${w.count}`);
  for (const item of w.items) console.log(`    - ${item.messageVi}`);
}
console.log(
  `\nCSV (${summaryCsv(r).split('\r\n').length - 2} nhóm và dòng tổng cộng), tiêu đề: ${summaryCsv(r).split('\r\n')[0]!.slice(1, 80)}…`,
);
