/**
 * What the desk would see for a sample, computed with the engine's public API only (createEngine, replay,
 * applyEvent, dossierDeadline, slaStatus, evaluate, the engine's forms) and the rules' validateDossier; the
 * rendering (`render.ts`) reads the result. The engine counts by its default, working hours (Decree 118/2025
 * Art. 17(3)), unless the definition fixes its own counting.
 *
 * - a dossier alone: validated (fees, required documents, the time limit of its variant); when complete it is
 *   submitted and received at `received` (the receipt slip and the appointment), else the supplement slip;
 * - events: replayed in order; the first refused event stops the replay and is reported; the dossier's
 *   appointment, each step's window and the SLA status are read at `at`, and the control sheet is printed.
 */
import { legalDay } from '../../calendar/index.js';
import {
  createEngine,
  type DeadlineView,
  type DossierEvent,
  type DossierSnapshot,
  dossierCode,
  type Engine,
  type Evaluation,
  type Form,
  type Rejection,
  type SlaStatus,
} from '../../engine/index.js';
import {
  type DossierValidation,
  type Procedure,
  type SupplementItem,
  supplementRequestItems,
  validateDossier,
} from '../../rules/index.js';
import type { Lang } from '../messages/index.js';
import type { TryInput } from './input.js';

/** Everything `try` shows. */
export interface TrySession {
  readonly procedure: Procedure;
  readonly engine: Engine;
  /** What was given: a dossier alone, events alone, or both. */
  readonly sample: 'dossier' | 'events' | 'both';
  /** The dossier's validation, when a dossier was given. */
  readonly validation: DossierValidation | null;
  readonly supplementItems: readonly SupplementItem[];
  /** The events applied (numbered), in order. */
  readonly applied: readonly Readonly<Record<string, unknown>>[];
  /** Events of the sample after `at`, left out. */
  readonly later: number;
  /** The first event refused, with its position (1-based) in the sample. */
  readonly rejected: { readonly index: number; readonly type: string; readonly rejection: Rejection } | null;
  readonly snapshot: DossierSnapshot;
  /** The instant the status is read at. */
  readonly at: string;
  readonly deadline: DeadlineView | null;
  readonly sla: SlaStatus | null;
  readonly evaluation: Evaluation | null;
  readonly forms: readonly Form[];
}

export interface TryOptions {
  /** The instant to read the status at; default the last event, else the receipt. */
  readonly at?: string | undefined;
  /** For a dossier alone: the receipt instant. */
  readonly received: string;
  readonly applicant: string;
  readonly lang: Lang;
}

const typeOf = (e: unknown) => String((e as { type?: unknown } | null)?.type ?? '?');
const atOf = (e: unknown) => (e as { at?: unknown } | null)?.at;

/**
 * Runs a sample through a definition.
 *
 * @example
 * const s = trySample(judicialRecord, tryInput(dossierJson, 'd.json'), { received: '2026-03-02T09:00:00+07:00', applicant: 'Nguyễn Văn An', lang: 'vi' });
 * s.validation?.fees.total //=> 205000
 * s.deadline?.dueDate      //=> '2026-03-17'
 */
export function trySample(procedure: Procedure, input: TryInput, options: TryOptions): TrySession {
  const engine = createEngine({ procedures: [procedure] });
  const d = procedure.definition;
  // The fee entries in force on the receipt day apply (and conditions read it as `receiptDay`).
  const on = legalDay(options.received);
  const validation = input.dossier === null ? null : validateDossier(procedure, input.dossier, { on });
  const supplementItems = validation ? supplementRequestItems(validation, { lang: options.lang }) : [];
  const forms: Form[] = [];
  let snapshot = engine.start(procedure);
  let applied: Readonly<Record<string, unknown>>[] = [];
  let rejected: TrySession['rejected'] = null;

  let later = 0;
  if (input.events !== null) {
    // At `--at` the desk knows the events recorded until then, not those after.
    const until = options.at === undefined ? Number.POSITIVE_INFINITY : Date.parse(options.at);
    const cut = input.events.findIndex(
      (e) => typeof atOf(e) === 'string' && Date.parse(atOf(e) as string) > until,
    );
    const known = cut < 0 ? input.events : input.events.slice(0, cut);
    later = input.events.length - known.length;
    const result = engine.replay(procedure, known);
    snapshot = result.snapshot;
    applied = known.slice(0, result.ok ? known.length : result.index) as Readonly<Record<string, unknown>>[];
    if (!result.ok) {
      const event = known[result.index];
      rejected = { index: result.index + 1, type: typeOf(event), rejection: result.rejection };
    }
  } else if (validation) {
    const channel = (input.dossier as { channel: 'in-person' | 'post' | 'online' }).channel;
    const at = options.received;
    const submit: DossierEvent = { type: 'SUBMIT', seq: 1, at, channel };
    const submitted = engine.applyEvent(snapshot, submit);
    if (!submitted.ok) {
      rejected = { index: 1, type: 'SUBMIT', rejection: submitted.rejection };
    } else {
      snapshot = submitted.snapshot;
      applied = [submit];
      if (!validation.ok) {
        forms.push(
          engine.supplementRequestForm(snapshot, {
            applicant: options.applicant,
            items: supplementItems,
            at,
          }),
        );
      } else {
        const fields =
          (input.dossier as { fields?: Record<string, string | number | boolean | null> }).fields ?? {};
        const receive: DossierEvent = {
          type: 'RECEIVE',
          seq: 2,
          at,
          by: d.roles.desk,
          dossierCode: dossierCode('MAU', at, 1),
          fields,
        };
        const received = engine.applyEvent(snapshot, receive);
        if (!received.ok) rejected = { index: 2, type: 'RECEIVE', rejection: received.rejection };
        else {
          snapshot = received.snapshot;
          applied = [submit, receive];
          forms.push(
            engine.receiptForm(snapshot, {
              applicant: options.applicant,
              documents: receivedDocuments(procedure, input.dossier),
            }),
          );
        }
      }
    }
  }

  const last = applied.at(-1);
  const at = options.at ?? (typeof atOf(last) === 'string' ? (atOf(last) as string) : options.received);
  const deadline = snapshot.receivedAt ? engine.dossierDeadline(snapshot, at) : null;
  const sla = snapshot.receivedAt ? engine.slaStatus(snapshot, at) : null;
  const evaluation = snapshot.lastAt ? engine.evaluate(snapshot, at) : null;
  if (input.events !== null && snapshot.receivedAt) forms.push(engine.controlSheetForm(snapshot, { at }));
  const sample = input.events === null ? 'dossier' : input.dossier === null ? 'events' : 'both';
  return {
    procedure,
    engine,
    sample,
    validation,
    supplementItems,
    applied,
    later,
    rejected,
    snapshot,
    at,
    deadline,
    sla,
    evaluation,
    forms,
  };
}

/** The documents handed in, named as the definition names them (for the receipt slip). */
function receivedDocuments(procedure: Procedure, dossier: unknown) {
  const documents =
    (dossier as { documents?: { document: string; form: string; copies?: number }[] }).documents ?? [];
  return documents.map((doc) => ({
    name: procedure.definition.documents.find((x) => x.id === doc.document)?.name.vi ?? doc.document,
    form: doc.form as 'original' | 'certified-copy' | 'copy' | 'electronic',
    copies: doc.copies ?? 1,
  }));
}
