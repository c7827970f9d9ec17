/**
 * The definition linter: everything zod's shape check cannot see — cross-references, the step graph, time
 * shares, expressions, dates and law-derived advice. It returns every problem at once; `error`s block loading,
 * `warning`s are advice. Each code is listed with an example in docs/rules.md.
 */
import { match } from 'ts-pattern';
import {
  type CompiledExpression,
  compileExpression,
  createExpressionEnvironment,
  type ExpressionKind,
  isReservedName,
} from './expressions.js';
import { analyzeGraph, type StepGraph } from './graph.js';
import { type Problem, type ProblemPath, problem } from './problems.js';
import type { DurationData } from './schema/common.js';
import type { ProcedureDefinition } from './schema/procedure.js';

/** The linter's findings. */
export interface LintResult {
  readonly problems: Problem[];
  readonly expressions: Map<string, CompiledExpression>;
  readonly graph: StepGraph;
}

/** Key of an expression in {@link LintResult.expressions}: its path joined with `/` (`fees/1/amount/expr`). */
export function expressionKey(path: ProblemPath): string {
  return path.join('/');
}

/** The day before two-tier local government: district level abolished from 01/07/2025. */
const LAST_DAY_OF_DISTRICTS = '2025-06-30';

/** Units the calendar counts in whole numbers only (`INVALID_COUNT` for 0.5 calendar days or months). */
const wholeUnits: ReadonlySet<DurationData['unit']> = new Set(['calendar-days', 'months']);

