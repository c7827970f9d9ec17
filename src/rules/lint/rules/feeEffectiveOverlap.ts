/**
 * FEE_EFFECTIVE_OVERLAP — two fee entries with the same id in force on a common day. A fee the law changed (a new
 * amount from 01/01/2026) is written as two entries with one id and `effective` ranges that do not overlap; an
 * entry without `effective` is in force every day. Entries that apply under different conditions (a USD amount
 * at missions, a VND one at communes) take different ids. Inverted ranges are `EFFECTIVE_RANGE_INVERTED`.
 */
import { defineRule } from '../rule.js';

export default defineRule({
  code: 'FEE_EFFECTIVE_OVERLAP',
  severity: 'error',
  docs: 'two entries `fee` in force from 2026-01-01 (or one without `effective`); the problem names the first common day and the other entry',
  check: ({ definition: d }, report) => {
    const range = (i: number) => {
      const e = d.fees[i]!.effective;
      return { from: e?.from ?? null, to: e?.to ?? null };
    };
    d.fees.forEach((fee, j) => {
      const b = range(j);
      if (b.from !== null && b.to !== null && b.to < b.from) return;
      for (let i = 0; i < j; i++) {
        if (d.fees[i]!.id !== fee.id) continue;
        const a = range(i);
        if (a.from !== null && a.to !== null && a.to < a.from) continue;
        const from = a.from === null ? b.from : b.from === null || a.from > b.from ? a.from : b.from;
        const to = a.to === null ? b.to : b.to === null || a.to < b.to ? a.to : b.to;
        if (from !== null && to !== null && to < from) continue;
        report({ id: fee.id, other: i, from }, fee.effective ? ['fees', j, 'effective'] : ['fees', j, 'id']);
        break;
      }
    });
  },
});
