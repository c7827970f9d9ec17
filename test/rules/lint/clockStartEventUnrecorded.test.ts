/** Lint rule CLOCK_START_EVENT_UNRECORDED: a clock start on an event the procedure never records. */
import rule from '../../../src/rules/lint/rules/clockStartEventUnrecorded.js';
import { basis, withConsultation } from './builders.js';
import { testRule } from './ruleTester.js';

testRule(
  rule,
  [
    {
      path: ['timing', 'clockStart', 'after'],
      mutate: (d) => {
        d.fees = [];
        d.timing.clockStart = { after: 'FEE_PAID', basis };
      },
      params: { event: 'FEE_PAID', reason: 'no-fee' },
    },
    {
      path: ['timing', 'clockStart', 'after'],
      mutate: (d) => {
        d.timing.clockStart = { after: 'FINANCIAL_OBLIGATION_MET', basis };
      },
      params: { reason: 'no-financial-obligation' },
    },
    {
      path: ['timing', 'clockStart', 'step'],
      mutate: (d) => {
        withConsultation(d);
        d.timing.clockStart = { after: 'REPLY', basis };
      },
      params: { reason: 'reply-without-step' },
    },
    {
      // A typo: the closest step is suggested.
      path: ['timing', 'clockStart', 'step'],
      mutate: (d) => {
        withConsultation(d);
        d.timing.clockStart = { after: 'REPLY', step: 'ask-polcie', basis };
      },
      params: { reason: 'unknown-step', suggestion: 'ask-police' },
    },
    {
      // `review` consults but does not reply: it is not a consultation branch step.
      path: ['timing', 'clockStart', 'step'],
      mutate: (d) => {
        withConsultation(d);
        d.timing.clockStart = { after: 'REPLY', step: 'review', basis };
      },
      params: { reason: 'not-a-reply', step: 'review' },
    },
    {
      path: ['timing', 'clockStart', 'step'],
      mutate: (d) => {
        d.timing.clockStart = { after: 'FEE_PAID', step: 'review', basis };
      },
      params: { reason: 'step-without-reply' },
    },
    {
      // A variant's own clock start is checked the same way.
      path: ['timing', 'variants', 0, 'clockStart', 'after'],
      mutate: (d) => {
        d.timing.variants = [
          {
            when: 'abroad',
            limit: { amount: 3, unit: 'working-days' },
            clockStart: { after: 'FINANCIAL_OBLIGATION_MET', basis },
          },
        ];
      },
      params: { event: 'FINANCIAL_OBLIGATION_MET' },
    },
  ],
  [
    (d) => {
      d.timing.clockStart = { after: 'FEE_PAID', basis };
    },
    (d) => {
      d.steps[1].actions.push({ type: 'request-financial-obligation', to: 'return' });
      d.timing.financialObligationPausesClock = true;
      d.timing.clockStart = { after: 'FINANCIAL_OBLIGATION_MET', basis };
    },
    (d) => {
      withConsultation(d);
      d.timing.clockStart = { after: 'REPLY', step: 'ask-police', basis };
    },
  ],
);
