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
         CASE WHEN due_766 IS NULL THEN used_hours > limit_hours
              ELSE supplements > 1 OR apology OR end_766 > due_766 END AS late_766,
         resolution = 'resolved' AND finished IS NOT NULL AS resolved,
         finished IS NULL AND period_end > due AS open_overdue,
         finished IS NULL AND NOT (period_end > due) AS open_within
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
       ROUND(COUNT(*) FILTER (WHERE NOT late_766) / NULLIF(COUNT(*), 0), 4)      AS indicator_766
FROM judged
GROUP BY CUBE (agency, procedure, field, level, channel)
ORDER BY grouping_id, agency, procedure, field, level, channel;
