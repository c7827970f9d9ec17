/**
 * motcua/rules — procedure definitions as validated data, and dossier validation.
 *
 * Rule authors describe each administrative procedure (thủ tục hành chính) once, as JSON checked by a zod
 * schema (`schema/procedure.schema.json` for editors); {@link defineProcedure} parses, lints and compiles it
 * (CEL conditions type-checked against the form fields), {@link validateDossier} checks a citizen's dossier and
 * computes the fees. See docs/rules.md.
 */
export {
  type DossierProblemCode,
  dossierProblemCodes,
  type InputProblemCode,
  inputProblemCodes,
  type LintProblemCode,
  lintProblemCodes,
  type ProblemCode,
  type SchemaProblemCode,
  schemaProblemCodes,
} from './codes.js';
export { canonicalJson, contentHash, sha256Hex } from './contentHash.js';
export {
  type DefineOptions,
  type DefineResult,
  defineProcedure,
  type Procedure,
  safeDefineProcedure,
} from './defineProcedure.js';
export { feeInForce } from './dossier/fees.js';
export { fieldValueProblem } from './dossier/fieldValue.js';
export {
  type DossierOptions,
  type DossierValidation,
  type FeeDue,
  type FeesDue,
  validateDossier,
} from './dossier/validateDossier.js';
export { RulesError } from './errors.js';
export type { CompiledExpression, ExpressionKind } from './expressions/compile.js';
export {
  type ExpressionExtras,
  type FieldValue,
  maxTextLength,
  toExpressionContext,
} from './expressions/context.js';
export {
  addedFunctions,
  type BuiltInVariable,
  builtInVariables,
  celTypeOf,
  channelValues,
  forbiddenFunctions,
  reservedNames,
} from './expressions/environment.js';
export type { Branch, GraphEdge, StepGraph } from './graph/analyzeGraph.js';
export { consultationRegion } from './graph/consultationRegion.js';
export { forbiddenKeys, inspectInput } from './inputGuard.js';
export { actionConditionKey, expressionKey } from './keys.js';
export { type CostBudget, defaultCostBudget, limits } from './limits.js';
export { lintCodesTable } from './lint/lintProcedure.js';
export { lintRules } from './lint/registry.js';
export type { LintRule } from './lint/rule.js';
export {
  globalOutcomes,
  outcomeOfAction,
  type TerminalOutcome,
  terminalOutcomeSchema,
} from './outcomes.js';
export { asTimeLimit, type PeriodAmount, periodAmount } from './period.js';
export { formatPath, type Names, type Problem, type ProblemPath, type Severity } from './problems.js';
export { procedureInForce } from './procedureInForce.js';
export { type Agency, agencySchema, type Roles, rolesSchema } from './schema/agencies.js';
export {
  countingPolicySchema,
  type DurationData,
  durationSchema,
  durationUnitSchema,
  immediateSchema,
  type Level,
  type LocalizedText,
  levelSchema,
  localizedTextSchema,
  type Period,
  periodSchema,
} from './schema/common.js';
export {
  type PaperForm,
  paperFormSchema,
  type RequiredDocument,
  requiredDocumentSchema,
} from './schema/documents.js';
export {
  type Dossier,
  type DossierInput,
  dossierSchema,
  type SubmissionChannel,
  type SubmittedDocument,
  submissionChannelSchema,
} from './schema/dossier.js';
export { type Fee, feeSchema } from './schema/fees.js';
export { type FormField, type FormFieldType, formFieldSchema } from './schema/fields.js';
export {
  type Channels,
  type Check,
  type Delivery,
  type Implementer,
  implementerSchema,
  type LegalBasis,
  type ProcedureDefinition,
  type ProcedureInput,
  procedureSchema,
  type ResultDefinition,
  resultSchema,
} from './schema/procedure.js';
export {
  type Action,
  type ActionType,
  actionSchema,
  type Step,
  type StepRole,
  stepSchema,
} from './schema/steps.js';
export {
  type ClockStartDefinition,
  clockStartSchema,
  type TimeLimit,
  type Timing,
  timingSchema,
} from './schema/timing.js';
export { type SupplementItem, supplementRequestItems } from './supplementRequest.js';
