/**
 * The records kept by the desk: the process control sheet (06; 05 before 15/09/2025) and the logbook (07; 06).
 */
import { badArgument, instantArg, objectArg } from '../check.js';
import type { DossierContext } from '../context.js';
import { type Circular, formsCircularAt } from '../law.js';
import { timeliness } from '../sla/outcome.js';
import { type StepSla, slaStatus } from '../sla/status.js';
import type { DossierSnapshot } from '../snapshot/schema.js';
import { vnClock, vnDate, vnInstant } from '../time.js';
import {
  APPLICANT,
  agencyName,
  type ControlBlock,
  circularOf,
  clock,
  digitisationFields,
  dueClock,
  dueShort,
  type Form,
  header,
  l,
  RESULT,
  textOption,
} from './model.js';

/**
 * Form 06 (05 before 15/09/2025): the process control sheet (phiếu kiểm soát quá trình giải quyết hồ sơ): dossier
 * code, received, due; one block per handoff — "Giao" (giver) / "Nhận" (receiver), hour-minute-date, and the
 * result of the giver's step against that step's own deadline. The first block hands from the desk to the
 * processing unit; when the result is returned, the last block hands it to the applicant, judged against the
 * dossier's appointment.
 *
 * @example
 * renderForm(engine.controlSheetForm(snapshot, { at: '2026-03-16T15:00:00+07:00' }), { format: 'markdown' })
 */
export function controlSheetForm(
  ctx: DossierContext,
  snapshot: DossierSnapshot,
  options: { readonly at: string },
): Form {
  const opts = objectArg(options, 'options');
  const sla = slaStatus(ctx, snapshot, instantArg(opts.at, 'at'));
  if (!snapshot.receivedAt) throw badArgument('snapshot', 'received', snapshot.state);
  const blocks: ControlBlock[] = [];
  for (const step of sla.steps) {
    if (step.from === null) continue;
    const giver = sla.steps.find((s) => s.step === step.from && s.end === step.at);
    blocks.push({
      giver: agencyName(ctx, step.fromAgency),
      receiver: agencyName(ctx, step.agency),
      at: step.at,
      result: giver?.outcome ?? null,
      note: giver ? limitNote(giver) : '',
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
      giver: agencyName(ctx, branch.agency),
      receiver: agencyName(ctx, join ? join.agency : branch.fromAgency),
      at: branch.end,
      result: branch.outcome,
      note: limitNote(branch),
    });
  }
  blocks.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  if (snapshot.outcome === 'result-returned' && snapshot.finishedAt && sla.dossier) {
    const last = sla.steps.at(-1);
    blocks.push({
      giver: agencyName(ctx, last?.agency ?? null),
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
      {
        label: l('Ngày, giờ hẹn trả kết quả', 'Due'),
        value: sla.dossier
          ? dueClock(sla.dossier.due)
          : l('Chưa bắt đầu tính thời hạn', 'The time limit has not started'),
      },
      // Số hóa hồ sơ, kết quả: what was digitised or reused at receipt, whether each result was digitised.
      ...digitisationFields(ctx, snapshot, true),
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

/** A step judged against its own legal limit says so (its due), so the sheet shows which deadline applied. */
function limitNote(step: StepSla): string {
  return step.judgedBy === 'limit' && step.due !== null
    ? `Thời hạn riêng của bước: ${dueShort(step.due)}`
    : '';
}

/** A line of the logbook: a dossier (with its context) and the applicant's name. */
export interface LogbookEntry {
  readonly ctx: DossierContext;
  readonly snapshot: DossierSnapshot;
  readonly applicant: string;
}

/** Form 07 (06 before 15/09/2025): the logbook (sổ theo dõi hồ sơ), one row per dossier. */
export function logbookForm(
  entries: readonly LogbookEntry[],
  options: { readonly at: string; readonly circular?: Circular },
): Form {
  const opts = objectArg(options, 'options');
  const asOf = vnInstant(instantArg(opts.at, 'at'));
  const circular = opts.circular ?? formsCircularAt(asOf);
  const rows = entries.map(({ ctx, snapshot, applicant }, i) => {
    const sla = snapshot.receivedAt ? slaStatus(ctx, snapshot, Date.parse(asOf)) : null;
    const transferred = snapshot.visits[1]?.at ?? null;
    return [
      String(i + 1),
      snapshot.dossierCode ?? '',
      ctx.compiled.procedure.definition.name.vi,
      textOption(applicant, 'applicant'),
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