/** Lints a parsed definition. */
export function lintProcedure(definition: ProcedureDefinition): LintResult {
  const problems: Problem[] = [];

  // Duplicate ids, each namespace on its own.
  duplicates(definition.agencies, ['agencies'], 'agency', 'cơ quan', problems);
  duplicates(definition.steps, ['steps'], 'step', 'bước', problems);
  duplicates(definition.fields, ['fields'], 'form field', 'trường', problems);
  duplicates(definition.documents, ['documents'], 'document', 'thành phần hồ sơ', problems);
  duplicates(definition.fees, ['fees'], 'fee', 'khoản phí', problems);
  duplicates(definition.checks, ['checks'], 'check', 'quy tắc kiểm tra', problems);
  definition.fields.forEach((field, i) => {
    if (field.type === 'enum') {
      duplicates(
        field.values.map((v) => ({ id: v.value })),
        ['fields', i, 'values'],
        'enum value',
        'giá trị',
        problems,
        'value',
      );
    }
  });

  // Agencies named by roles and steps.
  const agencyIds = new Set(definition.agencies.map((a) => a.id));
  const used = new Set<string>();
  const agencyRef = (id: string, path: ProblemPath) => {
    used.add(id);
    if (!agencyIds.has(id)) {
      problems.push(
        problem(
          'UNKNOWN_AGENCY',
          'error',
          path,
          `No agency has id "${id}"`,
          `Không có cơ quan nào có mã "${id}" trong danh sách cơ quan`,
        ),
      );
    }
  };
  agencyRef(definition.roles.desk, ['roles', 'desk']);
  agencyRef(definition.roles.lead, ['roles', 'lead']);
  agencyRef(definition.roles.deciding, ['roles', 'deciding']);
  definition.roles.coordinating.forEach((c, i) => {
    agencyRef(c.agency, ['roles', 'coordinating', i, 'agency']);
  });
  definition.steps.forEach((s, i) => {
    agencyRef(s.agency, ['steps', i, 'agency']);
  });
  definition.agencies.forEach((a, i) => {
    if (!used.has(a.id)) {
      problems.push(
        problem(
          'AGENCY_UNUSED',
          'warning',
          ['agencies', i],
          `Agency "${a.id}" has no role and does no step`,
          `Cơ quan "${a.id}" không có vai trò và không thực hiện bước nào`,
        ),
      );
    }
  });

  // Form fields.
  const fieldIds = new Set(definition.fields.map((f) => f.id));
  definition.fields.forEach((field, i) => {
    if (isReservedName(field.id)) {
      problems.push(
        problem(
          'FIELD_NAME_RESERVED',
          'error',
          ['fields', i, 'id'],
          `"${field.id}" is reserved in expressions; choose another field id`,
          `"${field.id}" là tên dành riêng trong biểu thức; hãy đặt mã trường khác`,
        ),
      );
    }
    if (
      field.type === 'enum' &&
      field.default !== undefined &&
      !field.values.some((v) => v.value === field.default)
    ) {
      problems.push(
        problem(
          'ENUM_VALUE_UNKNOWN',
          'error',
          ['fields', i, 'default'],
          `Default "${field.default}" is not a value of field "${field.id}"`,
          `Giá trị mặc định "${field.default}" không thuộc các giá trị của trường "${field.id}"`,
        ),
      );
    }
    const defaultOutside = match(field)
      .with({ type: 'string' }, (f) =>
        f.default === undefined ? false : outside(f.default.length, f.minLength, f.maxLength),
      )
      .with({ type: 'integer' }, { type: 'number' }, (f) =>
        f.default === undefined ? false : outside(f.default, f.min, f.max),
      )
      .with({ type: 'boolean' }, { type: 'date' }, { type: 'enum' }, () => false)
      .exhaustive();
    if (defaultOutside) {
      problems.push(
        problem(
          'FIELD_DEFAULT_OUT_OF_RANGE',
          'error',
          ['fields', i, 'default'],
          `Field "${field.id}": the default is outside the field's bounds`,
          `Trường "${field.id}": giá trị mặc định nằm ngoài giới hạn của trường`,
        ),
      );
    }
    const inverted = match(field)
      .with({ type: 'string' }, (f) =>
        f.minLength !== undefined && f.maxLength !== undefined && f.minLength > f.maxLength
          ? 'minLength'
          : null,
      )
      .with({ type: 'integer' }, { type: 'number' }, (f) =>
        f.min !== undefined && f.max !== undefined && f.min > f.max ? 'min' : null,
      )
      .with({ type: 'boolean' }, { type: 'date' }, { type: 'enum' }, () => null)
      .exhaustive();
    if (inverted) {
      problems.push(
        problem(
          'FIELD_RANGE_INVERTED',
          'error',
          ['fields', i, inverted],
          `Field "${field.id}": the lower bound is above the upper bound`,
          `Trường "${field.id}": giới hạn dưới lớn hơn giới hạn trên`,
        ),
      );
    }
  });
  definition.checks.forEach((check, i) => {
    if (check.field !== undefined && !fieldIds.has(check.field)) {
      problems.push(
        problem(
          'UNKNOWN_FIELD',
          'error',
          ['checks', i, 'field'],
          `No form field has id "${check.field}"`,
          `Không có trường nào có mã "${check.field}"`,
        ),
      );
    }
  });

  // Dates and levels.
  const { from, to } = definition.effective;
  if (to !== undefined && to < from) {
    problems.push(
      problem(
        'EFFECTIVE_RANGE_INVERTED',
        'error',
        ['effective', 'to'],
        `Effective period ends (${to}) before it starts (${from})`,
        `Thời gian hiệu lực kết thúc (${to}) trước khi bắt đầu (${from})`,
      ),
    );
  }
  const inForceAfterDistricts = to === undefined || to > LAST_DAY_OF_DISTRICTS;
  if (inForceAfterDistricts) {
    const district = (path: ProblemPath) =>
      problems.push(
        problem(
          'DISTRICT_LEVEL_ABOLISHED',
          'error',
          path,
          'The district level was abolished on 01/07/2025; a definition in force after 30/06/2025 cannot use it',
          'Cấp huyện đã bị bãi bỏ từ 01/07/2025; định nghĩa còn hiệu lực sau 30/06/2025 không được dùng cấp huyện',
        ),
      );
    if (definition.level === 'district') district(['level']);
    definition.agencies.forEach((a, i) => {
      if (a.level === 'district') district(['agencies', i, 'level']);
    });
  }

  // The step graph and the time shares.
  const { graph, problems: graphProblems } = analyzeGraph(definition.steps, definition.initialStep);
  problems.push(...graphProblems);
  nestedConsultations(definition, problems);
  const limit = definition.timing.limit;
  const total = match(limit)
    .with({ type: 'immediate' }, () => 0)
    .with({ type: 'duration' }, (l) => l.amount)
    .exhaustive();
  const exceeds = (amount: number, unit: string, path: ProblemPath, what: string, whatVi: string) => {
    if (graph.longestPath === undefined || graph.longestPath <= amount + 1e-9) return;
    problems.push(
      problem(
        'STEP_TIME_EXCEEDS_TOTAL',
        'error',
        path,
        `The longest path through the steps takes ${graph.longestPath} (${unit}), more than ${what} ${amount} (path: ${graph.criticalPath.join(' → ')})`,
        `Đường dài nhất qua các bước mất ${graph.longestPath} (${unit}), vượt ${whatVi} ${amount} (đường: ${graph.criticalPath.join(' → ')})`,
      ),
    );
  };
  exceeds(
    total,
    limit.type === 'duration' ? limit.unit : 'immediate',
    ['timing', 'limit'],
    'the total',
    'tổng thời hạn',
  );
  // Step shares are in the limit's unit. Under a variant of the same unit the engine scales them with the limit
  // (half the time, half of each share), so they fit whenever they fit the limit. A variant of another unit
  // cannot be compared with the shares (they are read in its unit unscaled): reported as a warning, and its
  // whole units checked below.
  const variants = definition.timing.variants;
  if (limit.type === 'duration') {
    variants.forEach((v, i) => {
      if (v.limit.unit !== limit.unit) {
        problems.push(
          problem(
            'VARIANT_UNIT_DIFFERS',
            'warning',
            ['timing', 'variants', i, 'limit', 'unit'],
            `This variant is in ${v.limit.unit} but the limit and the step shares are in ${limit.unit}; under this variant the shares are read in ${v.limit.unit} and cannot be checked against it`,
            `Trường hợp này tính theo ${v.limit.unit} nhưng thời hạn chung và thời gian của các bước tính theo ${limit.unit}; khi áp dụng trường hợp này, thời gian các bước được hiểu theo ${v.limit.unit} và không kiểm tra được`,
          ),
        );
      }
    });
  }

  // The calendar counts calendar days and months whole: 0.5 calendar day is not computable.
  const whole = (amount: number, unit: DurationData['unit'], path: ProblemPath) => {
    if (!wholeUnits.has(unit) || Number.isInteger(amount)) return;
    problems.push(
      problem(
        'FRACTIONAL_CALENDAR_AMOUNT',
        'error',
        path,
        `${amount} ${unit}: calendar days and months are counted whole; use a whole number`,
        `${amount} ${unit}: ngày (theo lịch) và tháng chỉ tính theo số nguyên; hãy dùng số nguyên`,
      ),
    );
  };
  if (limit.type === 'duration') whole(limit.amount, limit.unit, ['timing', 'limit', 'amount']);
  variants.forEach((v, i) => {
    whole(v.limit.amount, v.limit.unit, ['timing', 'variants', i, 'limit', 'amount']);
  });
  const window = definition.timing.supplement.applicantWindow;
  if (window) whole(window.amount, window.unit, ['timing', 'supplement', 'applicantWindow', 'amount']);
  // Shares are read in the limit's unit, and in a variant's unit when it applies.
  const shareUnit = [
    ...(limit.type === 'duration' ? [limit.unit] : []),
    ...variants.map((v) => v.limit.unit),
  ].find((unit) => wholeUnits.has(unit));
  if (shareUnit) {
    definition.steps.forEach((s, i) => {
      whole(s.time, shareUnit, ['steps', i, 'time']);
    });
  }

  // Advice from the law (warnings).
  if (definition.timing.supplement.clock === 'pause') {
    problems.push(
      problem(
        'SUPPLEMENT_CLOCK_PAUSED',
        'warning',
        ['timing', 'supplement', 'clock'],
        'Decree 118/2025 Art. 19(5) (and Decree 61/2018 Art. 19(4) before it) restarts the time from zero when the complete dossier comes back; "pause" needs a special law',
        'Nghị định 118/2025 Điều 19 khoản 5 (và Nghị định 61/2018 Điều 19 khoản 4) quy định thời hạn được tính lại từ đầu khi nhận đủ hồ sơ bổ sung; "pause" cần có luật chuyên ngành',
      ),
    );
  }
  // The decision (ban hành kết quả) ends the applicant's right to withdraw (Decree 118/2025 Art. 21) and is the
  // "processed" instant of the statistics: some action must record it.
  const decides = definition.steps.some((s) =>
    s.actions.some(
      (a) =>
        a.type === 'issue-result' ||
        (a.type === 'approve' && definition.steps.find((t) => t.id === a.to)?.role === 'return'),
    ),
  );
  if (!decides) {
    problems.push(
      problem(
        'NO_DECISION_RECORDED',
        'warning',
        ['steps'],
        'No step records the decision (an issue-result action, or approve handing the result to the return step): the applicant may then withdraw until the result is returned (Decree 118/2025 Art. 21 allows it only until the decision) and statistics count the dossier processed only at the return',
        'Không có bước nào ghi nhận việc ban hành kết quả (hành động issue-result, hoặc approve chuyển kết quả sang bước trả kết quả): người nộp khi đó có thể rút hồ sơ đến lúc trả kết quả (Nghị định 118/2025 Điều 21 chỉ cho phép đến khi ban hành quyết định) và thống kê chỉ tính là đã xử lý khi trả kết quả',
      ),
    );
  }
  const paysInSteps = definition.steps.some((s) =>
    s.actions.some((a) => a.type === 'request-financial-obligation'),
  );
  if (paysInSteps && !definition.timing.financialObligationPausesClock) {
    problems.push(
      problem(
        'FINANCIAL_OBLIGATION_CLOCK_RUNS',
        'warning',
        ['timing', 'financialObligationPausesClock'],
        'A step requests financial obligations but their time is counted; land procedures do not count it',
        'Có bước yêu cầu thực hiện nghĩa vụ tài chính nhưng thời gian đó vẫn được tính; thủ tục đất đai không tính thời gian này',
      ),
    );
  }
  definition.steps.forEach((s, i) => {
    const returns = s.actions.findIndex((a) => a.type === 'return-result');
    if (returns >= 0 && s.agency !== definition.roles.desk) {
      problems.push(
        problem(
          'RESULT_NOT_RETURNED_BY_DESK',
          'warning',
          ['steps', i, 'agency'],
          `Step "${s.id}" returns the result but is not done by the one-stop desk (Decree 118 Art. 20(1), 22)`,
          `Bước "${s.id}" trả kết quả nhưng không do Bộ phận Một cửa thực hiện (Nghị định 118 Điều 20 khoản 1, Điều 22)`,
        ),
      );
    }
  });
  // Consulted agencies are coordinating agencies (cơ quan phối hợp, Decree 118 Art. 20(2)).
  const coordinating = new Set(definition.roles.coordinating.map((c) => c.agency));
  const stepIndex = new Map(definition.steps.map((s, i) => [s.id, i] as const));
  definition.steps.forEach((s) => {
    for (const action of s.actions) {
      if (action.type !== 'consult') continue;
      for (const branch of action.branches) {
        const index = stepIndex.get(branch);
        const consulted = index === undefined ? undefined : definition.steps[index];
        if (!consulted || index === undefined || coordinating.has(consulted.agency)) continue;
        if (!agencyIds.has(consulted.agency)) continue;
        problems.push(
          problem(
            'CONSULTED_AGENCY_NOT_COORDINATING',
            'warning',
            ['steps', index, 'agency'],
            `Agency "${consulted.agency}" is consulted (step "${branch}") but not listed in roles.coordinating`,
            `Cơ quan "${consulted.agency}" được lấy ý kiến (bước "${branch}") nhưng không có trong danh sách cơ quan phối hợp (roles.coordinating)`,
          ),
        );
      }
    }
  });
  const initialIndex = definition.steps.findIndex((s) => s.id === graph.initial);
  const initialStep = definition.steps[initialIndex];
  if (initialStep && initialStep.agency !== definition.roles.desk) {
    problems.push(
      problem(
        'RECEIPT_NOT_AT_DESK',
        'warning',
        ['steps', initialIndex, 'agency'],
        'The first step is not done by the one-stop desk, which receives dossiers (Decree 118 Art. 17)',
        'Bước đầu tiên không do Bộ phận Một cửa thực hiện, trong khi Bộ phận Một cửa tiếp nhận hồ sơ (Nghị định 118 Điều 17)',
      ),
    );
  }
  if (definition.channels.online !== 'none') {
    definition.documents.forEach((d, i) => {
      if (d.electronicFormats.length === 0) {
        problems.push(
          problem(
            'ONLINE_WITHOUT_ELECTRONIC_DOCUMENTS',
            'warning',
            ['documents', i, 'electronicFormats'],
            `The procedure is offered online but document "${d.id}" accepts no electronic format`,
            `Thủ tục có nộp trực tuyến nhưng thành phần hồ sơ "${d.id}" không nhận định dạng điện tử nào`,
          ),
        );
      }
    });
  }

  // Expressions: parsed once, type-checked against the fields.
  const expressions = new Map<string, CompiledExpression>();
  const { env, problems: envProblems } = createExpressionEnvironment(definition.fields);
  problems.push(...envProblems);
  const compile = (source: string | undefined, path: ProblemPath, kind: ExpressionKind) => {
    if (source === undefined) return;
    const result = compileExpression(env, source, path, kind, definition.fields);
    if (result.compiled) expressions.set(expressionKey(path), result.compiled);
    else problems.push(...result.problems);
  };
  definition.fields.forEach((f, i) => {
    compile(f.requiredWhen, ['fields', i, 'requiredWhen'], 'condition');
  });
  definition.checks.forEach((c, i) => {
    compile(c.expr, ['checks', i, 'expr'], 'condition');
    compile(c.when, ['checks', i, 'when'], 'condition');
  });
  definition.documents.forEach((d, i) => {
    compile(d.when, ['documents', i, 'when'], 'condition');
  });
  definition.fees.forEach((f, i) => {
    compile(f.when, ['fees', i, 'when'], 'condition');
    if (typeof f.amount === 'object') {
      const path = ['fees', i, 'amount', 'expr'];
      compile(f.amount.expr, path, 'amount');
      constantAmountProblem(expressions.get(expressionKey(path)), problems);
    }
  });
  definition.timing.variants.forEach((v, i) => {
    compile(v.when, ['timing', 'variants', i, 'when'], 'condition');
  });
  definition.steps.forEach((s, i) => {
    s.actions.forEach((a, j) => {
      if (a.type === 'forward') compile(a.when, ['steps', i, 'actions', j, 'when'], 'condition');
    });
  });

  return { problems, expressions, graph };
}

