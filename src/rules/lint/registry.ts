/**
 * The lint rule registry, ESLint style: every rule of the definition linter, one per file under `rules/`, in the
 * order their problems are reported. docs/rules.md's table of lint codes is generated from this list
 * (`lintCodesTable`), and a test checks the committed docs agree.
 */

import type { LintRule } from './rule.js';
import agencyUnused from './rules/agencyUnused.js';
import branchWithoutJoin from './rules/branchWithoutJoin.js';
import clockStartEventUnrecorded from './rules/clockStartEventUnrecorded.js';
import consultedAgencyNotCoordinating from './rules/consultedAgencyNotCoordinating.js';
import dateLiteralInvalid from './rules/dateLiteralInvalid.js';
import deliveryOnlineNotOffered from './rules/deliveryOnlineNotOffered.js';
import districtLevelAbolished from './rules/districtLevelAbolished.js';
import duplicateId from './rules/duplicateId.js';
import effectiveRangeInverted from './rules/effectiveRangeInverted.js';
import enumValueUnknown from './rules/enumValueUnknown.js';
import expressionForbiddenFunction from './rules/expressionForbiddenFunction.js';
import expressionResultType from './rules/expressionResultType.js';
import expressionSyntax from './rules/expressionSyntax.js';
import expressionTooCostly from './rules/expressionTooCostly.js';
import expressionType from './rules/expressionType.js';
import expressionUnknownName from './rules/expressionUnknownName.js';
import extensionExceedsLimit from './rules/extensionExceedsLimit.js';
import feeAmountNegative from './rules/feeAmountNegative.js';
import feeCurrencyUnknown from './rules/feeCurrencyUnknown.js';
import feeEffectiveOverlap from './rules/feeEffectiveOverlap.js';
import fieldDefaultOutOfRange from './rules/fieldDefaultOutOfRange.js';
import fieldNameReserved from './rules/fieldNameReserved.js';
import fieldRangeInverted from './rules/fieldRangeInverted.js';
import financialObligationClockRuns from './rules/financialObligationClockRuns.js';
import forwardCycle from './rules/forwardCycle.js';
import fractionalCalendarAmount from './rules/fractionalCalendarAmount.js';
import implementerNotDeclared from './rules/implementerNotDeclared.js';
import legalBasisMissing from './rules/legalBasisMissing.js';
import limitUnitsIncomparable from './rules/limitUnitsIncomparable.js';
import nestedConsultation from './rules/nestedConsultation.js';
import noDecisionRecorded from './rules/noDecisionRecorded.js';
import noResultReturn from './rules/noResultReturn.js';
import onlineWithoutElectronicDocuments from './rules/onlineWithoutElectronicDocuments.js';
import procedureTooCostly from './rules/procedureTooCostly.js';
import receiptNotAtDesk from './rules/receiptNotAtDesk.js';
import replyOutsideBranch from './rules/replyOutsideBranch.js';
import resultAgencyDiffers from './rules/resultAgencyDiffers.js';
import resultAmbiguous from './rules/resultAmbiguous.js';
import resultLimitExceedsTotal from './rules/resultLimitExceedsTotal.js';
import resultNotDecided from './rules/resultNotDecided.js';
import resultNotReturnedByDesk from './rules/resultNotReturnedByDesk.js';
import resultUnknown from './rules/resultUnknown.js';
import returnLeavesConsultation from './rules/returnLeavesConsultation.js';
import reuseBasisWithoutArticle from './rules/reuseBasisWithoutArticle.js';
import stepCannotFinish from './rules/stepCannotFinish.js';
import stepLimitExceedsTotal from './rules/stepLimitExceedsTotal.js';
import stepTimeExceedsTotal from './rules/stepTimeExceedsTotal.js';
import supplementClockPaused from './rules/supplementClockPaused.js';
import unknownAgency from './rules/unknownAgency.js';
import unknownField from './rules/unknownField.js';
import unknownStep from './rules/unknownStep.js';
import unreachableStep from './rules/unreachableStep.js';
import variantUnitDiffers from './rules/variantUnitDiffers.js';

/** Every lint rule, in reporting order. */
export const lintRules: readonly LintRule[] = [
  duplicateId,
  unknownAgency,
  agencyUnused,
  fieldNameReserved,
  enumValueUnknown,
  fieldDefaultOutOfRange,
  fieldRangeInverted,
  unknownField,
  effectiveRangeInverted,
  feeEffectiveOverlap,
  feeCurrencyUnknown,
  districtLevelAbolished,
  unknownStep,
  branchWithoutJoin,
  replyOutsideBranch,
  unreachableStep,
  stepCannotFinish,
  noResultReturn,
  forwardCycle,
  nestedConsultation,
  returnLeavesConsultation,
  stepTimeExceedsTotal,
  clockStartEventUnrecorded,
  legalBasisMissing,
  resultUnknown,
  resultNotDecided,
  resultAmbiguous,
  resultAgencyDiffers,
  stepLimitExceedsTotal,
  resultLimitExceedsTotal,
  extensionExceedsLimit,
  limitUnitsIncomparable,
  variantUnitDiffers,
  fractionalCalendarAmount,
  supplementClockPaused,
  noDecisionRecorded,
  financialObligationClockRuns,
  resultNotReturnedByDesk,
  consultedAgencyNotCoordinating,
  receiptNotAtDesk,
  onlineWithoutElectronicDocuments,
  reuseBasisWithoutArticle,
  deliveryOnlineNotOffered,
  expressionSyntax,
  expressionUnknownName,
  implementerNotDeclared,
  expressionType,
  expressionResultType,
  expressionForbiddenFunction,
  dateLiteralInvalid,
  expressionTooCostly,
  feeAmountNegative,
  procedureTooCostly,
];
