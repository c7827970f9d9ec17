/**
 * @name compileProcedure
 * @summary Builds the XState v5 machines of a procedure definition (one per definition version, cached).
 *
 * @description
 * The machine holds the legal states and transitions only; no time and no legal deadline lives in it (time-driven
 * consequences come from `evaluate`). It is built with `setup()`: every guard and action is named and typed, and
 * the config refers to them by name and params only, so it is data.
 *
 * - `new` → `submitted` (SUBMIT) → `processing` (RECEIVE, Decree 118/2025 Art. 17(1),(3)) | `refusedAtDesk`
 *   (REFUSE) | `incomplete` (REQUEST_SUPPLEMENT: not received, no clock; SUBMIT again to resubmit);
 * - `processing` has one state per step; a step's actions become its transitions (`forward` → FORWARD …); each
 *   step has the substates `working`, `supplement` (Art. 19(5)) and `payment-<to>` (financial obligation);
 * - a `consult` becomes a `<step>:consult` state whose regions start at the branches and end on REPLY: parallel
 *   regions joined when all replied (electronic, Art. 20(2)), or the same branches one after another (paper);
 * - WITHDRAW (Art. 21, not under Decree 61/2018), STOP (Art. 19(5) closure) and APOLOGIZE (Art. 19(6)) are
 *   transitions of `processing`, so they apply at any step;
 * - final states: `refusedAtDesk`, `refused`, `resultReturned`, `withdrawn`, `stopped`.
 *
 * Guards: `stepTransition` (the event names the step, its `to` is the target, the definition's `when` holds, a
 * supplement is still allowed), `withdrawalAllowed`, `apologyAllowed`. Actions (`enterStep`, `leaveStep`,
 * `joinBranches`, `pauseClock`, `resumeClock`, `restartClock`, `recordDecision`, `extendDeadline`, `finish`, …) are
 * markers the engine executes on the snapshot from the pure `transition()` result, so the machine stays free of
 * time and data. The config is plain JSON (tested).
 *
 * @param input - a loaded `Procedure` (from `defineProcedure`) or a raw definition
 * @returns the {@link CompiledProcedure}, the same object for the same content hash
 *
 * @example
 * const land = compileProcedure(defineProcedure(landJson));
 * land.machine('parallel').id // 'dossier'
 */
import { setup } from 'xstate';
import { defineProcedure, type Procedure, type Step } from '../rules/index.js';
import { EngineError } from './errors.js';
import type { DossierEvent } from './events.js';
import type { PauseReason, Regime, StateValue } from './snapshot.js';

/** What the guards read: the rule set and a few facts of the dossier. */
export interface MachineContext {
  readonly regime: Regime;
  readonly supplements: number;
  readonly decided: boolean;
  readonly apologized: boolean;
  readonly conditions: Readonly<Record<string, boolean>>;
}

/** Marker actions the engine executes, with their params. */
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
  | { readonly type: 'finish'; readonly params: { readonly outcome: string } };

const noop = () => undefined;

/** Params of the `stepTransition` guard. */
export interface StepGuardParams {
  readonly step: string;
  readonly to?: string;
  /** Key of a `when` condition in `MachineContext.conditions`. */
  readonly condition?: string;
  readonly supplement?: boolean;
}

function createSetup() {
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
      finish: (_, _params: { outcome: string }) => undefined,
    },
  });
}

type DossierSetup = ReturnType<typeof createSetup>;
export type DossierMachine = ReturnType<DossierSetup['createMachine']>;
type Config = Parameters<DossierSetup['createMachine']>[0];
/** A state node of the generated config (checked by XState when the machine is created). */
type StateNodeConfig = Record<string, unknown>;
type Transition = Record<string, unknown>;

/** A definition compiled for the engine. */
export interface CompiledProcedure {
  readonly procedure: Procedure;
  readonly steps: ReadonlyMap<string, Step>;
  /** The machine for parallel (electronic) or sequential (paper) consultation. */
  machine(consultation: 'parallel' | 'sequential'): DossierMachine;
  /**
   * Memo of transitions, by state (`consultation|state JSON`); each holds the next state value and the marker
   * actions for an event in that state (`null`: not allowed). Managed by the engine. @internal
   */
  readonly byState: Map<string, unknown>;
}

const byHash = new Map<string, CompiledProcedure>();
const MAX_CACHED = 500;

export function compileProcedure(input: Procedure | unknown): CompiledProcedure {
  const procedure = isProcedure(input) ? input : defineProcedure(input);
  const cached = byHash.get(procedure.hash);
  if (cached) return cached;
  const steps = new Map(procedure.definition.steps.map((s) => [s.id, s] as const));
  const machines = new Map<string, DossierMachine>();
  const compiled: CompiledProcedure = {
    procedure,
    steps,
    machine(consultation) {
      let m = machines.get(consultation);
      if (!m) {
        m = createSetup().createMachine(buildConfig(procedure, consultation));
        machines.set(consultation, m);
      }
      return m;
    },
    byState: new Map(),
  };
  if (byHash.size >= MAX_CACHED) byHash.clear();
  byHash.set(procedure.hash, compiled);
  return compiled;
}

/**
 * Whether a state value exists in a compiled procedure's machine (used by `restore` and `migrate` before they
 * accept a snapshot). The context is a neutral one: only the state's shape is checked here.
 */
export function stateExists(
  compiled: CompiledProcedure,
  consultation: 'parallel' | 'sequential',
  value: StateValue,
  regime: Regime | null | undefined,
): boolean {
  try {
    compiled.machine(consultation).resolveState({
      value,
      context: {
        regime: regime ?? 'decree-118-2025',
        supplements: 0,
        decided: false,
        apologized: false,
        conditions: {},
      },
    });
    return true;
  } catch {
    return false;
  }
}

