/**
 * What `motcua try` is given besides the definition: a dossier (channel, fields, documents — what the applicant
 * hands in), a list of events (what the desk and the agencies recorded), or both with the applicant's name:
 * `{ "applicant": "…", "dossier": {…}, "events": […] }`. Events may leave out `seq`: they are numbered in order.
 */
import { cliError, EXIT } from '../errors.js';

/** The sample to try. */
export interface TryInput {
  readonly dossier: unknown | null;
  readonly events: readonly unknown[] | null;
  readonly applicant: string | null;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const isEvents = (v: unknown): v is unknown[] =>
  Array.isArray(v) && v.length > 0 && v.every((e) => isObject(e) && typeof e.type === 'string');

/** Numbers events that have no `seq` (1, 2, 3 … in order), so a sample can be written by hand. */
function numbered(events: readonly unknown[]): unknown[] {
  return events.map((e, i) => (isObject(e) && !('seq' in e) ? { ...e, seq: i + 1 } : e));
}

/**
 * Reads the sample.
 *
 * @throws {CliError} `UNKNOWN_INPUT_KIND` (exit code 1) when it is none of the three shapes
 * @example
 * tryInput([{ type: 'SUBMIT', at: '2026-02-10T09:00:00+07:00', channel: 'in-person' }], 'events.json').events
 * //=> [{ type: 'SUBMIT', at: '2026-02-10T09:00:00+07:00', channel: 'in-person', seq: 1 }]
 */
export function tryInput(value: unknown, file: string): TryInput {
  if (isEvents(value)) return { dossier: null, events: numbered(value), applicant: null };
  if (isObject(value)) {
    if ('dossier' in value || 'events' in value) {
      const events = value.events;
      if (events !== undefined && !isEvents(events))
        throw cliError('UNKNOWN_INPUT_KIND', { file }, EXIT.problems);
      return {
        dossier: value.dossier ?? null,
        events: events ? numbered(events) : null,
        applicant: typeof value.applicant === 'string' ? value.applicant : null,
      };
    }
    if ('channel' in value) return { dossier: value, events: null, applicant: null };
  }
  throw cliError('UNKNOWN_INPUT_KIND', { file }, EXIT.problems);
}
