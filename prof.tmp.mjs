import { readFileSync } from 'node:fs';
import { createEngine } from './dist/engine/index.js';
import { defineProcedure } from './dist/rules/index.js';

const land = defineProcedure(
  JSON.parse(readFileSync('examples/procedures/land-change-registration.json', 'utf8')),
);
const engine = createEngine({ procedures: [land] });
const day = (d, time) => `${new Date(Date.UTC(2026, 2, 2 + d)).toISOString().slice(0, 10)}T${time}:00+07:00`;
const drafts = [
  { type: 'SUBMIT', at: day(0, '08:00'), channel: 'in-person' },
  { type: 'RECEIVE', at: day(0, '08:10'), by: 'centre', dossierCode: '000.00.24.H29-260302-0001' },
  { type: 'FORWARD', at: day(0, '09:00'), by: 'centre' },
  { type: 'REQUEST_SUPPLEMENT', at: day(0, '10:00'), by: 'branch', items: ['Thiếu bản đồ'] },
  { type: 'SUPPLEMENT_RECEIVED', at: day(1, '09:00'), by: 'centre' },
];
for (let k = 0; k < 5; k++) {
  drafts.push({ type: 'FORWARD', at: day(1 + k, '10:00'), by: 'branch' });
  drafts.push({ type: 'RETURN', at: day(1 + k, '14:00'), by: 'tax', reason: 'Sai thông tin địa chính' });
}
drafts.push(
  { type: 'FORWARD', at: day(7, '09:00'), by: 'branch' },
  { type: 'REQUEST_FINANCIAL_OBLIGATION', at: day(7, '15:00'), by: 'tax', amount: 40_000_000 },
  { type: 'FINANCIAL_OBLIGATION_MET', at: day(9, '09:00') },
  { type: 'ISSUE_RESULT', at: day(10, '10:00'), by: 'land-office' },
  { type: 'RETURN_RESULT', at: day(10, '15:00'), by: 'centre' },
);
const events = drafts.map((e, i) => ({ ...e, seq: i + 1 }));
const r = engine.replay(land, events);
if (!r.ok) throw new Error(r.rejection.message);
for (let i = 0; i < 2000; i++) engine.replay(land, events);
const N = Number(process.env.N ?? 20000);
const t = performance.now();
for (let i = 0; i < N; i++) engine.replay(land, events);
console.log((((performance.now() - t) / N) * 1000).toFixed(1), 'µs');
