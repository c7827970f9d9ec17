/**
 * The command line's own texts in English. Vietnamese, the default, is in `vi.ts` with the same codes and
 * parameters (`Translation<typeof en>` makes a missing code a compile error). Texts that come from the library
 * (problems, reasons, forms) are printed as the library gives them, in the chosen language.
 */
import type { MessageTable } from '../../shared/messages.js';

const plural = (n: number, one: string, many = `${one}s`, shown: string = String(n)) =>
  `${shown} ${n === 1 ? one : many}`;

/** What the value of an option must be (the end of a BAD_OPTION_VALUE message). */
export const expectationsEn = {
  lang: 'vi or en',
  number: 'a number ≥ 0',
  year: 'a year such as 2026',
  code: 'a national procedure code such as 1.000894',
  date: 'a day such as 2026-02-17 or 17/02/2026',
  instant: 'an instant such as 2026-02-12T10:00 (Vietnam time) or 2026-02-12T10:00:00+07:00',
  policy: 'working-hours, working-days-cutoff or civil-code',
  channel: 'in-person, post or online',
  cutoff: 'a time such as 15:00, or none',
  format: 'mermaid or markdown',
  port: 'a port number from 0 to 65535',
} as const;

/** A kind of value an option takes. */
export type Expectation = keyof typeof expectationsEn;

/** jsonc-parser's syntax errors in words (the end of an INVALID_JSON or JSON_SYNTAX message). */
export const jsonReasonsEn = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'a member name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing brace } is expected',
  CloseBracketExpected: 'a closing bracket ] is expected',
  EndOfFileExpected: 'the end of the file is expected',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unfinished comment',
  UnexpectedEndOfString: 'unfinished string',
  UnexpectedEndOfNumber: 'unfinished number',
  InvalidUnicode: 'malformed \\u escape',
  InvalidEscapeCharacter: 'malformed escape',
  InvalidCharacter: 'a control character inside a string',
  Unknown: 'malformed JSON',
  Empty: 'the file is empty',
} as const;

/** A JSON syntax error, by jsonc-parser's name (`Empty` and `Unknown` added). */
export type JsonReason = keyof typeof jsonReasonsEn;

