/** Titles and descriptions of the steps and their actions (Vietnamese, English). */
import { condition, type Doc, target } from './doc.js';

export const stepDocs: Readonly<Record<string, Doc>> = {
  steps: ['Quy trình', 'Steps', 'Các bước xử lý (ít nhất một).', 'The processing steps (at least one).'],
  'steps[].agency': [
    'Cơ quan thực hiện',
    'Agency',
    'Mã cơ quan thực hiện bước.',
    'Id of the agency doing the step.',
  ],
  'steps[].role': [
    'Vai trò',
    'Role',
    '"receive" (tiếp nhận), "review" (thẩm định), "verify" (xác minh), "consult" (lấy ý kiến), "decide" (quyết định), "issue" (ban hành), "collect" (thu nghĩa vụ tài chính), "return" (trả kết quả).',
    'receive, review, verify, consult, decide, issue, collect (financial obligations), return.',
  ],
  'steps[].time': [
    'Thời gian',
    'Time share',
    'Phần thời hạn của bước, theo đơn vị của thời hạn (0,5 = nửa ngày làm việc).',
    "Share of the total time limit, in the limit's unit (0.5 = half a working day).",
  ],
  'steps[].actions': [
    'Thao tác',
    'Actions',
    'Các thao tác được phép từ bước này.',
    'The actions allowed from the step.',
  ],
  'steps[].actions[].type': ['Loại thao tác', 'Action', 'Tên thao tác.', 'The action.'],
  'steps[].actions[].to': target,
  'steps[].actions[].when': condition(
    'Chỉ chuyển theo hướng này khi điều kiện đúng.',
    'Take this transition only when the condition holds.',
  ),
  'steps[].actions[].branches': [
    'Các nhánh',
    'Branches',
    'Bước đầu tiên của mỗi nhánh lấy ý kiến song song.',
    'First step of each parallel branch.',
  ],
  'steps[].actions[].join': [
    'Bước hợp',
    'Join',
    'Bước tiếp tục khi mọi nhánh đã trả lời.',
    'Step that continues once every branch has replied.',
  ],
  'steps[].limit': [
    'Thời hạn riêng của bước',
    'Step limit',
    'Thời hạn luật giao riêng cho cơ quan của bước, tính từ ngày cơ quan đó nhận được hồ sơ (ví dụ công an 15 ngày làm việc), ngoài phần thời gian dự kiến "time"; phải ghi căn cứ.',
    'The limit the law gives this step agency, counted from the day it receives the dossier (police 15 working days), besides its planned share `time`; its basis is required.',
  ],
  'steps[].limit.type': [
    'Loại',
    'Kind',
    '"immediate" (ngay trong ngày cơ quan nhận được hồ sơ) hoặc "duration".',
    '"immediate" (the same day the agency receives the dossier) or "duration".',
  ],
  'steps[].limit.completion': [
    'Thời gian hoàn thiện hồ sơ',
    'Completion time',
    'Thời gian thêm khi cơ quan của bước phải yêu cầu hoàn thiện hồ sơ trong bước này.',
    'More time when the step agency must have the dossier completed during the step.',
  ],
  'steps[].limit.withinTotal': [
    'Nằm trong tổng thời hạn',
    'Within the total',
    'Luật buộc thời hạn của bước nằm trong tổng thời hạn giải quyết (lint STEP_LIMIT_EXCEEDS_TOTAL).',
    'The law keeps the step limit within the procedure total (lint STEP_LIMIT_EXCEEDS_TOTAL).',
  ],
  'steps[].actions[].result': [
    'Kết quả',
    'Result',
    'Mã kết quả (trong "results") mà thao tác này ra quyết định.',
    'Id of the result (in `results`) this action decides.',
  ],
  'steps[].actions[]#forward': [
    'Chuyển xử lý',
    'Forward',
    'Chuyển hồ sơ sang bước tiếp theo.',
    'Forward the dossier to the next step.',
  ],
  'steps[].actions[]#consult': [
    'Lấy ý kiến',
    'Consult',
    'Lấy ý kiến song song nhiều cơ quan (Nghị định 118 Điều 19 khoản 4, Điều 20 khoản 2); mỗi nhánh kết thúc bằng "reply".',
    'Consult several agencies in parallel (Decree 118 Art. 19(4), 20(2)); each branch ends with reply.',
  ],
  'steps[].actions[]#reply': [
    'Trả lời ý kiến',
    'Reply',
    'Kết thúc một nhánh lấy ý kiến.',
    'Finish a consultation branch.',
  ],
  'steps[].actions[]#return': [
    'Trả lại',
    'Return',
    'Trả hồ sơ về bước trước để xử lý lại.',
    'Send the dossier back to an earlier step.',
  ],
  'steps[].actions[]#request-supplement': [
    'Yêu cầu bổ sung',
    'Request supplement',
    'Yêu cầu người nộp bổ sung hồ sơ (Nghị định 118 Điều 19 khoản 5); tiếp tục tại bước này.',
    'Ask the applicant to supplement the dossier (Decree 118 Art. 19(5)); resumes at this step.',
  ],
  'steps[].actions[]#request-financial-obligation': [
    'Yêu cầu nghĩa vụ tài chính',
    'Request financial obligation',
    'Yêu cầu người nộp thực hiện nghĩa vụ tài chính; tiếp tục tại bước "to" khi đã nộp.',
    'Ask the applicant to meet financial obligations; continues at `to` once paid.',
  ],
  'steps[].actions[]#refuse': [
    'Từ chối',
    'Refuse',
    'Từ chối giải quyết, có nêu lý do (kết thúc).',
    'Refuse, with reasons (terminal).',
  ],
  'steps[].actions[]#approve': [
    'Phê duyệt',
    'Approve',
    'Phê duyệt và chuyển sang bước "to".',
    'Approve and continue at `to`.',
  ],
  'steps[].actions[]#issue-result': [
    'Ban hành kết quả',
    'Issue result',
    'Ban hành văn bản kết quả và chuyển đi, thường về Bộ phận Một cửa.',
    'Issue the result document and send it on, usually to the desk.',
  ],
  'steps[].actions[]#return-result': [
    'Trả kết quả',
    'Return result',
    'Trả kết quả cho người nộp (kết thúc, Nghị định 118 Điều 22).',
    'Return the result to the applicant (terminal, Decree 118 Art. 22).',
  ],
  initialStep: [
    'Bước đầu tiên',
    'First step',
    'Mã bước đầu tiên (mặc định: bước đầu trong danh sách).',
    'First step id (default: the first of `steps`).',
  ],
};
