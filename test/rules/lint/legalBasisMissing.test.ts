/** Lint rule LEGAL_BASIS_MISSING: a departure from the general rule without its legal basis. */
import rule from '../../../src/rules/lint/rules/legalBasisMissing.js';
import { basis } from './builders.js';
import { testRule } from './ruleTester.js';

testRule(
  rule,
  [
    {
      path: ['timing', 'clockStart', 'basis'],
      mutate: (d) => {
        d.timing.clockStart = { after: 'FEE_PAID' };
      },
      params: { subject: 'clock-start', step: null },
    },
    {
      path: ['timing', 'extension', 'basis'],
      mutate: (d) => {
        d.timing.extension = { limit: { amount: 2, unit: 'working-days' }, byAgreement: true };
      },
      params: { subject: 'extension' },
    },
    {
      path: ['timing', 'supplement', 'requestWindow', 'basis'],
      mutate: (d) => {
        d.timing.supplement = { requestWindow: { amount: 2, unit: 'working-days' } };
      },
      params: { subject: 'request-window' },
    },
    {
      path: ['steps', 1, 'limit', 'basis'],
      mutate: (d) => {
        d.steps[1].limit = { amount: 2, unit: 'working-days' };
      },
      params: { subject: 'step-limit', step: 'review' },
    },
    {
      path: ['timing', 'variants', 0, 'clockStart', 'basis'],
      mutate: (d) => {
        d.timing.variants = [
          { when: 'abroad', limit: { amount: 3, unit: 'working-days' }, clockStart: { after: 'FEE_PAID' } },
        ];
      },
      params: { subject: 'clock-start' },
    },
  ],
  [
    (d) => {
      d.timing.clockStart = { after: 'FEE_PAID', basis };
      d.timing.extension = { limit: { amount: 2, unit: 'working-days' }, basis };
      d.timing.supplement = { requestWindow: { amount: 2, unit: 'working-days', basis } };
      d.steps[1].limit = { amount: 2, unit: 'working-days', withinTotal: true, basis };
    },
  ],
);
