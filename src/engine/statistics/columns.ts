/**
 * The column headers of the exports, in Vietnamese and English (a spreadsheet shows the Vietnamese by default): the
 * fact table's and the summary's. Ids are the JSON keys and the SQL column names (docs/sql/indicators.sql).
 */

/** A column: its id, and its header in both languages. */
export interface Column {
  readonly id: string;
  readonly vi: string;
  readonly en: string;
}

const col = (id: string, vi: string, en: string): Column => ({ id, vi, en });

/** The fact table: one row per dossier. */
export const factColumns: readonly Column[] = [
  col('dossier_code', 'Mã hồ sơ', 'Dossier code'),
  col('procedure', 'Mã thủ tục', 'Procedure code'),
  col('version', 'Phiên bản', 'Version'),
  col('agency', 'Cơ quan tiếp nhận', 'Receiving agency'),
  col('field', 'Lĩnh vực', 'Field'),
  col('level', 'Cấp', 'Level'),
  col('channel', 'Kênh nộp', 'Channel'),
  col('submitted', 'Thời điểm nộp', 'Submitted'),
  col('received', 'Thời điểm tiếp nhận', 'Received'),
  col('due', 'Hạn trả kết quả', 'Due'),
  col('due_766', 'Hạn theo Quyết định 766', 'Due (Decision 766)'),
  col('finished', 'Thời điểm kết thúc', 'Finished'),
  col('resolution', 'Kết thúc bằng', 'Ended by'),
  col('outcome', 'Kết quả', 'Outcome'),
  col('waiting_since', 'Chờ bổ sung từ', 'Awaiting a supplement since'),
  col('pauses', 'Số lần tạm dừng', 'Pauses'),
  col('paused_hours', 'Giờ tạm dừng', 'Paused hours'),
  col('supplements', 'Số lần yêu cầu bổ sung', 'Supplement requests'),
  col('apology', 'Có văn bản xin lỗi', 'Apology'),
  col('limit_hours', 'Thời hạn (giờ)', 'Time limit (hours)'),
  col('used_hours', 'Thời gian sử dụng (giờ)', 'Time used (hours)'),
  col('processing_hours', 'Thời gian giải quyết (giờ làm việc)', 'Processing time (working hours)'),
  col('fully_online', 'Trực tuyến toàn trình', 'Fully online'),
  col('fee_paid', 'Đã nộp phí, lệ phí', 'Fees paid'),
  col('paid_online', 'Thanh toán trực tuyến', 'Paid online'),
  col('documents_recorded', 'Số thành phần hồ sơ ghi nhận', 'Documents recorded'),
  col('documents_digitised', 'Số thành phần hồ sơ đã số hóa', 'Documents digitised'),
  col('documents_reused', 'Số thành phần hồ sơ tái sử dụng dữ liệu', 'Documents reused'),
  col('results', 'Số kết quả', 'Results'),
  col('results_digitised', 'Số kết quả đã số hóa', 'Results digitised'),
];

/** The summary: one row per group (and the total). */
export const summaryColumns: readonly Column[] = [
  col('agency', 'Cơ quan tiếp nhận', 'Receiving agency'),
  col('procedure', 'Mã thủ tục', 'Procedure code'),
  col('field', 'Lĩnh vực', 'Field'),
  col('level', 'Cấp', 'Level'),
  col('month', 'Tháng', 'Month'),
  col('channel', 'Kênh nộp', 'Channel'),
  col('received', 'Tiếp nhận trong kỳ', 'Received'),
  col('carried_over', 'Kỳ trước chuyển sang', 'Carried over'),
  col('handled', 'Hồ sơ xử lý trong kỳ', 'Handled'),
  col('resolved', 'Đã giải quyết', 'Resolved'),
  col('resolved_early', 'Giải quyết trước hạn', 'Resolved early'),
  col('resolved_on_time', 'Giải quyết đúng hạn', 'Resolved on time'),
  col('resolved_late', 'Giải quyết quá hạn', 'Resolved late'),
  col('resolved_on_time_rate', 'Tỷ lệ giải quyết đúng hạn', 'Resolved on-time rate'),
  col('in_progress_within_time', 'Đang giải quyết trong hạn', 'In progress, within time'),
  col('in_progress_overdue', 'Đang giải quyết quá hạn', 'In progress, overdue'),
  col('withdrawn', 'Rút hồ sơ', 'Withdrawn'),
  col('refused', 'Từ chối giải quyết', 'Refused'),
  col('stopped', 'Dừng xử lý', 'Stopped'),
  col('refused_at_desk', 'Không được tiếp nhận', 'Refused at the desk'),
  col('supplement_requests', 'Yêu cầu bổ sung', 'Supplement requests'),
  // An apology comes with its new appointment (Decree 118/2025 Art. 19(6): late); an extension is the one the
  // procedure's own text allows (not late) — two figures, two columns.
  col('apologies', 'Xin lỗi, hẹn lại ngày trả', 'Apologies (new appointment)'),
  col('extensions', 'Gia hạn theo quy định của thủ tục', "Extensions (the procedure's own)"),
  col('on_time_766', 'Đúng hạn theo Quyết định 766', 'On time (Decision 766)'),
  col('indicator_766', 'Chỉ số tiến độ (Quyết định 766)', 'Progress indicator (Decision 766)'),
  col('online_share', 'Tỷ lệ nộp trực tuyến', 'Online share'),
  col('online_fully_share', 'Tỷ lệ trực tuyến toàn trình', 'Fully online share'),
  col('online_payment_share', 'Tỷ lệ thanh toán trực tuyến', 'Online payment share'),
  col('digitised_dossiers_share', 'Tỷ lệ hồ sơ số hóa đầy đủ', 'Dossiers fully digitised'),
  col('digitised_results_share', 'Tỷ lệ kết quả được số hóa', 'Results digitised'),
  col('reused_documents_share', 'Tỷ lệ thành phần hồ sơ tái sử dụng dữ liệu', 'Documents reused'),
  col(
    'average_hours',
    'Thời gian giải quyết trung bình (giờ làm việc)',
    'Average processing time (working hours)',
  ),
  col(
    'median_hours',
    'Thời gian giải quyết trung vị (giờ làm việc)',
    'Median processing time (working hours)',
  ),
];
