/**
 * Vietnamese texts of every problem of the rules module, by code — the same codes and parameters as `en.ts`
 * (the `Translation` type makes a missing code a compile error). Never English inside: CEL's and zod's own
 * messages are not shown here; their error codes are translated ({@link celReasons}).
 */

import type { Translation } from '../../shared/messages.js';
import { quote } from '../../shared/messages.js';
import type { BasisSubject, ClockStartFault, en, Purpose } from './en.js';

const units: Readonly<Record<string, string>> = {
  'working-days': 'ngày làm việc',
  'working-hours': 'giờ làm việc',
  'calendar-days': 'ngày',
  months: 'tháng',
  immediate: 'trả ngay',
};
const unit = (u: string) => units[u] ?? quote(u);
const forms: Readonly<Record<string, string>> = {
  original: 'bản chính',
  'certified-copy': 'bản sao có chứng thực',
  copy: 'bản sao',
  electronic: 'bản điện tử',
};
const form = (f: string) => forms[f] ?? quote(f);
const kinds: Readonly<Record<string, string>> = {
  agency: 'cơ quan',
  step: 'bước',
  field: 'trường',
  document: 'thành phần hồ sơ',
  fee: 'khoản phí',
  check: 'quy tắc kiểm tra',
  'enum-value': 'giá trị',
  result: 'kết quả',
  implementer: 'cơ quan thực hiện',
};
const channels: Readonly<Record<string, string>> = {
  'in-person': 'trực tiếp',
  post: 'qua bưu chính',
  online: 'trực tuyến',
};
const types: Readonly<Record<string, string>> = {
  text: 'chuỗi ký tự',
  integer: 'số nguyên',
  number: 'số',
  boolean: 'có hoặc không',
  date: 'ngày dạng YYYY-MM-DD',
  string: 'chuỗi ký tự',
  int: 'số nguyên',
  object: 'đối tượng',
  array: 'danh sách',
  null: 'rỗng',
  bool: 'giá trị đúng/sai',
  double: 'số thực',
  undefined: 'không có giá trị',
};
const type = (t: string) => types[t] ?? quote(t);
const list = (xs: readonly string[]) => xs.map((x) => quote(x)).join(', ');
const mean = (s: string | null) => (s === null ? '' : `; có phải là ${quote(s)}?`);
const span = (amount: number, u: string) => (u === 'immediate' ? 'trả ngay' : `${amount} ${unit(u)}`);

const clockFaults: Readonly<Record<ClockStartFault, (step: string) => string>> = {
  'no-fee': () => 'thời hạn tính từ khi nộp phí, lệ phí nhưng thủ tục không có khoản phí, lệ phí nào',
  'no-financial-obligation': () =>
    'thời hạn tính từ khi thực hiện xong nghĩa vụ tài chính nhưng không có bước nào yêu cầu thực hiện nghĩa vụ tài chính ("request-financial-obligation")',
  'reply-without-step': () => 'thời hạn tính từ khi có ý kiến trả lời: hãy ghi mã bước trả lời tại "step"',
  'unknown-step': (step) => `thời hạn tính từ khi bước ${step} trả lời, nhưng không có bước này`,
  'not-a-reply': (step) =>
    `thời hạn tính từ khi bước ${step} trả lời, nhưng bước này không thuộc nhánh lấy ý kiến nào hoặc không có thao tác trả lời ("reply")`,
  'step-without-reply': () => 'chỉ ghi "step" khi "after" là "REPLY"',
};
const subjects: Readonly<Record<BasisSubject, string>> = {
  'clock-start':
    'Thời điểm bắt đầu tính thời hạn khác với lúc nhận đủ hồ sơ (Nghị định 118/2025 Điều 17 khoản 3)',
  extension: 'Việc gia hạn (Nghị định 118/2025 Điều 19 khoản 6)',
  'request-window':
    'Thời hạn yêu cầu bổ sung hồ sơ khác 03 ngày làm việc (Nghị định 118/2025 Điều 19 khoản 5)',
  'step-limit': 'Thời hạn riêng của bước',
};

