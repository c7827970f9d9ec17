/**
 * The XState machine of a procedure definition, as data: built with `setup()`, every guard and action named and
 * typed, the config referring to them by name and params only. The machine holds the legal states and
 * transitions; no time and no legal deadline lives in it (time-driven consequences come from `evaluate`).
 *
 * - `new` → `submitted` (SUBMIT) → `processing` (RECEIVE, Decree 118/2025 Art. 17(1),(3)) | `refusedAtDesk`
 *   (REFUSE) | `incomplete` (REQUEST_SUPPLEMENT: not received, no clock; SUBMIT again to resubmit);
 * - `processing` has one state per step; a step's actions become its transitions (`forward` → FORWARD …); each
 *   step has the substates `working`, `supplement` (Art. 19(5)) and `payment-<to>` (financial obligation);
 * - a `consult` becomes a `<step>:consult` state whose regions start at the branches and end on REPLY: parallel
 *   regions joined when all replied (electronic, Art. 20(2)), or the same branches one after another (paper). A
 *   `return` inside a branch stays inside its branch: one whose target lies outside the branch is not offered
 *   there (it would cancel the other branches' work, answered ones included; the linter warns about it);
 * - WITHDRAW (Art. 21, not under Decree 61/2018), STOP (Art. 19(5) closure) and APOLOGIZE (Art. 19(6)) are
 *   transitions of `processing`, so they apply at any step;
 * - final states: `refusedAtDesk`, `refused`, `resultReturned`, `withdrawn`, `stopped`.
 */
import { setup } from 'xstate';
import type { Procedure, Step } from '../../rules/index.js';
import type { DossierEvent } from '../apply/events.js';
import type { Regime } from '../law.js';
import type { PauseReason } from '../snapshot/schema.js';

/** What the guards read: the rule set and a few facts of the dossier. */
export interface MachineContext {
  readonly regime: Regime;
  readonly supplements: number;
  readonly decided: boolean;
  readonly apologized: boolean;
  readonly conditions: Readonly<Record<string, boolean>>;
}

/** Marker actions the engine executes on the snapshot, with their params. */
export type EngineAction =
  | { readonly type: 'recordSubmission' }
  | { readonly type: 'recordReceipt' }
  | { readonly type: 'recordDeskSupplement' }
  | { readonly type: 'enterStep'; readonly params: { readonly step: string } }
  | { readonly type: 'leaveStep'; readonly params: { readonly step: string } }
  | { readonly type: 'joinBranches'; readonly params: { readonly consult: string } }
  | { readonly type: 'requestSupplement' }
  | { readonly type: 'pauseClock'; readonly params: { readonly reason: PauseReason } }
  | { readonly type: 'resumeClock'; readonly params: { readonly reason: PauseReason } }
  | { readonly type: 'restartClock' }
  | { readonly type: 'recordDecision' }
  | { readonly type: 'extendDeadline' }
  | { readonly type: 'issueResult'; readonly params: { readonly result: string } }
  | { readonly type: 'returnResult' }
  | { readonly type: 'recordFee' }
  | { readonly type: 'prolongDeadline' }
  | { readonly type: 'finish'; readonly params: { readonly outcome: string } };

/** Params of the `stepTransition` guard. */
export interface StepGuardParams {
  readonly step: string;
  readonly to?: string;
  /** Key of a `when` condition in `MachineContext.conditions`. */
  readonly condition?: string;
  readonly supplement?: boolean;
}

const noop = () => undefined;

export function createSetup() {
  return setup({
    types: {} as { context: MachineContext; events: DossierEvent; input: MachineContext },
    guards: {
      /**
       * A step's transition applies when the event names this step (the engine resolves `step` from the acting
       * agency), its `to` (when given) is the transition's target, the definition's `when` condition (evaluated on
       * the fields at receipt) holds, and — for a supplement request — one is still allowed: Decree 118/2025
       * Art. 19(5) allows only one during processing (Decree 61/2018: no limit).
       */
      stepTransition: ({ context, event }, params: StepGuardParams) =>
        'step' in event &&
        event.step === params.step &&
        (params.to === undefined || !('to' in event) || event.to === undefined || event.to === params.to) &&
        (params.condition === undefined || context.conditions[params.condition] === true) &&
        (params.supplement !== true || context.regime === 'decree-61-2018' || context.supplements === 0),
      /** Decree 118/2025 Art. 21: the applicant may stop until the decision is issued; no such right before. */
      withdrawalAllowed: ({ context }) => context.regime === 'decree-118-2025' && !context.decided,
      /** Decree 118/2025 Art. 12(5), 19(6) (Decree 61/2018 Art. 19 alike): the appointment moves only once. */
      apologyAllowed: ({ context }) => !context.apologized,
    },
    actions: {
      recordSubmission: noop,
      recordReceipt: noop,
      recordDeskSupplement: noop,
      enterStep: (_, _params: { step: string }) => undefined,
      leaveStep: (_, _params: { step: string }) => undefined,
      joinBranches: (_, _params: { consult: string }) => undefined,
      requestSupplement: noop,
      pauseClock: (_, _params: { reason: PauseReason }) => undefined,
      resumeClock: (_, _params: { reason: PauseReason }) => undefined,
      restartClock: noop,
      recordDecision: noop,
      extendDeadline: noop,
      issueResult: (_, _params: { result: string }) => undefined,
      returnResult: noop,
      recordFee: noop,
      prolongDeadline: noop,
      finish: (_, _params: { outcome: string }) => undefined,
    },
  });
}