function isProcedure(input: unknown): input is Procedure {
  return (
    typeof input === 'object' &&
    input !== null &&
    'definition' in input &&
    'hash' in input &&
    typeof (input as { hash: unknown }).hash === 'string'
  );
}

/** Key of a `when` condition in `MachineContext.conditions`: the action's path in the definition. */
export function conditionKey(stepIndex: number, actionIndex: number): string {
  return `steps/${stepIndex}/actions/${actionIndex}/when`;
}

/** Id of the state of a step: top level, or inside a consultation branch. */
const topId = (step: string) => `s:${step}`;
const regionId = (consult: string, branch: string, step: string) => `c:${consult}:${branch}:${step}`;

function buildConfig(procedure: Procedure, consultation: 'parallel' | 'sequential'): Config {
  const d = procedure.definition;
  const index = new Map(d.steps.map((s, i) => [s.id, i] as const));
  const pauses = d.timing.financialObligationPausesClock;
  const restart = d.timing.supplement.clock === 'restart';
  const processing: Record<string, StateNodeConfig> = {};

  const stepState = (step: Step, resolve: (to: string) => string, region: string | null): StateNodeConfig => {
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
    const children: Record<string, StateNodeConfig> = {};
    step.actions.forEach((action, a) => {
      switch (action.type) {
        case 'forward': {
          const condition = action.when === undefined ? {} : { condition: conditionKey(i, a) };
          add('FORWARD', { guard: guard({ to: action.to, ...condition }), target: resolve(action.to) });
          break;
        }
        case 'consult':
          if (region !== null) {
            throw new EngineError(
              'INVALID_OPTIONS',
              `Step "${step.id}" consults inside a consultation branch; nested consultations are not supported`,
              `Bước "${step.id}" lấy ý kiến bên trong một nhánh lấy ý kiến; chưa hỗ trợ lấy ý kiến lồng nhau`,
              ['steps', i, 'actions', a],
            );
          }
          add('CONSULT', { guard: atStep, target: `#c:${step.id}` });
          processing[`${step.id}:consult`] = consultState(step.id, action.branches, action.join);
          break;
        case 'reply':
          // Only meaningful inside a branch; the top-level copy of a branch step cannot reply.
          if (region !== null) add('REPLY', { guard: atStep, target: `#${region}:replied` });
          break;
        case 'return':
          add('RETURN', {
            guard: guard({ to: action.to }),
            target: resolve(action.to),
          });
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
          } as StateNodeConfig;
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
          } as StateNodeConfig;
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
          add('ISSUE_RESULT', { guard: atStep, target: resolve(action.to), actions: ['recordDecision'] });
          break;
        case 'return-result':
          add('RETURN_RESULT', {
            guard: atStep,
            target: '#resultReturned',
            actions: [{ type: 'finish', params: { outcome: 'result-returned' } }],
          });
          break;
        default:
          // Exhaustiveness: a new action type in the rules schema is a type error here.
          unreachable(action);
      }
    });
    return {
      id: region === null ? topId(step.id) : `${region}:${step.id}`,
      entry: [{ type: 'enterStep', params: { step: step.id } }],
      exit: [{ type: 'leaveStep', params: { step: step.id } }],
      initial: 'working',
      states: { working: { on }, ...children },
    } as StateNodeConfig;
  };

  const consultState = (consult: string, branches: readonly string[], join: string): StateNodeConfig => {
    const regions: Record<string, StateNodeConfig> = {};
    branches.forEach((branch, k) => {
      const members = regionSteps(d.steps, branch, join);
      const rid = `c:${consult}:${branch}`;
      const states: Record<string, StateNodeConfig> = {};
      for (const member of members) {
        const step = d.steps.find((s) => s.id === member)!;
        states[member] = stepState(
          step,
          (to) => (members.has(to) ? `#${regionId(consult, branch, to)}` : `#${topId(to)}`),
          rid,
        );
      }
      states[':replied'] = { id: `${rid}:replied`, type: 'final' } as StateNodeConfig;
      regions[branch] = {
        initial: branch,
        states,
        ...(consultation === 'sequential' ? { onDone: branches[k + 1] ?? ':done' } : {}),
      } as StateNodeConfig;
    });
    if (consultation === 'sequential') {
      regions[':done'] = { type: 'final' } as StateNodeConfig;
      return {
        id: `c:${consult}`,
        initial: branches[0]!,
        states: regions,
        onDone: { target: `#${topId(join)}` },
      } as StateNodeConfig;
    }
    return {
      id: `c:${consult}`,
      type: 'parallel',
      states: regions,
      onDone: { target: `#${topId(join)}`, actions: [{ type: 'joinBranches', params: { consult } }] },
    } as StateNodeConfig;
  };

  for (const step of d.steps) processing[step.id] = stepState(step, (to) => `#${topId(to)}`, null);

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

/** Steps of a consultation branch: reachable from its first step without `return`, stopping at the join. */
function regionSteps(steps: readonly Step[], branch: string, join: string): Set<string> {
  const region = new Set<string>();
  const queue = [branch];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (region.has(id) || id === join) continue;
    const step = steps.find((s) => s.id === id);
    if (!step) continue;
    region.add(id);
    for (const action of step.actions) {
      if ('to' in action && action.type !== 'return') queue.push(action.to);
    }
  }
  return region;
}

/** Exhaustiveness: a value no case handles is a type error at the call. */
function unreachable(value: never): never {
  throw new EngineError(
    'INVALID_OPTIONS',
    `Unhandled ${JSON.stringify(value)}`,
    `Chưa xử lý ${JSON.stringify(value)}`,
  );
}