export const en = {
  // ── usage and I/O errors (exit code 2) ──────────────────────────────────────────────────────────────────
  UNKNOWN_COMMAND: (p: { name: string }) => `unknown command "${p.name}"`,
  NO_COMMAND: (_p: Record<string, never>) => 'no command given',
  UNKNOWN_OPTION: (p: { option: string; command: string }) => `unknown option ${p.option} for "${p.command}"`,
  MISSING_ARGUMENT: (p: { name: string; command: string }) => `"${p.command}" needs ${p.name}`,
  MISSING_VALUE: (p: { option: string }) => `option ${p.option} needs a value`,
  BAD_OPTION_VALUE: (p: { option: string; value: string; expected: Expectation }) =>
    `${p.option} ${JSON.stringify(p.value)}: expected ${expectationsEn[p.expected]}`,
  CONFLICTING_OPTIONS: (p: { options: string }) => `give only one of ${p.options}`,
  NEED_ONE_OF: (p: { options: string }) => `give one of ${p.options}`,
  TOO_MANY_ARGUMENTS: (p: { command: string; extra: string }) => `"${p.command}" does not take ${p.extra}`,
  FILE_NOT_FOUND: (p: { file: string }) => `${p.file}: no such file`,
  FILE_UNREADABLE: (p: { file: string; reason: string }) => `${p.file}: cannot be read (${p.reason})`,
  FILE_IS_DIRECTORY: (p: { file: string }) => `${p.file}: is a folder, not a file`,
  NO_FILES_MATCH: (p: { pattern: string }) => `no file matches ${p.pattern}`,
  INVALID_JSON: (p: { file: string; line: number; column: number; reason: JsonReason }) =>
    `${p.file}:${p.line}:${p.column}: invalid JSON: ${jsonReasonsEn[p.reason]}`,
  FILE_EXISTS: (p: { file: string }) => `${p.file} already exists (use --force to overwrite it)`,
  WRITE_FAILED: (p: { file: string; reason: string }) => `${p.file}: cannot be written (${p.reason})`,
  NOT_A_DEFINITION: (p: { file: string }) => `${p.file}: not a procedure definition`,
  DEFINITION_HAS_ERRORS: (p: { file: string; count: number }) =>
    `${p.file}: the definition has ${plural(p.count, 'error')}; run: motcua check ${p.file}`,
  UNKNOWN_INPUT_KIND: (p: { file: string }) =>
    `${p.file}: neither a dossier (\`channel\`, \`fields\`, \`documents\`) nor a list of events`,
  INTERNAL: (p: { reason: string }) => `internal error: ${p.reason}`,

  // ── check ───────────────────────────────────────────────────────────────────────────────────────────────
  SEVERITY_error: () => 'error',
  SEVERITY_warning: () => 'warning',
  AT_PATH: (p: { path: string }) => `at ${p.path}`,
  DID_YOU_MEAN: (p: { suggestion: string }) => `did you mean ${p.suggestion}?`,
  CHECK_SUMMARY: (p: { files: number; errors: number; warnings: number }) =>
    `Checked ${plural(p.files, 'file')}: ${p.errors === 0 && p.warnings === 0 ? 'no problems' : `${plural(p.errors, 'error')}, ${plural(p.warnings, 'warning')}`}.`,
  CHECK_UNREADABLE: (p: { count: number }) => `${plural(p.count, 'file')} could not be read.`,
  CHECK_PROGRESS: (p: { done: number; total: number }) => `checking ${p.done}/${p.total} files…`,
  JSON_SYNTAX: (p: { reason: JsonReason }) => `invalid JSON: ${jsonReasonsEn[p.reason]}`,
  UNKNOWN_KIND: (_p: Record<string, never>) =>
    'neither a procedure definition (`code`, `steps`…) nor an official schedule (`year`, `entries`); say which with `$schema`',
  KIND_procedure: () => 'procedure definition',
  KIND_schedule: () => 'official schedule',

  // ── words shared by the outputs ─────────────────────────────────────────────────────────────────────────
  WEEKDAY: (p: { day: number }) =>
    ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][p.day] ?? '',
  STATUS_confirmed: () => 'confirmed',
  STATUS_provisional: () => 'provisional: no official schedule for the year yet',
  STATUS_proposed: () => 'proposed, not applied',
  MARK_provisional: () => 'provisional',
  MARK_proposed: () => 'proposed',
  UNIT_working_days: (p: { n: number; shown: string }) => plural(p.n, 'working day', undefined, p.shown),
  UNIT_working_hours: (p: { n: number; shown: string }) => plural(p.n, 'working hour', undefined, p.shown),
  UNIT_calendar_days: (p: { n: number; shown: string }) => plural(p.n, 'day', undefined, p.shown),
  UNIT_months: (p: { n: number; shown: string }) => plural(p.n, 'month', undefined, p.shown),
  POLICY_working_hours: () => 'in working hours (N × 8 working hours from the receipt)',
  POLICY_working_days_cutoff: () => 'in working days, the receipt day counts when received by the cut-off',
  POLICY_civil_code: () => 'in working days from the day after the receipt (Civil Code 2015 Art. 147–148)',
  POLICY_calendar_period: () =>
    'in calendar days or months from the day after the receipt, ending at 24:00 of the last day (Civil Code 2015 Art. 147–148)',
  IMMEDIATE: () => 'immediately (the same day)',
  VND: (p: { amount: string }) => `${p.amount} VND`,

  REASON_weekly_rest: () => 'weekly rest day (Saturday, Sunday)',
  REASON_holiday: (p: { name: string }) => `holiday: ${p.name}`,
  REASON_compensatory: (p: { name: string; date: string }) =>
    `compensatory day off for ${p.name} (${p.date} fell on a weekly rest day)`,
  REASON_swap_off: (p: { date: string }) => `swapped day off, worked on ${p.date} instead`,
  REASON_swap_work: (p: { date: string }) => `Saturday worked in exchange for ${p.date}`,
  REASON_holiday_worked: (p: { name: string; reason: string }) =>
    `worked on ${p.name} by the official schedule: ${p.reason}`,
  REASON_closure: (p: { agency: string; reason: string }) => `${p.agency} closed: ${p.reason}`,
  REASON_opening: (p: { agency: string; reason: string }) => `${p.agency} open: ${p.reason}`,
  REASON_reception: (p: { agency: string; reason: string }) => `${p.agency} receives dossiers: ${p.reason}`,
  OR: () => ' or ',

  // ── day ─────────────────────────────────────────────────────────────────────────────────────────────────
  DAY_WORKING: () => 'working day',
  DAY_OFF: () => 'day off',
  DAY_LUNAR: (p: { day: number; month: number; year: number; leap: boolean }) =>
    `lunar ${p.day}/${p.month}${p.leap ? ' (leap month)' : ''}/${p.year}`,
  DAY_REASONS: () => 'Why',
  DAY_NO_REASON: () => 'an ordinary weekday',
  DAY_SOURCE: () => 'source',
  DAY_PROPOSALS: () => 'Proposed, not applied',
  DAY_SESSIONS: () => 'Working hours',
  DAY_RECEPTION: () => 'The desk also receives',
  DAY_SCHEDULE: (p: { year: number; sources: string }) => `Official schedule ${p.year}: ${p.sources}`,
  DAY_NO_SCHEDULE: (p: { year: number }) =>
    `No official schedule for ${p.year} yet: Tết, the day next to National Day and compensatory days are provisional`,
  ISSUED: (p: { date: string }) => `issued ${p.date}`,

  // ── deadline ────────────────────────────────────────────────────────────────────────────────────────────
  DL_RECEIVED: () => 'Received',
  DL_LIMIT: () => 'Time limit',
  DL_POLICY: () => 'Counted',
  DL_START: () => 'Clock starts',
  DL_DUE: () => 'Result due',
  DL_DAYS_OFF: () => 'Days off skipped (besides Saturdays and Sundays)',
  DL_NO_DAYS_OFF: () => 'No holiday, swapped or closed day in between',
  DL_WEEKLY_REST: (p: { n: number }) => `Saturdays and Sundays skipped: ${p.n}`,
  DL_NOTES: () => 'How',

  // ── calendar ────────────────────────────────────────────────────────────────────────────────────────────
  CAL_TITLE: (p: { year: number }) => `Days off and worked Saturdays of state agencies, ${p.year}`,
  CAL_COLUMNS: () => 'Day|Working|Why',
  CAL_WORKING_YES: () => 'yes',
  CAL_WORKING_NO: () => 'no',
  CAL_SUMMARY: (p: { off: number; worked: number; provisional: number; proposed: number }) =>
    `${plural(p.off, 'weekday')} off, ${plural(p.worked, 'Saturday')} worked${p.provisional ? `; ${p.provisional} provisional` : ''}${p.proposed ? `; ${p.proposed} only proposed` : ''}.`,
  ICS_NAME: (p: { year: number }) => `Days off of state agencies ${p.year} (Vietnam)`,
  ICS_PROPOSED: (p: { what: string }) => `Proposed: ${p.what}`,
  ICS_CAT_OFF: () => 'Day off',
  ICS_CAT_WORK: () => 'Working day',
  ICS_CAT_PROPOSED: () => 'Proposed',
  ICS_STATUS: (p: { status: string }) => `Status: ${p.status}`,
  ICS_WRITTEN: (p: { file: string; events: number }) => `Wrote ${p.file} (${plural(p.events, 'event')}).`,

  // ── init ────────────────────────────────────────────────────────────────────────────────────────────────
  INIT_WRITTEN: (p: { file: string }) =>
    `Wrote ${p.file}. Fill it in from the catalogue entry, then run: motcua check ${p.file}`,

  // ── diagram ─────────────────────────────────────────────────────────────────────────────────────────────
  DG_SHARE: (p: { time: string; share: string }) => `${p.time} (${p.share}% of the limit)`,
  DG_NO_SHARE: () => 'no share of the limit',
  DG_LIMIT: (p: { limit: string }) => `Time limit: ${p.limit}`,
  DG_VARIANT: (p: { limit: string; when: string }) => `${p.limit} when ${p.when}`,
  DG_CONSULT: () => 'consults',
  DG_REPLY: () => 'replies',
  DG_RETURN: () => 'returns',
  DG_FINANCIAL: () => 'applicant pays',
  DG_ISSUE: () => 'issues the result',
  DG_APPROVE: () => 'approves',
  DG_SUPPLEMENT: () => 'may ask for a supplement',
  DG_REFUSED: () => 'Refused',
  DG_RETURNED: () => 'Result returned',
  DG_APPLICANT: () => 'Applicant',
  DG_SUBMITS: () => 'submits',
  DG_GENERATED: (p: { file: string }) =>
    `Generated from ${p.file} by scripts/generate-diagrams.ts (motcua diagram); do not edit by hand.`,

  // ── try ─────────────────────────────────────────────────────────────────────────────────────────────────
  TRY_PROCEDURE: (p: { name: string; code: string; version: string }) =>
    `${p.name} (${p.code}, version ${p.version})`,
  TRY_FEES: () => 'Fees and charges',
  TRY_NO_FEES: () => 'No fee or charge',
  TRY_FEE_KIND_fee: () => 'fee',
  TRY_FEE_KIND_charge: () => 'charge',
  TRY_TOTAL: () => 'Total',
  TRY_COMPLETE: () => 'The dossier is complete: it can be received.',
  TRY_INCOMPLETE: (p: { count: number }) =>
    `The dossier is incomplete (${plural(p.count, 'item')} to supplement): the desk gives the supplement request slip.`,
  TRY_WARNINGS: () => 'Notes',
  TRY_REQUIRED: () => 'Documents required for this dossier',
  TRY_LIMIT: () => 'Time limit for this dossier',
  TRY_APPOINTMENT: () => 'Appointment',
  TRY_EVENTS: () => 'Events',
  TRY_REJECTED: (p: { index: number; type: string; reason: string }) =>
    `event ${p.index} (${p.type}) refused: ${p.reason}`,
  TRY_LATER: (p: { count: number }) =>
    `${plural(p.count, 'later event')} not counted yet (after the instant read)`,
  TRY_STEPS: () => 'Steps',
  TRY_STEP_LINE: (p: { step: string; agency: string; from: string; due: string }) =>
    `${p.step} — ${p.agency}: from ${p.from}, due ${p.due}`,
  TRY_STEP_NO_DUE: () => 'with the dossier',
  TRY_STEP_OPEN: () => 'still here',
  TRY_STEP_ENDED: (p: { end: string }) => `handed on ${p.end}`,
  TRY_SLA: (p: { at: string }) => `Status at ${p.at}`,
  TRY_PHASE: (p: { phase: string; status: string }) =>
    `Phase: ${p.phase}${p.status ? ` (national portal status ${p.status})` : ''}`,
  TRY_USED: (p: { used: string; budget: string; share: string; level: string }) =>
    `Used ${p.used} of ${p.budget} hours of the limit (${p.share}%): ${p.level}`,
  TRY_DUE: (p: { due: string }) => `Result due ${p.due}`,
  TRY_EXTENDED: (p: { due: string; reason: string }) =>
    `New appointment after an apology: ${p.due} (${p.reason})`,
  TRY_PROLONGED: (p: { due: string; reason: string }) =>
    `Extended as the procedure allows: ${p.due} (${p.reason})`,
  TRY_OUTCOME: (p: { outcome: string }) => `Result: ${p.outcome}`,
  TRY_PAUSED: (p: { reason: string }) => `Clock paused: ${p.reason}`,
  TRY_ALERTS: () => 'Alerts',
  TRY_NO_ALERTS: () => 'No alert',
  PHASE_new: () => 'not submitted yet',
  PHASE_submitted: () => 'submitted, not received yet',
  PHASE_incomplete: () => 'sent back at the desk to be completed',
  'PHASE_refused-at-desk': () => 'refused at the desk',
  PHASE_received: () => 'received',
  PHASE_processing: () => 'being processed',
  'PHASE_awaiting-supplement': () => 'waiting for a supplement',
  'PHASE_awaiting-financial-obligation': () => 'waiting for the applicant to pay',
  'PHASE_result-ready': () => 'result ready',
  PHASE_refused: () => 'refused',
  PHASE_withdrawn: () => 'withdrawn by the applicant',
  PHASE_stopped: () => 'stopped',
  'PHASE_result-returned': () => 'result returned',
  LEVEL_ok: () => 'on track',
  LEVEL_warning: () => 'warning',
  LEVEL_critical: () => 'critical',
  LEVEL_overdue: () => 'overdue',
  OUTCOME_early: () => 'early',
  'OUTCOME_on-time': () => 'on time',
  OUTCOME_late: () => 'late',
  PAUSE_supplement: () => 'waiting for the supplement',
  'PAUSE_financial-obligation': () => 'waiting for the applicant to pay',

  // ── help ────────────────────────────────────────────────────────────────────────────────────────────────
  HELP_ABOUT: () =>
    'Vietnamese one-stop administrative procedures: check definitions, try dossiers, count deadlines, read the working-day calendar',
  HELP_USAGE: () => 'Usage',
  HELP_COMMANDS: () => 'Commands',
  HELP_OPTIONS: () => 'Options',
  HELP_MORE: () => 'motcua <command> --help shows the options of a command; docs/cli.md has examples.',
  HELP_DEFAULT: (p: { value: string }) => `(default: ${p.value})`,
  CMD_check: () => 'every problem of definitions and official schedules, located by file, line and column',
  CMD_try: () => 'what the desk would see for a sample dossier or a list of events',
  CMD_deadline: () => 'the appointment date for a time limit, with every day skipped and why',
  CMD_day: () => 'whether a day is a working day, and why',
  CMD_calendar: () => 'the days off and worked Saturdays of a year, or an iCalendar file (--ics)',
  CMD_diagram: () => 'a Mermaid flowchart of a definition: agencies as lanes, steps with their shares',
  CMD_init: () => 'a commented template definition for a procedure code',
  CMD_serve: () => 'the library over HTTP for portals in other languages (JSON, OpenAPI at /openapi.json)',
  ARG_files: () => 'files, folders or globs (examples/**/*.json)',
  ARG_definition: () => 'the procedure definition (JSON)',
  ARG_input: () => 'a dossier (JSON) or a list of events (JSON)',
  ARG_date: () => 'the day (2026-02-17 or 17/02/2026)',
  ARG_year: () => 'the year',
  ARG_code: () => 'the national procedure code (mã TTHC), e.g. 1.000894',
  OPT_lang: () => 'language of the output: vi or en',
  OPT_json: () => 'print JSON for scripts',
  OPT_help: () => 'show this help',
  OPT_version: () => 'show the version',
  OPT_from: () => 'the receipt instant (Vietnam time when no offset is given)',
  OPT_workingDays: () => 'a limit in working days',
  OPT_workingHours: () => 'a limit in working hours',
  OPT_days: () => 'a limit in calendar days (Civil Code 2015)',
  OPT_months: () => 'a limit in months (Civil Code 2015)',
  OPT_policy: () => 'how working days are counted: working-hours, working-days-cutoff, civil-code',
  OPT_channel: () => 'how the dossier came: in-person, post, online',
  OPT_cutoff: () => 'the afternoon cut-off (15:00), or none',
  OPT_ics: () => 'write an iCalendar (RFC 5545) file instead of the table',
  OPT_output: () => 'write to this file instead of the standard output',
  OPT_format: () => 'mermaid, or markdown (a heading and a fenced block)',
  OPT_force: () => 'overwrite an existing file',
  OPT_name: () => 'the procedure name, in Vietnamese',
  OPT_at: () => 'the instant to read the status at (default: the last event)',
  OPT_received: () => 'for a dossier: the receipt instant (default: --at, else now)',
  OPT_port: () => 'the port to listen on (0: any free port)',
  OPT_host: () => 'the address to listen on (127.0.0.1: this machine only)',
  OPT_definitions: () => 'a folder of procedure definitions to register at start',
  OPT_schedules: () => 'a folder of official schedules (lịch nghỉ) to add to the calendar',
  OPT_applicant: () => 'the applicant’s name printed on the slips',
  // ── the template of `init` (texts written into the definition) ──────────────────────────────────────────
  TPL_NAME: () => 'Name of the procedure as published in the announcement decision',
  TPL_FIELD: () => 'Field (lĩnh vực) as published',
  TPL_DESK: () => 'One-stop desk (Bộ phận Một cửa) of the commune People’s Committee',
  TPL_LEAD: () => 'Specialised office that handles the dossier',
  TPL_DECIDING: () => 'Chair of the commune People’s Committee',
  TPL_APPLICANT: () => 'Full name of the applicant',
  TPL_APPLICANT_HELP: () => 'As on the identity card',
  TPL_APPLICATION: () => 'Application form (the form of the announcement decision)',
  TPL_APPLICATION_NOTE: () =>
    'Copy each document of "Thành phần hồ sơ" with its form (original, certified copy, copy) and number of copies',
  TPL_RECEIVE: () => 'Receive the dossier, check it, transfer it',
  TPL_REVIEW: () => 'Appraise the dossier',
  TPL_DECIDE: () => 'Sign the result',
  TPL_RETURN: () => 'Return the result',
  TPL_NOTES: () =>
    [
      'Template written by `motcua init`: fill it in from the catalogue entry of the National Public Service Portal, then run `motcua check` on this file (docs/authoring.md walks through a whole entry).',
      '`code`: the national `code` (mã TTHC); `name`, `field`, `level`: as in the announcement decision; `version`: your label for this version.',
      '`legalBasis`: the decrees and circulars of "Căn cứ pháp lý"; `effective`: the first day (and last, if any) this `version` applies to, by receipt date.',
      '`agencies`, `roles`: everyone taking part; `desk` receives and returns, `lead` handles, `deciding` signs.',
      '`timing.limit`: the "Thời hạn giải quyết" in its unit (`working-days`, `working-hours`, `calendar-days`, `months`); check the unit against the text of the procedure, tables often differ.',
      "`steps`: the internal process; each step's `time` is its share of the limit in the same unit, and the shares must not exceed the limit.",
      '`documents`: "Thành phần hồ sơ"; `fees`: "Phí, lệ phí" (amounts in VND, or a CEL expression over the `fields`); `fields`: what the application form asks, used by conditions.',
    ].join('\n'),
  TPL_ASSUMPTION: () =>
    'Everything in this file is a template value until checked against the published procedure.',

  // placeholders in the usage lines
  PH_files: () => 'files…',
  PH_definition: () => 'definition',
  PH_input: () => 'dossier-or-events',
  PH_date: () => 'day',
  PH_year: () => 'year',
  PH_code: () => 'code',
  PH_instant: () => 'instant',
  PH_n: () => 'N',
  PH_file: () => 'file',
  PH_folder: () => 'folder',
  PH_text: () => 'text',
  PH_command: () => 'command',
  PH_options: () => 'options',
} satisfies MessageTable;

export type CliMessages = typeof en;
