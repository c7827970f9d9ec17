/**
 * Builders for the lint cases of interagency procedures (issue 9): a consultation branch, several results, a
 * legal basis — small changes to the minimal definition of `fixtures.ts`, shared by the rules' tests.
 */
import type { Json } from '../fixtures.js';

/** A legal basis, as a rule departing from the general one needs. */
export const basis = { document: 'Nghị định 63/2024/NĐ-CP' };

/** `review` consults the police (branch `ask-police`, which replies), continuing at `return`. */
export function withConsultation(d: Json): Json {
  d.agencies.push({ id: 'police', name: { vi: 'Công an xã' } });
  d.roles.coordinating = [{ agency: 'police', liaison: 'horizontal' }];
  d.steps[1].time = 1;
  d.steps[1].actions = [{ type: 'consult', branches: ['ask-police'], join: 'return' }, { type: 'refuse' }];
  d.steps.push({
    id: 'ask-police',
    name: { vi: 'Công an xác minh' },
    agency: 'police',
    role: 'consult',
    time: 1,
    actions: [{ type: 'reply' }],
  });
  return d;
}

/**
 * Two results: the office's certificate, issued at `review`, which then has the police confirm residence (the
 * consultation step `coordinate`, index 4; its branch `ask-police`, index 3, replies with the residence record).
 */
export function withResults(d: Json): Json {
  d.agencies.push({ id: 'police', name: { vi: 'Công an xã' } });
  d.roles.coordinating = [{ agency: 'police', liaison: 'horizontal' }];
  d.results = [
    {
      id: 'certificate',
      name: { vi: 'Giấy chứng nhận' },
      agency: 'office',
      limit: { amount: 3, unit: 'working-days' },
    },
    {
      id: 'residence',
      name: { vi: 'Đăng ký thường trú' },
      agency: 'police',
      limit: { amount: 2, unit: 'working-days' },
    },
  ];
  d.steps[1].time = 1;
  d.steps[1].actions = [
    { type: 'issue-result', to: 'coordinate', result: 'certificate' },
    { type: 'refuse' },
  ];
  d.steps.push(
    {
      id: 'ask-police',
      name: { vi: 'Công an đăng ký thường trú' },
      agency: 'police',
      role: 'consult',
      time: 1,
      actions: [{ type: 'reply', result: 'residence' }],
    },
    {
      id: 'coordinate',
      name: { vi: 'Chuyển liên thông' },
      agency: 'office',
      role: 'consult',
      actions: [{ type: 'consult', branches: ['ask-police'], join: 'return' }],
    },
  );
  return d;
}
