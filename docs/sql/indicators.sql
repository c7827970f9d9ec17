-- The figures of domain notes §7 over the fact table (fact-table.sql), for the period [period_start, period_end),
-- the table exported as the dossiers stood at period_end — the same answers as motcua's summarize()
-- (docs/engine.md §12), for every combination of agency, procedure, field, level and channel (CUBE):
--
-- * the resolved on-time rate (tỷ lệ giải quyết đúng hạn) = resolved early or on time ÷ resolved in the period;
--   late: finished after the appointment (before any apology), or apologised, or more than one supplement request;
-- * open and already overdue at the period's end: received, not finished, the appointment in force passed;
-- * the Decision 766/QĐ-TTg progress indicator = dossiers finished or in progress on time ÷ dossiers handled
--   (received before the end, not finished before the start). Finish: the terminal instant; else the request of a
--   supplement still awaited; else the period's end. Late as above; with no due instant, when the time used (less
--   the supplement wait) exceeds the time limit.
-- * online services and digitisation (src/engine/statistics/digitisation.ts; docs/engine.md §12): of the dossiers
--   received in the period, online, fully online (toàn trình), fees paid and paid online, with a receipt record
--   and with every document recorded digitised or reused; the documents recorded, digitised, reused; the results
--   of the dossiers resolved in the period, and those digitised. The Decision 766 groups read these shares:
--   online share (full points from 50 %), online payment, digitised dossiers (full points from 80 %).
--
-- Replace the two instants below with the period's.
WITH params AS (
  SELECT TIMESTAMPTZ '2026-01-01 00:00:00+07:00' AS period_start,
         TIMESTAMPTZ '2027-01-01 00:00:00+07:00' AS period_end
),
handled AS (
  SELECT d.*,
         p.period_start, p.period_end,
         COALESCE(d.finished, d.waiting_since, p.period_end) AS end_766
  FROM dossiers d CROSS JOIN params p
  WHERE d.received IS NOT NULL
    AND d.received < p.period_end
    AND (d.finished IS NULL OR d.finished >= p.period_start)
),
judged AS (
  SELECT *,
         -- No due instant: late only when the time used exceeds a time limit; with neither, on time (as the engine).
         CASE WHEN due_766 IS NULL THEN COALESCE(used_hours > limit_hours, FALSE)
              ELSE supplements > 1 OR apology OR end_766 > due_766 END AS late_766,
         resolution = 'resolved' AND finished IS NOT NULL AS resolved,
         -- Open with no appointment (no time limit): within time, never overdue.
         finished IS NULL AND due IS NOT NULL AND period_end > due AS open_overdue,
         finished IS NULL AND (due IS NULL OR period_end <= due) AS open_within,
         received >= period_start AS fresh
  FROM handled
)
SELECT GROUPING(agency, procedure, field, level, channel) AS grouping_id,
       agency, procedure, field, level, channel,
       COUNT(*) FILTER (WHERE received >= period_start)                          AS received,
       COUNT(*) FILTER (WHERE received < period_start)                           AS carried_over,
       COUNT(*) FILTER (WHERE resolved)                                          AS resolved,
       COUNT(*) FILTER (WHERE resolved AND NOT late_766)                         AS resolved_on_time,
       ROUND(COUNT(*) FILTER (WHERE resolved AND NOT late_766)
             / NULLIF(COUNT(*) FILTER (WHERE resolved), 0), 4)                   AS resolved_on_time_rate,
       COUNT(*) FILTER (WHERE open_overdue)                                      AS open_overdue,
       COUNT(*) FILTER (WHERE open_within)                                       AS open_within,
       COUNT(*)                                                                  AS counted_766,
       COUNT(*) FILTER (WHERE NOT late_766)                                      AS on_time_766,
       ROUND(COUNT(*) FILTER (WHERE NOT late_766) / NULLIF(COUNT(*), 0), 4)      AS indicator_766,
       COUNT(*) FILTER (WHERE fresh AND channel = 'online')                      AS received_online,
       COUNT(*) FILTER (WHERE fresh AND fully_online)                            AS received_fully_online,
       COUNT(*) FILTER (WHERE fresh AND fee_paid)                                AS fees_paid,
       COUNT(*) FILTER (WHERE fresh AND fee_paid AND paid_online)                AS fees_paid_online,
       COUNT(*) FILTER (WHERE fresh AND documents_recorded > 0)                  AS inputs_recorded,
       COUNT(*) FILTER (WHERE fresh AND documents_recorded > 0
                        AND documents_digitised + documents_reused = documents_recorded) AS inputs_digitised,
       COALESCE(SUM(documents_recorded) FILTER (WHERE fresh), 0)                 AS documents_recorded,
       COALESCE(SUM(documents_digitised) FILTER (WHERE fresh), 0)                AS documents_digitised,
       COALESCE(SUM(documents_reused) FILTER (WHERE fresh), 0)                   AS documents_reused,
       COALESCE(SUM(results) FILTER (WHERE resolved), 0)                         AS results_issued,
       COALESCE(SUM(results_digitised) FILTER (WHERE resolved), 0)               AS results_digitised,
       ROUND(COUNT(*) FILTER (WHERE fresh AND channel = 'online')
             / NULLIF(COUNT(*) FILTER (WHERE fresh), 0), 4)                      AS online_share,
       ROUND(COUNT(*) FILTER (WHERE fresh AND fee_paid AND paid_online)
             / NULLIF(COUNT(*) FILTER (WHERE fresh AND fee_paid), 0), 4)         AS online_payment_share,
       ROUND(COUNT(*) FILTER (WHERE fresh AND documents_recorded > 0
                              AND documents_digitised + documents_reused = documents_recorded)
             / NULLIF(COUNT(*) FILTER (WHERE fresh), 0), 4)                      AS digitised_dossiers_share,
       ROUND(SUM(results_digitised) FILTER (WHERE resolved)
             / NULLIF(SUM(results) FILTER (WHERE resolved), 0), 4)               AS digitised_results_share,
       ROUND(SUM(documents_reused) FILTER (WHERE fresh)
             / NULLIF(SUM(documents_recorded) FILTER (WHERE fresh), 0), 4)       AS reused_documents_share
FROM judged
GROUP BY CUBE (agency, procedure, field, level, channel)
ORDER BY grouping_id, agency, procedure, field, level, channel;