/**
 * An amount that reads no variable is a constant: evaluate it once at load. A negative constant would fail on
 * every dossier (`CONDITION_ERROR`), so it is a load-time error instead.
 */
/**
 * A consultation inside a consultation branch: the engine runs each branch as a region of the dossier's state
 * machine and cannot open a second consultation inside one, so it refuses such a definition when it compiles it
 * (issue 3: whatever the linter accepts must compile). A branch is the steps reached from its first step by
 * `forward`, `approve`, `issue-result` and `request-financial-obligation` (not `return`), stopping at the join —
 * exactly the region the engine builds.
 */
function nestedConsultations(definition: ProcedureDefinition, problems: Problem[]): void {
  const byId = new Map<string, number>();
  definition.steps.forEach((step, i) => {
    if (!byId.has(step.id)) byId.set(step.id, i);
  });
  const reported = new Set<string>();
  for (const outer of definition.steps) {
    for (const action of outer.actions) {
      if (action.type !== 'consult') continue;
      for (const branch of action.branches) {
        const region = new Set<string>();
        const queue = [branch];
        while (queue.length > 0) {
          const id = queue.pop()!;
          if (region.has(id) || id === action.join) continue;
          const i = byId.get(id);
          if (i === undefined) continue;
          region.add(id);
          const step = definition.steps[i]!;
          step.actions.forEach((inner, a) => {
            if ('to' in inner && inner.type !== 'return') queue.push(inner.to);
            if (inner.type !== 'consult') return;
            const key = `${i}/${a}`;
            if (reported.has(key)) return;
            reported.add(key);
            problems.push(
              problem(
                'NESTED_CONSULTATION',
                'error',
                ['steps', i, 'actions', a],
                `Step "${id}" consults inside the consultation branch "${branch}" of step "${outer.id}"; nested consultations are not supported`,
                `Bước "${id}" lấy ý kiến bên trong nhánh lấy ý kiến "${branch}" của bước "${outer.id}"; không hỗ trợ lấy ý kiến lồng nhau`,
              ),
            );
          });
        }
      }
    }
  }
}

