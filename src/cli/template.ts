/**
 * The template definition `motcua init <code>` writes: complete and valid (it passes `motcua check` without a
 * problem), so an author starts from something that loads and replaces values one by one. JSON has no comments
 * and every object of the schema is strict, so the explanations go where the schema takes free text: `notes` and
 * `assumptions` of the procedure, `help` of a field, `note` of a document.
 */
import type { ProcedureInput } from '../rules/index.js';
import { type Texts, texts } from './messages/index.js';

/** What the template is made from. */
export interface TemplateOptions {
  readonly code: string;
  /** The procedure's Vietnamese name; the template says where to find it when absent. */
  readonly name?: string | undefined;
  /** `$schema`: the installed package's schema, relative to the file written. */
  readonly schema: string;
  /** First day in force, `YYYY-MM-DD` (today by default, in Vietnam). */
  readonly from: string;
}

/**
 * A commented template definition.
 *
 * @example
 * procedureTemplate({ code: '1.000894', schema: './node_modules/motcua/schema/procedure.schema.json', from: '2026-03-02' }, texts('vi'))
 * //=> { $schema: './node_modules/motcua/schema/procedure.schema.json', code: '1.000894', …, steps: [receive, review, decide, return] }
 */
export function procedureTemplate(options: TemplateOptions, t: Texts): ProcedureInput {
  // `.vi` is always Vietnamese (the definition's own language); with `--lang en` the English text goes beside it.
  const vi = texts('vi');
  const english = t !== vi;
  const text = (key: TemplateText) => (english ? { vi: vi[key](), en: t[key]() } : { vi: vi[key]() });
  return {
    $schema: options.schema,
    code: options.code,
    name: options.name === undefined ? text('TPL_NAME') : { vi: options.name },
    version: `${options.from.slice(0, 4)}.1`,
    field: text('TPL_FIELD'),
    level: 'commune',
    legalBasis: [{ document: 'Nghị định 118/2025/NĐ-CP', articles: ['17', '19', '22'] }],
    effective: { from: options.from },
    agencies: [
      { id: 'desk', name: text('TPL_DESK'), level: 'commune' },
      { id: 'office', name: text('TPL_LEAD'), level: 'commune' },
      { id: 'chair', name: text('TPL_DECIDING'), level: 'commune' },
    ],
    roles: { desk: 'desk', lead: 'office', deciding: 'chair' },
    timing: { limit: { type: 'duration', amount: 5, unit: 'working-days' } },
    channels: { inPerson: true, post: true, online: 'partial' },
    fields: [
      {
        id: 'applicantName',
        type: 'string',
        label: text('TPL_APPLICANT'),
        maxLength: 200,
        help: text('TPL_APPLICANT_HELP'),
      },
    ],
    documents: [
      {
        id: 'application',
        name: text('TPL_APPLICATION'),
        accepts: ['original'],
        copies: 1,
        electronicFormats: ['pdf'],
        note: text('TPL_APPLICATION_NOTE'),
      },
    ],
    fees: [],
    steps: [
      {
        id: 'receive',
        name: text('TPL_RECEIVE'),
        agency: 'desk',
        role: 'receive',
        time: 0.5,
        actions: [{ type: 'forward', to: 'review' }, { type: 'request-supplement' }, { type: 'refuse' }],
      },
      {
        id: 'review',
        name: text('TPL_REVIEW'),
        agency: 'office',
        role: 'review',
        time: 3,
        actions: [{ type: 'forward', to: 'decide' }, { type: 'request-supplement' }, { type: 'refuse' }],
      },
      {
        id: 'decide',
        name: text('TPL_DECIDE'),
        agency: 'chair',
        role: 'decide',
        time: 1,
        actions: [
          { type: 'issue-result', to: 'return' },
          { type: 'return', to: 'review' },
          { type: 'refuse' },
        ],
      },
      {
        id: 'return',
        name: text('TPL_RETURN'),
        agency: 'desk',
        role: 'return',
        time: 0.5,
        actions: [{ type: 'return-result' }],
      },
    ],
    notes: t.TPL_NOTES().split('\n'),
    assumptions: [t.TPL_ASSUMPTION()],
  };
}

type TemplateText = Extract<keyof Texts, `TPL_${string}`>;