/** cel-js error codes, in Vietnamese (cel-js's messages are English and never shown in Vietnamese). */
export const celReasons: Readonly<Record<string, string>> = {
  unexpected_token: 'ký hiệu không đúng chỗ',
  unexpected_character: 'ký tự không hợp lệ',
  unterminated_string: 'chuỗi ký tự chưa đóng ngoặc kép',
  unterminated_triple_quoted_string: 'chuỗi ký tự chưa đóng',
  newline_in_string: 'xuống dòng trong chuỗi ký tự',
  invalid_number: 'số viết sai',
  invalid_exponent: 'số mũ viết sai',
  reserved_identifier: 'dùng tên dành riêng',
  limit_exceeded: 'biểu thức quá lớn hoặc lồng nhau quá sâu',
  invalid_macro_argument: 'đối số của hàm vòng lặp không hợp lệ',
  no_such_overload: 'không có phép toán hoặc hàm nào nhận các kiểu này',
  no_matching_overload: 'không có phép toán hoặc hàm nào nhận các kiểu này',
  invalid_comparison_type: 'so sánh hai kiểu khác nhau',
  invalid_index_type: 'chỉ số sai kiểu',
  cannot_index_type: 'không truy cập theo chỉ số được',
  division_by_zero: 'chia cho 0',
  modulo_by_zero: 'chia lấy dư cho 0',
  numeric_overflow: 'tràn số',
  index_out_of_range: 'chỉ số nằm ngoài phạm vi',
  no_such_key: 'không có khoá này',
  int_conversion_error: 'không đổi được sang số nguyên',
  uint_conversion_error: 'không đổi được sang số nguyên không âm',
  bool_conversion_error: 'không đổi được sang giá trị đúng/sai',
  double_conversion_error: 'không đổi được sang số thực',
  invalid_timestamp: 'thời điểm viết sai',
  invalid_duration: 'khoảng thời gian viết sai',
  unknown_variable: 'biến chưa khai báo',
  incompatible_ternary_branches: 'hai nhánh của biểu thức điều kiện khác kiểu',
  invalid_condition_type: 'điều kiện không có kiểu đúng/sai',
  heterogeneous_list: 'danh sách có phần tử khác kiểu',
  heterogeneous_map_key: 'các khoá khác kiểu',
  heterogeneous_map_value: 'các giá trị khác kiểu',
  not_in: 'CEL không có phép "not in"; hãy viết "!(x in danh_sach)"',
  not_operator: 'CEL không có từ khoá "not"; phép phủ định là "!", ví dụ "!(x in danh_sach)"',
};
const reason = (r: string) => celReasons[r] ?? 'lỗi khi xử lý biểu thức';

const purpose = (p: Purpose, subject: string) =>
  ({
    required: `xác định trường ${quote(subject)} có bắt buộc không`,
    check: `áp dụng quy tắc ${quote(subject)}`,
    document: `xác định có cần ${quote(subject)} không`,
    'fee-due': `xác định khoản ${quote(subject)} có phải nộp không`,
    'fee-amount': `tính khoản ${quote(subject)}`,
    'time-limit': 'xác định thời hạn giải quyết',
    evaluate: 'tính giá trị',
  })[p];

