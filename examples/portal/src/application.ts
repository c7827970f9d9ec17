/**
 * The application as the desk records it beside the engine's events: the applicant, the channel, the field
 * values and the documents handed in (the portal's data: the receipt slip prints them).
 */
import type { Procedure } from '../../../src/rules/index.js';
import type { Application } from './store/index.js';

type Form = Application['documents'][number]['form'];

/**
 * An application with every document the procedure always asks for, in the first form it accepts.
 *
 * @example
 * applicationOf(judicial, 'Nguyễn Văn An', '000.01.24.H29', 'in-person', { copies: 1 }).documents[0].name //=> 'Tờ khai yêu cầu …'
 */
export function applicationOf(
  procedure: Procedure,
  applicant: string,
  office: string,
  channel: Application['channel'],
  fields: Application['fields'],
): Application {
  const documents = procedure.definition.documents
    .filter((d) => d.when === undefined)
    .map((d) => ({
      document: d.id,
      name: d.name.vi,
      form: (channel === 'online' ? 'electronic' : (d.accepts[0] ?? 'original')) as Form,
      copies: 1,
    }));
  return { applicant, office, channel, fields, documents };
}