function constantAmountProblem(expression: CompiledExpression | undefined, problems: Problem[]): void {
  if (!expression || expression.variables.length > 0) return;
  let value: unknown;
  try {
    value = expression.evaluate(Object.create(null));
  } catch {
    return; // a constant that fails (1 / 0) is reported per dossier as CONDITION_ERROR
  }
  if ((typeof value === 'bigint' || typeof value === 'number') && value < 0) {
    problems.push(
      problem(
        'FEE_AMOUNT_NEGATIVE',
        'error',
        expression.path,
        `The amount "${expression.source}" is always ${value} VND; a fee cannot be negative`,
        `Số tiền "${expression.source}" luôn bằng ${value} đồng; phí, lệ phí không thể âm`,
      ),
    );
  }
}

function outside(value: number, low: number | undefined, high: number | undefined): boolean {
  return (low !== undefined && value < low) || (high !== undefined && value > high);
}

function duplicates(
  items: readonly { id: string }[],
  base: ProblemPath,
  what: string,
  whatVi: string,
  problems: Problem[],
  key = 'id',
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      problems.push(
        problem(
          'DUPLICATE_ID',
          'error',
          [...base, i, key],
          `Duplicate ${what} id "${item.id}"`,
          `Mã ${whatVi} "${item.id}" bị trùng`,
        ),
      );
    }
    seen.add(item.id);
  });
}
