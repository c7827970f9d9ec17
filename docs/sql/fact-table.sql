-- The fact table of motcua's statistics: one row per dossier, as it stood at the instant it was exported
-- (engine.factRows(source, { asOf }), src/engine/statistics/facttable.ts). Standard SQL; instants are
-- TIMESTAMP WITH TIME ZONE (the export writes ISO-8601 in +07:00). Tested on DuckDB (test/engine/statistics-sql.test.ts).
CREATE TABLE dossiers (
  dossier_code     VARCHAR,                  -- mã hồ sơ (NULL before receipt)
  procedure        VARCHAR NOT NULL,         -- mã thủ tục hành chính
  version          VARCHAR NOT NULL,
  agency           VARCHAR NOT NULL,         -- the receiving office (agency part of the dossier code)
  field            VARCHAR NOT NULL,         -- lĩnh vực
  level            VARCHAR NOT NULL,         -- cấp
  channel          VARCHAR,                  -- in-person | online | post
  submitted        TIMESTAMPTZ,
  received         TIMESTAMPTZ,              -- complete, valid receipt (Decree 118/2025 Art. 17(3)); NULL: never received
  due              TIMESTAMPTZ,              -- the appointment in force, read at the finish (or at the export instant)
  due_766          TIMESTAMPTZ,              -- the appointment before any apology, read at the Decision 766 end
  finished         TIMESTAMPTZ,              -- the terminal instant before the export instant (the decision wins)
  resolution       VARCHAR,                  -- resolved | refused | withdrawn | stopped | refused-at-desk | NULL (open)
  outcome          VARCHAR,                  -- early | on-time | late | open-within | open-overdue | NULL
  waiting_since    TIMESTAMPTZ,              -- the supplement request awaited at the export instant
  pauses           INTEGER NOT NULL,
  paused_hours     DOUBLE NOT NULL,
  supplements      INTEGER NOT NULL,         -- supplement requests during processing
  apology          BOOLEAN NOT NULL,         -- an apology moved the appointment (Decree 118/2025 Art. 19(6))
  limit_hours      DOUBLE,                   -- the time limit in hours of its unit (8 a working day)
  used_hours       DOUBLE,                   -- receipt to the 766 end, less the supplement wait (rows with no due)
  processing_hours DOUBLE,                   -- working hours, receipt to decision, less the pauses (resolved rows)
  -- Online services and digitisation (issue 15; src/engine/statistics/digitisation.ts defines each):
  fully_online     BOOLEAN NOT NULL,         -- received online, result handed back online, fees (if paid) paid online
  fee_paid         BOOLEAN NOT NULL,         -- the fees paid by the export instant (FEE_PAID)
  paid_online      BOOLEAN,                  -- paid online (thanh toán trực tuyến); NULL: not paid, or not said
  documents_recorded  INTEGER NOT NULL,      -- documents recorded at receipt (RECEIVE documents)
  documents_digitised INTEGER NOT NULL,      -- of them digitised (scanned and signed into the dossier)
  documents_reused    INTEGER NOT NULL,      -- of them taken from electronic data the applicant already has
  results          INTEGER NOT NULL,         -- the dossier's results: 1, or its several (a liên thông group)
  results_digitised INTEGER NOT NULL         -- of them recorded digitised and stored (ISSUE_RESULT / RETURN_RESULT)
);
