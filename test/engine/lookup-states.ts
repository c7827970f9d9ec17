/**
 * Dossiers in every state of the lifecycle for the lookup tests, built with the example procedures and the
 * engine's applyEvent: the land change registration (10 working days, received Tue 10/02/2026 before Tết, the
 * tax payment pausing the clock), the birth + residence + health-card group (three results), the marital-status
 * certificate (the clock waits for the former commune's reply) and the certification of copies (the procedure's
 * own extension). Texts typed by officers carry the marker `ZQX` so the tests can check none is ever shown.
 */
import {
  createEngine,
  type DossierSnapshot,
  type Engine,
  type UnnumberedEvent,
} from '../../src/engine/index.js';
import { engine, land, load, run } from './fixtures.js';

export const birth = load('birth-residence-health-card');
export const marital = load('marital-status-certificate');
export const copy = load('certified-copy');
/** The interagency examples, counted by working hours (the library's default). */
export const groupEngine = createEngine({ procedures: [birth, marital, copy] });

const at = (day: string, time: string) => `${day}T${time}:00+07:00`;

export const landCode = 'H29.22-260210-0001';
const submitted: UnnumberedEvent[] = [
  { type: 'SUBMIT', at: at('2026-02-10', '09:00'), channel: 'in-person' },
];
const received: UnnumberedEvent[] = [
  ...submitted,
  { type: 'RECEIVE', at: at('2026-02-10', '09:10'), by: 'centre', dossierCode: landCode },
];
const processing: UnnumberedEvent[] = [
  ...received,
  { type: 'FORWARD', at: at('2026-02-10', '14:00'), by: 'centre' },
];
const payment: UnnumberedEvent[] = [
  ...processing,
  { type: 'FORWARD', at: at('2026-02-12', '16:00'), by: 'branch' },
  { type: 'REQUEST_FINANCIAL_OBLIGATION', at: at('2026-02-23', '15:00'), by: 'tax', amount: 12_000_000 },
];
const decided: UnnumberedEvent[] = [
  ...payment,
  { type: 'FINANCIAL_OBLIGATION_MET', at: at('2026-02-26', '09:00') },
  { type: 'ISSUE_RESULT', at: at('2026-03-03', '10:00'), by: 'land-office' },
];

/** One dossier to look up: its engine, its snapshot, the instant read, and what its supplement asks for. */
export interface LookupCase {
  readonly engine: Engine;
  readonly snapshot: DossierSnapshot;
  readonly at: string;
  readonly missing?: readonly string[];
}

const landCase = (
  events: readonly UnnumberedEvent[],
  read: string,
  missing?: readonly string[],
): LookupCase => ({
  engine,
  snapshot: run(land, events),
  at: read,
  ...(missing ? { missing } : {}),
});

const filed: UnnumberedEvent[] = [
  { type: 'SUBMIT', at: at('2027-02-03', '08:30'), channel: 'online', delivery: 'online' },
  { type: 'RECEIVE', at: at('2027-02-03', '09:30'), by: 'desk', dossierCode: 'LT-270203-0001' },
  { type: 'FORWARD', at: at('2027-02-03', '09:35'), by: 'desk' },
  { type: 'ISSUE_RESULT', at: at('2027-02-03', '14:00'), by: 'justice' },
  { type: 'RETURN_RESULT', at: at('2027-02-03', '14:10'), by: 'desk', result: 'birth-certificate' },
  { type: 'CONSULT', at: at('2027-02-03', '14:20'), by: 'justice' },
];
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
];
const copied: UnnumberedEvent[] = [
  {
    type: 'SUBMIT',
    at: at('2027-02-03', '15:20'),
    channel: 'in-person',
    implementer: 'commune',
    delivery: 'desk',
  },
  {
    type: 'RECEIVE',
    at: at('2027-02-03', '15:25'),
    by: 'desk',
    dossierCode: 'CT-270203-0001',
    fields: { pages: 12, copies: 30 },
  },
  {
    type: 'EXTEND',
    at: at('2027-02-03', '15:40'),
    by: 'desk',
    reason: 'ZQX nhiều bản sao',
    newDueDate: '2027-02-15',
  },
];

/** Every phase of the lifecycle, and the special cases of the clock, by name. */
export const cases: Readonly<Record<string, LookupCase>> = {
  new: { engine, snapshot: engine.start(land), at: at('2026-02-10', '08:00') },
  submitted: landCase(submitted, at('2026-02-10', '09:05')),
  incomplete: landCase(
    [
      ...submitted,
      { type: 'REQUEST_SUPPLEMENT', at: at('2026-02-10', '09:20'), by: 'centre', items: ['ZQX dòng'] },
    ],
    at('2026-02-11', '09:00'),
    ['contract'],
  ),
  'refused-at-desk': landCase(
    [...submitted, { type: 'REFUSE', at: at('2026-02-10', '09:20'), by: 'centre', reasons: ['ZQX lý do'] }],
    at('2026-02-11', '09:00'),
  ),
  received: landCase(received, at('2026-02-10', '10:00')),
  processing: landCase(processing, at('2026-02-12', '10:00')),
  'awaiting-supplement': landCase(
    [
      ...processing,
      { type: 'REQUEST_SUPPLEMENT', at: at('2026-02-12', '09:00'), by: 'branch', items: ['ZQX hợp đồng'] },
    ],
    at('2026-02-13', '09:00'),
    ['contract', 'certificate'],
  ),
  'awaiting-financial-obligation': landCase(payment, at('2026-02-24', '09:00')),
  'result-ready': landCase(decided, at('2026-03-03', '11:00')),
  refused: landCase(
    [
      ...processing,
      { type: 'REFUSE', at: at('2026-02-11', '10:00'), by: 'branch', reasons: ['ZQX không đủ'] },
    ],
    at('2026-02-12', '09:00'),
  ),
  withdrawn: landCase(
    [...processing, { type: 'WITHDRAW', at: at('2026-02-11', '10:00'), reason: 'ZQX đổi ý' }],
    at('2026-02-12', '09:00'),
  ),
  stopped: landCase(
    [
      ...processing,
      { type: 'STOP', at: at('2026-02-11', '10:00'), by: 'centre', reason: 'other', note: 'ZQX ghi chú' },
    ],
    at('2026-02-12', '09:00'),
  ),
  'result-returned': landCase(
    [...decided, { type: 'RETURN_RESULT', at: at('2026-03-03', '15:00'), by: 'centre' }],
    at('2026-03-04', '09:00'),
  ),
  overdue: landCase(processing, at('2026-03-04', '09:00')),
  apology: landCase(
    [
      ...processing,
      {
        type: 'APOLOGIZE',
        at: at('2026-02-25', '09:00'),
        by: 'centre',
        reason: 'ZQX quá tải',
        newDueDate: '2026-03-06',
      },
    ],
    at('2026-02-26', '09:00'),
  ),
  results: { engine: groupEngine, snapshot: run(birth, filed, groupEngine), at: at('2027-02-04', '09:00') },
  waiting: {
    engine: groupEngine,
    snapshot: run(marital, verification, groupEngine),
    at: at('2027-02-11', '09:00'),
  },
  extended: { engine: groupEngine, snapshot: run(copy, copied, groupEngine), at: at('2027-02-11', '09:00') },
};
