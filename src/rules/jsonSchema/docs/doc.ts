/** The title and description of one member of the definition format, in both languages. */

/** [title vi, title en, description vi, description en] */
export type Doc = readonly [string, string, string, string];

/** The doc of a condition member (`when`, `requiredWhen`, `expr`): what it decides, then what CEL is. */
export const condition = (vi: string, en: string): Doc => [
  'Điều kiện',
  'Condition',
  `${vi} Biểu thức CEL trên các trường của tờ khai và biến "channel", ví dụ "isForeigner || livedAbroad".`,
  `${en} A CEL expression over the form fields and \`channel\`, e.g. \`isForeigner || livedAbroad\`.`,
];
/** The doc of an action's target step. */
export const target: Doc = ['Bước đến', 'Target step', 'Mã của bước tiếp theo.', 'Id of the next step.'];
