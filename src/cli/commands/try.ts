/**
 * `motcua try <definition> <dossier.json|events.json> [--at instant] [--received instant] [--applicant name]` —
 * what a desk would see for a sample, without writing code: fees itemised, the documents missing (the supplement
 * slip), the appointment with every day skipped and why, each step's window, the status at `--at`, the alerts
 * and the control sheet. Exit code 1 when the dossier is incomplete or an event is refused.
 */

import { formatInstant } from '../../calendar/index.js';
import { renderForm } from '../../engine/index.js';
import type { CommandSpec } from '../args.js';
import { jsonOption } from '../args.js';
import { loadProcedure } from '../definition.js';
import { EXIT } from '../errors.js';
import { readJson } from '../files.js';
import { instantOption } from '../format.js';
import { tryInput } from '../try/input.js';
import { renderSession } from '../try/render.js';
import { type TrySession, trySample } from '../try/session.js';

export const tryCommand: CommandSpec = {
  name: 'try',
  about: 'CMD_try',
  positionals: [
    { name: 'definition', placeholder: 'PH_definition', help: 'ARG_definition' },
    { name: 'input', placeholder: 'PH_input', help: 'ARG_input' },
  ],
  options: {
    at: { type: 'string', help: 'OPT_at', placeholder: 'PH_instant' },
    received: { type: 'string', help: 'OPT_received', placeholder: 'PH_instant' },
    applicant: { type: 'string', help: 'OPT_applicant', placeholder: 'PH_text' },
    json: jsonOption,
  },
  run(ctx) {
    const procedure = loadProcedure(ctx.positionals.definition!, ctx.io.cwd);
    const file = ctx.positionals.input!;
    const input = tryInput(readJson(file, ctx.io.cwd).value, file);
    const at = typeof ctx.options.at === 'string' ? instantOption(ctx.options.at, '--at') : undefined;
    const received =
      typeof ctx.options.received === 'string'
        ? instantOption(ctx.options.received, '--received')
        : (at ?? formatInstant(ctx.io.now()));
    const applicant =
      typeof ctx.options.applicant === 'string' ? ctx.options.applicant : (input.applicant ?? '');
    const session = trySample(procedure, input, { at, received, applicant, lang: ctx.lang });
    ctx.io.stdout.write(
      ctx.options.json === true
        ? `${JSON.stringify(sessionJson(session, ctx.lang), null, 2)}\n`
        : renderSession(session, ctx),
    );
    const incomplete = session.validation !== null && !session.validation.ok;
    return session.rejected || incomplete ? EXIT.problems : EXIT.ok;
  },
};

/** The session as JSON for scripts: the library's own objects, and the forms as rendered text. */
function sessionJson(s: TrySession, lang: 'vi' | 'en') {
  return {
    procedure: {
      code: s.procedure.definition.code,
      version: s.procedure.definition.version,
      hash: s.procedure.hash,
    },
    at: s.at,
    validation: s.validation,
    supplementItems: s.supplementItems.map(({ subject, reason }) => ({ subject, reason })),
    events: s.applied,
    later: s.later,
    rejected: s.rejected,
    deadline: s.deadline,
    sla: s.sla,
    evaluation: s.evaluation,
    forms: s.forms.map((f) => ({
      kind: f.kind,
      circular: f.circular,
      number: f.number,
      text: renderForm(f, { lang }),
    })),
  };
}
