/** Lint rule DELIVERY_ONLINE_NOT_OFFERED: results delivered online by a procedure not offered online. */
import rule from '../../../src/rules/lint/rules/deliveryOnlineNotOffered.js';
import { testRule } from './ruleTester.js';

testRule(
  rule,
  [
    {
      path: ['channels', 'delivery', 1],
      mutate: (d) => {
        d.channels.delivery = ['desk', 'online'];
      },
    },
  ],
  [
    (d) => {
      d.channels.delivery = ['desk', 'post'];
    },
    (d) => {
      d.channels.online = 'partial';
      d.channels.delivery = ['desk', 'online'];
      d.documents[1].electronicFormats = ['pdf'];
    },
  ],
);