type DossierSetup = ReturnType<typeof createSetup>;
export type DossierMachine = ReturnType<DossierSetup['createMachine']>;
type Config = Parameters<DossierSetup['createMachine']>[0];
/** A state node of the generated config (checked by XState when the machine is created). */
type StateNode = Record<string, unknown>;
type Transition = Record<string, unknown>;

/** Id of the state of a step: top level, or inside a consultation branch. */
const topId = (step: string) => `s:${step}`;
const regionId = (consult: string, branch: string, step: string) => `c:${consult}:${branch}:${step}`;

/**
 * The machine config of a definition for parallel (electronic) or sequential (paper) consultation.
 *
 * @example
 * buildConfig(land, 'parallel').states.processing.initial //=> 'receive'
 */
export function buildConfig(
  procedure: Procedure,
  consultation: 'parallel' | 'sequential',
  region: (branch: string, join: string) => ReadonlySet<string>,
  conditionKey: (stepIndex: number, actionIndex: number) => string,
): Config {
  const d = procedure.definition;
  const index = new Map(d.steps.map((s, i) => [s.id, i] as const));
  const pauses = d.timing.financialObligationPausesClock;
  const restart = d.timing.supplement.clock === 'restart';
  // The result an action decides: the one it names, or the only one (a definition with several must name it).
  const only = d.results.length === 1 ? d.results[0]!.id : undefined;
  const issues = (result: string | undefined) =>
    result === undefined ? [] : [{ type: 'issueResult', params: { result } }];
  const processing: Record<string, StateNode> = {};

  /** `members`: the steps of the branch the state is in (`null` at top level). */
  const stepState = (
    step: Step,
    resolve: (to: string) => string,
    regionPath: string | null,
    members: ReadonlySet<string> | null,
  ): StateNode => {
    const i = index.get(step.id)!;
    const on: Record<string, Transition[]> = {};
    const add = (event: string, t: Transition) => {
      const list = on[event] ?? [];
      list.push(t);
      on[event] = list;
    };
    const guard = (extra: Omit<StepGuardParams, 'step'> = {}) => ({
      type: 'stepTransition',
      params: { step: step.id, ...extra },
    });
    const atStep = guard();
    const children: Record<string, StateNode> = {};
    step.actions.forEach((action, a) => {
      switch (action.type) {
        case 'forward': {
          const condition = action.when === undefined ? {} : { condition: conditionKey(i, a) };
          add('FORWARD', { guard: guard({ to: action.to, ...condition }), target: resolve(action.to) });
          break;
        }
        case 'consult':
          // Nested consultations are refused by the linter (NESTED_CONSULTATION); a branch's copy has none.
          if (regionPath !== null) break;
          add('CONSULT', { guard: atStep, target: `#c:${step.id}` });
          processing[`${step.id}:consult`] = consultState(step.id, action.branches, action.join);
          break;
        case 'reply':
          // Only meaningful inside a branch; the top-level copy of a branch step cannot reply.
          if (regionPath !== null)
            add('REPLY', {
              guard: atStep,
              target: `#${regionPath}:replied`,
              actions: issues(action.result),
            });
          break;
        case 'return':
          // Inside a branch, a return stays in the branch (see the module comment).
          if (members !== null && !members.has(action.to)) break;
          add('RETURN', { guard: guard({ to: action.to }), target: resolve(action.to) });
          break;
        case 'request-supplement':
          add('REQUEST_SUPPLEMENT', {
            guard: guard({ supplement: true }),
            target: 'supplement',
            actions: ['requestSupplement', { type: 'pauseClock', params: { reason: 'supplement' } }],
          });
          children.supplement = {
            on: {
              SUPPLEMENT_RECEIVED: {
                target: 'working',
                // Decree 118/2025 Art. 19(5) (Decree 61/2018 Art. 19(4)): the time restarts from zero.
                actions: restart
                  ? ['restartClock']
                  : [{ type: 'resumeClock', params: { reason: 'supplement' } }],
              },
            },
          };
          break;
        case 'request-financial-obligation':
          add('REQUEST_FINANCIAL_OBLIGATION', {
            guard: guard({ to: action.to }),
            target: `payment-${action.to}`,
            actions: pauses ? [{ type: 'pauseClock', params: { reason: 'financial-obligation' } }] : [],
          });
          children[`payment-${action.to}`] = {
            on: {
              FINANCIAL_OBLIGATION_MET: {
                target: resolve(action.to),
                actions: pauses ? [{ type: 'resumeClock', params: { reason: 'financial-obligation' } }] : [],
              },
            },
          };
          break;
        case 'refuse':
          add('REFUSE', {
            guard: atStep,
            target: '#refused',
            actions: [{ type: 'finish', params: { outcome: 'refused' } }],
          });
          break;
        case 'approve': {
          // Approval that sends the result straight to the desk is the decision (e.g. marriage registration).
          const final = d.steps.find((s) => s.id === action.to)?.role === 'return';
          add('APPROVE', {
            guard: atStep,
            target: resolve(action.to),
            actions: final ? ['recordDecision'] : [],
          });
          break;
        }
        case 'issue-result':
          add('ISSUE_RESULT', {
            guard: atStep,
            target: resolve(action.to),
            actions: ['recordDecision', ...issues(action.result ?? only)],
          });
          break;
        case 'return-result':
          add('RETURN_RESULT', {
            guard: atStep,
            target: '#resultReturned',
            actions: ['returnResult', { type: 'finish', params: { outcome: 'result-returned' } }],
          });
          break;
        default:
          // Exhaustiveness: a new action type in the rules schema is a type error here.
          action satisfies never;
      }
    });
    return {
      id: regionPath === null ? topId(step.id) : `${regionPath}:${step.id}`,
      entry: [{ type: 'enterStep', params: { step: step.id } }],
      exit: [{ type: 'leaveStep', params: { step: step.id } }],
      initial: 'working',
      states: { working: { on }, ...children },
    };
  };

  const consultState = (consult: string, branches: readonly string[], join: string): StateNode => {
    const regions: Record<string, StateNode> = {};
    branches.forEach((branch, k) => {
      const members = region(branch, join);
      const rid = `c:${consult}:${branch}`;
      const states: Record<string, StateNode> = {};
      for (const member of members) {
        const step = d.steps.find((s) => s.id === member)!;
        states[member] = stepState(
          step,
          (to) => (members.has(to) ? `#${regionId(consult, branch, to)}` : `#${topId(to)}`),
          rid,
          members,
        );
      }
      states[':replied'] = { id: `${rid}:replied`, type: 'final' };
      regions[branch] = {
        initial: branch,
        states,
        ...(consultation === 'sequential' ? { onDone: branches[k + 1] ?? ':done' } : {}),
      };
    });
    if (consultation === 'sequential') {
      regions[':done'] = { type: 'final' };
      return {
        id: `c:${consult}`,
        initial: branches[0]!,
        states: regions,
        onDone: { target: `#${topId(join)}` },
      };
    }
    return {
      id: `c:${consult}`,
      type: 'parallel',
      states: regions,
      onDone: { target: `#${topId(join)}`, actions: [{ type: 'joinBranches', params: { consult } }] },
    };
  };

  for (const step of d.steps) processing[step.id] = stepState(step, (to) => `#${topId(to)}`, null, null);

  const finish = (outcome: string) => [{ type: 'finish', params: { outcome } }];
  return {
    id: 'dossier',
    initial: 'new',
    states: {
      new: { on: { SUBMIT: { target: 'submitted', actions: ['recordSubmission'] } } },
      submitted: {
        on: {
          RECEIVE: { target: 'processing', actions: ['recordReceipt'] },
          REFUSE: { target: 'refusedAtDesk', actions: finish('refused-at-desk') },
          REQUEST_SUPPLEMENT: { target: 'incomplete', actions: ['recordDeskSupplement'] },
          WITHDRAW: { target: 'withdrawn', actions: finish('withdrawn') },
        },
      },
      incomplete: {
        on: {
          SUBMIT: { target: 'submitted', actions: ['recordSubmission'] },
          WITHDRAW: { target: 'withdrawn', actions: finish('withdrawn') },
        },
      },
      processing: {
        initial: procedure.graph.initial,
        states: processing,
        on: {
          WITHDRAW: { guard: 'withdrawalAllowed', target: 'withdrawn', actions: finish('withdrawn') },
          STOP: { target: 'stopped', actions: finish('stopped') },
          APOLOGIZE: { guard: 'apologyAllowed', actions: ['extendDeadline'] },
        },
      },
      refusedAtDesk: { type: 'final' },
      refused: { id: 'refused', type: 'final' },
      resultReturned: { id: 'resultReturned', type: 'final' },
      withdrawn: { type: 'final' },
      stopped: { type: 'final' },
    },
  } as unknown as Config;
}