export const vi: Translation<typeof en> = {
  SCHEMA_UNKNOWN_KEY: (p) => `Khoá ${quote(p.key)} không có trong định dạng (viết sai chính tả?)`,
  SCHEMA_MISSING: (p) => `Thiếu giá trị bắt buộc (cần ${type(p.expected)})`,
  SCHEMA_INVALID_TYPE: (p) => `Sai kiểu dữ liệu: cần ${type(p.expected)}, nhận được ${type(p.received)}`,
  SCHEMA_OUT_OF_RANGE: (p) => {
    const what = p.what === 'length' ? 'Độ dài chuỗi' : p.what === 'items' ? 'Số phần tử' : 'Giá trị';
    if (p.bound === 'min')
      return p.exclusive ? `${what} phải lớn hơn ${p.limit}` : `${what} nhỏ hơn mức tối thiểu ${p.limit}`;
    return p.exclusive ? `${what} phải nhỏ hơn ${p.limit}` : `${what} vượt mức tối đa ${p.limit}`;
  },
  SCHEMA_INVALID_FORMAT: (p) =>
    p.format === 'date'
      ? 'Sai định dạng ngày; cần YYYY-MM-DD và là ngày có thật'
      : p.format === 'datetime'
        ? 'Sai định dạng thời điểm; cần ngày giờ có múi giờ, ví dụ 2026-02-12T10:00:00+07:00'
        : 'Sai định dạng',
  SCHEMA_INVALID_VALUE: (p) => `Giá trị không hợp lệ; các giá trị cho phép: ${list(p.values)}`,
  SCHEMA_INVALID: (p) =>
    p.discriminator === null
      ? 'Giá trị không hợp lệ'
      : `Giá trị không khớp với dạng nào được phép (kiểm tra trường ${quote(p.discriminator)})`,

  DUPLICATE_ID: (p) =>
    p.kind === 'version'
      ? `Có nhiều phiên bản của thủ tục ${quote(p.id)} cùng có hiệu lực vào ngày ${p.date}`
      : p.kind === 'procedure'
        ? `Danh sách gồm phiên bản của nhiều thủ tục (${p.id}); hãy truyền mã thủ tục qua tham số "options.code"`
        : `Mã ${kinds[p.kind] ?? 'định danh'} ${quote(p.id)} bị trùng`,
  UNKNOWN_AGENCY: (p) =>
    `Không có cơ quan nào có mã ${quote(p.id)} trong danh sách cơ quan${mean(p.suggestion)}`,
  UNKNOWN_STEP: (p) => `Không có bước nào có mã ${quote(p.id)}${mean(p.suggestion)}`,
  UNKNOWN_FIELD: (p) => `Không có trường nào có mã ${quote(p.id)}${mean(p.suggestion)}`,
  UNREACHABLE_STEP: (p) => `Không thể đi tới bước ${quote(p.step)} từ bước đầu tiên ${quote(p.initial)}`,
  STEP_CANNOT_FINISH: (p) => `Từ bước ${quote(p.step)} không có đường nào dẫn tới trả kết quả hoặc từ chối`,
  NO_RESULT_RETURN: () => 'Không có bước nào trả kết quả cho người nộp (thao tác "return-result")',
  FORWARD_CYCLE: (p) =>
    `Bước ${quote(p.from)} quay lại bước ${quote(p.to)} mà không dùng thao tác "return"; chỉ "return" được phép quay lại`,
  BRANCH_WITHOUT_JOIN: (p) =>
    `Nhánh lấy ý kiến ${quote(p.branch)} không có bước trả lời ("reply") nên không thể hợp về bước ${quote(p.join)}`,
  REPLY_OUTSIDE_BRANCH: (p) =>
    `Bước ${quote(p.step)} có thao tác trả lời ý kiến nhưng không thuộc nhánh lấy ý kiến nào`,
  NESTED_CONSULTATION: (p) =>
    `Bước ${quote(p.step)} lấy ý kiến bên trong nhánh lấy ý kiến ${quote(p.branch)} của bước ${quote(p.outer)}; không hỗ trợ lấy ý kiến lồng nhau`,
  RETURN_LEAVES_CONSULTATION: (p) =>
    `Bước ${quote(p.step)} trả lại bước ${quote(p.to)}, nằm ngoài nhánh lấy ý kiến ${quote(p.branch)} của bước ${quote(p.outer)}: việc trả lại trong một nhánh chỉ diễn ra trong nhánh đó, nên không được thực hiện khi đang lấy ý kiến`,
  STEP_TIME_EXCEEDS_TOTAL: (p) =>
    `Đường dài nhất qua các bước mất ${p.longest} ${unit(p.unit)}, vượt tổng thời hạn ${p.limit} (đường: ${p.criticalPath.map((s) => quote(s)).join(' → ')})`,
  FRACTIONAL_CALENDAR_AMOUNT: (p) =>
    `${p.amount} ${unit(p.unit)}: ngày (theo lịch) và tháng chỉ tính theo số nguyên; hãy dùng số nguyên`,
  EXPRESSION_SYNTAX: (p) =>
    `Biểu thức ${quote(p.source)} sai cú pháp${p.column === null ? '' : ` tại ký tự thứ ${p.column}`} (${reason(p.reason)})`,
  EXPRESSION_UNKNOWN_NAME: (p) =>
    `Biểu thức ${quote(p.source)} dùng ${p.name === null ? 'tên' : `tên ${quote(p.name)}`} chưa khai báo trong các trường của tờ khai${mean(p.suggestion)}`,
  EXPRESSION_TYPE: (p) => `Biểu thức ${quote(p.source)} sai kiểu dữ liệu (${reason(p.reason)})`,
  EXPRESSION_RESULT_TYPE: (p) =>
    `Biểu thức ${quote(p.source)} có kiểu ${type(p.type)}; ${
      p.kind === 'condition' ? 'điều kiện phải có kiểu đúng/sai' : 'số tiền phải là số nguyên (đồng)'
    }`,
  EXPRESSION_FORBIDDEN_FUNCTION: (p) =>
    `Không được dùng ${quote(p.function)} trong định nghĩa (${
      p.reason === 'regex'
        ? 'biểu thức chính quy có thể treo hệ thống'
        : p.reason === 'time-zone'
          ? 'tra múi giờ ở mỗi lần gọi rất chậm'
          : 'không giới hạn được chi phí tính toán'
    })`,
  EXPRESSION_TOO_COSTLY: (p) =>
    `Biểu thức ${quote(p.source)} có thể tốn tới ${p.cost} đơn vị tính toán trên một hồ sơ lớn nhất, vượt ngân sách ${p.budget}; phần tốn kém là ${quote(p.part)} tại ký tự thứ ${p.column} (hãy khai độ dài tối đa "maxLength" nhỏ hơn, hoặc viết đơn giản hơn)`,
  PROCEDURE_TOO_COSTLY: (p) =>
    `Các biểu thức của định nghĩa này cộng lại có thể tốn tới ${p.cost} đơn vị tính toán trên một hồ sơ, vượt ngân sách ${p.budget} (tốn nhất: ${quote(p.costliest)})`,
  ENUM_VALUE_UNKNOWN: (p) =>
    p.isDefault
      ? `Giá trị mặc định ${quote(p.value)} không thuộc các giá trị của trường ${quote(p.name)} (các giá trị: ${list(p.values)})${mean(p.suggestion)}`
      : `${quote(p.value)} không phải là giá trị của ${p.builtIn ? 'biến có sẵn' : 'trường'} ${quote(p.name)} (các giá trị: ${list(p.values)})${mean(p.suggestion)}`,
  DATE_LITERAL_INVALID: (p) =>
    `${quote(p.value)} không phải là ngày có thật dạng YYYY-MM-DD; ngày ${quote(p.field)} được so sánh như chuỗi ký tự nên phép so sánh này sai`,
  FEE_AMOUNT_NEGATIVE: (p) =>
    `Số tiền ${quote(p.source)} luôn bằng ${p.amount} ${p.currency === 'VND' ? 'đồng' : p.currency}; phí, lệ phí không thể âm`,
  IMPLEMENTER_NOT_DECLARED: (p) =>
    `Biểu thức ${quote(p.source)} dùng biến "implementer" nhưng thủ tục không khai cơ quan thực hiện nào ("implementers")`,
  CLOCK_START_EVENT_UNRECORDED: (p) =>
    `Bắt đầu tính thời hạn sau sự kiện ${quote(p.event)}: ${clockFaults[p.reason](quote(p.step ?? ''))}${mean(p.suggestion)}`,
  LEGAL_BASIS_MISSING: (p) =>
    `${subjects[p.subject]}${p.step === null ? '' : ` (bước ${quote(p.step)})`} khác quy định chung; hãy ghi căn cứ pháp lý tại "basis"`,
  RESULT_NOT_DECIDED: (p) =>
    `Không có thao tác nào ra kết quả ${quote(p.result)} (thao tác "issue-result" hoặc "reply" ghi mã kết quả này tại "result")`,
  RESULT_UNKNOWN: (p) =>
    p.declared
      ? `Không có kết quả nào có mã ${quote(p.id)}${mean(p.suggestion)}`
      : `Thao tác này ghi kết quả ${quote(p.id)} nhưng thủ tục không khai kết quả nào ("results")`,
  RESULT_AMBIGUOUS: (p) =>
    `Bước ${quote(p.step)} ra kết quả mà không ghi là kết quả nào, trong khi thủ tục có nhiều kết quả (${list(p.results)}); hãy ghi mã kết quả tại "result"`,
  STEP_LIMIT_EXCEEDS_TOTAL: (p) =>
    `Thời hạn của bước ${quote(p.step)} là ${span(p.amount, p.unit)}, dài hơn ${p.variant === null ? 'tổng thời hạn giải quyết' : `tổng thời hạn của trường hợp thứ ${p.variant + 1}`} (${span(p.total, p.totalUnit)}), trong khi luật buộc thời hạn của bước nằm trong tổng thời hạn ("withinTotal")`,
  FEE_EFFECTIVE_OVERLAP: (p) =>
    `Khoản phí ${quote(p.id)} còn được khai tại mục thứ ${p.other + 1} của "fees" cho ${p.from === null ? 'cùng những ngày đó' : `các ngày từ ${p.from}`}: các mục cùng mã phải có thời gian áp dụng không trùng nhau (mục áp dụng theo điều kiện khác nhau thì đặt mã khác nhau)`,
  RESULT_AGENCY_DIFFERS: (p) =>
    `Kết quả ${quote(p.result)} do cơ quan ${quote(p.agency)} quyết định, nhưng bước ${quote(p.step)} ra kết quả này lại do cơ quan ${quote(p.stepAgency)} thực hiện`,
  RESULT_LIMIT_EXCEEDS_TOTAL: (p) =>
    `Thời hạn của kết quả ${quote(p.result)} là ${span(p.amount, p.unit)}, dài hơn tổng thời hạn giải quyết của thủ tục (${span(p.total, p.totalUnit)})`,
  EXTENSION_EXCEEDS_LIMIT: (p) =>
    `Thời gian gia hạn ${span(p.amount, p.unit)} dài hơn thời hạn giải quyết của chính thủ tục (${span(p.total, p.totalUnit)})`,
  LIMIT_UNITS_INCOMPARABLE: (p) =>
    `${p.subject === 'extension' ? 'Thời gian gia hạn' : `Thời hạn của ${p.subject === 'result' ? 'kết quả' : 'bước'} ${quote(p.id ?? '')}`} tính theo ${unit(p.unit)}, còn tổng thời hạn tính theo ${unit(p.totalUnit)}: không so sánh được (08 giờ làm việc là một ngày làm việc; ngày theo lịch và tháng chỉ so sánh được với chính đơn vị đó)`,
  FEE_CURRENCY_UNKNOWN: (p) =>
    `${quote(p.currency)} không phải là mã tiền tệ theo ISO 4217 đang được sử dụng${mean(p.suggestion)}`,
  DELIVERY_ONLINE_NOT_OFFERED: () =>
    'Có trả kết quả trực tuyến nhưng thủ tục không tiếp nhận trực tuyến ("channels.online" là "none")',
  LIMIT_ZERO_USE_IMMEDIATE: () =>
    'Không dùng thời hạn 0: giải quyết trong ngày ghi là { "type": "immediate" } (Nghị định 118/2025 Điều 17 khoản 4), cho thủ tục, từng trường hợp, từng kết quả hay từng bước đều vậy',
  FIELD_NAME_RESERVED: (p) => `${quote(p.id)} là tên dành riêng trong biểu thức; hãy đặt mã trường khác`,
  FIELD_RANGE_INVERTED: (p) => `Trường ${quote(p.field)}: giới hạn dưới lớn hơn giới hạn trên`,
  FIELD_DEFAULT_OUT_OF_RANGE: (p) =>
    `Trường ${quote(p.field)}: giá trị mặc định nằm ngoài giới hạn của trường`,
  EFFECTIVE_RANGE_INVERTED: (p) => `Thời gian hiệu lực kết thúc (${p.to}) trước khi bắt đầu (${p.from})`,
  DISTRICT_LEVEL_ABOLISHED: () =>
    'Cấp huyện đã bị bãi bỏ từ 01/07/2025; định nghĩa còn hiệu lực sau 30/06/2025 không được dùng cấp huyện',
  SUPPLEMENT_CLOCK_PAUSED: () =>
    'Nghị định 118/2025 Điều 19 khoản 5 (và Nghị định 61/2018 Điều 19 khoản 4) quy định thời hạn được tính lại từ đầu khi nhận đủ hồ sơ bổ sung; tạm dừng ("pause") cần có luật chuyên ngành',
  FINANCIAL_OBLIGATION_CLOCK_RUNS: () =>
    'Có bước yêu cầu thực hiện nghĩa vụ tài chính nhưng thời gian đó vẫn được tính; thủ tục đất đai không tính thời gian này',
  RESULT_NOT_RETURNED_BY_DESK: (p) =>
    `Bước ${quote(p.step)} trả kết quả nhưng không do Bộ phận Một cửa thực hiện (Nghị định 118 Điều 20 khoản 1, Điều 22)`,
  RECEIPT_NOT_AT_DESK: () =>
    'Bước đầu tiên không do Bộ phận Một cửa thực hiện, trong khi Bộ phận Một cửa tiếp nhận hồ sơ (Nghị định 118 Điều 17)',
  AGENCY_UNUSED: (p) => `Cơ quan ${quote(p.agency)} không có vai trò và không thực hiện bước nào`,
  CONSULTED_AGENCY_NOT_COORDINATING: (p) =>
    `Cơ quan ${quote(p.agency)} được lấy ý kiến (bước ${quote(p.step)}) nhưng không có trong danh sách cơ quan phối hợp ("roles.coordinating")`,
  REUSE_BASIS_WITHOUT_ARTICLE: (p) =>
    `Thành phần hồ sơ ${quote(p.document)} được thay bằng dữ liệu điện tử đã có nhưng căn cứ pháp lý không nêu điều, khoản nào`,
  ONLINE_WITHOUT_ELECTRONIC_DOCUMENTS: (p) =>
    `Thủ tục có nộp trực tuyến nhưng thành phần hồ sơ ${quote(p.document)} không nhận định dạng điện tử nào`,
  VARIANT_UNIT_DIFFERS: (p) =>
    `Trường hợp này tính theo ${unit(p.variantUnit)} nhưng thời hạn chung và thời gian của các bước tính theo ${unit(p.unit)}; khi áp dụng trường hợp này, thời gian các bước được hiểu theo ${unit(p.variantUnit)} và không kiểm tra được`,
  NO_DECISION_RECORDED: () =>
    'Không có bước nào ghi nhận việc ban hành kết quả (thao tác "issue-result", hoặc "approve" chuyển kết quả sang bước trả kết quả): người nộp khi đó có thể rút hồ sơ đến lúc trả kết quả (Nghị định 118/2025 Điều 21 chỉ cho phép đến khi ban hành quyết định) và thống kê chỉ tính là đã xử lý khi trả kết quả',

  CHANNEL_NOT_OFFERED: (p) => `Thủ tục này không tiếp nhận hồ sơ ${channels[p.channel] ?? quote(p.channel)}`,
  IMPLEMENTER_MISSING: (p) =>
    `Cần biết cơ quan thực hiện để ${purpose(p.purpose, p.subjectVi)} (một trong: ${list(p.values)})`,
  IMPLEMENTER_UNKNOWN: (p) =>
    p.values.length === 0
      ? `${quote(p.id)}: thủ tục này không khai cơ quan thực hiện nào`
      : `${quote(p.id)} không phải là cơ quan thực hiện thủ tục này (các cơ quan: ${list(p.values)})${mean(p.suggestion)}`,
  FIELD_UNKNOWN: (p) =>
    `${quote(p.key)} không phải là trường của tờ khai thủ tục này; bị bỏ qua${mean(p.suggestion)}`,
  FIELD_MISSING: (p) =>
    p.purpose === 'required' && p.subject === p.label
      ? `Chưa khai ${quote(p.labelVi)} (bắt buộc)`
      : `Cần khai ${quote(p.labelVi)} để ${purpose(p.purpose, p.subjectVi)}`,
  FIELD_TYPE: (p) => `${quote(p.labelVi)} phải là ${type(p.expected)}`,
  FIELD_OUT_OF_RANGE: (p) =>
    `${quote(p.labelVi)} phải trong khoảng ${p.min ?? '-∞'} đến ${p.max ?? '∞'}${p.length ? ' ký tự' : ''}`,
  FIELD_NOT_ALLOWED_VALUE: (p) => `${quote(p.labelVi)} phải là một trong: ${p.valuesVi.join(', ')}`,
  CHECK_FAILED: (p) => p.textVi,
  CONDITION_ERROR: (p) =>
    p.reason === 'not-an-amount'
      ? `Khoản ${quote(p.subjectVi)} tính ra ${p.detail}, không phải số tiền hợp lệ`
      : `Không thể ${purpose(p.purpose, p.subjectVi)}: biểu thức ${quote(p.source)} lỗi (${reason(p.reason)})`,
  DOCUMENT_MISSING: (p) => `Thiếu: ${p.nameVi} (${p.forms.map(form).join(' hoặc ')}, ${p.copies} bản)`,
  DOCUMENT_WRONG_FORM: (p) =>
    `${p.nameVi}: cần ${p.accepted.map(form).join(' hoặc ')}, đã nộp ${form(p.given)}`,
  DOCUMENT_TOO_FEW_COPIES: (p) => `${p.nameVi}: cần ${p.required} bản, mới nộp ${p.given} bản`,
  DOCUMENT_NOT_ACCEPTED_ELECTRONICALLY: (p) =>
    `${p.nameVi} không được nộp dưới dạng điện tử; cần nộp ${p.accepted.map(form).join(' hoặc ')}`,
  DOCUMENT_FORMAT_NOT_ACCEPTED: (p) =>
    `${p.nameVi}: định dạng tệp ${p.format === null ? '(không rõ)' : quote(p.format)} không được chấp nhận (chấp nhận: ${list(p.accepted)})`,
  DOCUMENT_UNKNOWN: (p) =>
    `${quote(p.id)} không phải là thành phần hồ sơ của thủ tục này${mean(p.suggestion)}`,
  DOCUMENT_NOT_REUSABLE: (p) =>
    `${p.nameVi} không được thay bằng dữ liệu điện tử đã có đối với thủ tục này; cần nộp ${p.accepted.map(form).join(' hoặc ')}`,
  DOCUMENT_REUSE_REPOSITORY: (p) =>
    `${p.nameVi}: không nhận dữ liệu từ ${quote(p.repository)} (chỉ nhận từ: ${list(p.allowed)})`,
  EXPRESSION_BUDGET_EXCEEDED: (p) =>
    p.reason === 'too-long'
      ? `Không tính biểu thức ${quote(p.source)}: ${quote(p.variable)} dài ${p.length} ký tự, vượt mức ${p.max} mà giới hạn chi phí được tính theo`
      : `Không tính biểu thức ${quote(p.source)}: ${quote(p.variable)} không đúng kiểu đã khai báo`,

  AND_MORE: (p) => ` (và ${p.count} lỗi khác)`,
};
