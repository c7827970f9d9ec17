/**
 * The online-service and digitisation figures of a group (issue 15), and the two Decision 766/QĐ-TTg groups they
 * feed — read from the counters (statistics/digitisation.ts defines each). Decision 766 gives digitisation 22 of
 * its 100 points and online services 22 [N]; the domain notes (§7, formulas from a provincial spec [S]) state only
 * these of their indicators and thresholds: the share of dossiers filed online, full points from 50 %; online
 * payment (no threshold stated); digitised dossiers, full points from 80 %. So each indicator reports its value,
 * its threshold where one is stated, and whether it earns full points — never a number of points: how the 22
 * points of a group are split among its indicators is **UNVERIFIED**, and is not guessed.
 */
import { round } from '../../shared/values.js';

const rate = (part: number, whole: number): number | null => (whole > 0 ? round(part / whole, 4) : null);

/** The counters the figures are read from. */
export interface DigitisationCounters {
  readonly received: number;
  readonly receivedOnline: number;
  readonly receivedFullyOnline: number;
  readonly feesPaid: number;
  readonly feesPaidOnline: number;
  readonly inputsRecorded: number;
  readonly inputsDigitised: number;
  readonly documentsRecorded: number;
  readonly documentsDigitised: number;
  readonly documentsReused: number;
  readonly resultsIssued: number;
  readonly resultsDigitised: number;
}

/** One indicator of a Decision 766 group: its value, the threshold of full points (if stated), whether met. */
export interface Indicator766 {
  readonly value: number | null;
  /** The share that earns full points, where the domain notes state one (0.5, 0.8); else `null`. */
  readonly threshold: number | null;
  /** `value >= threshold`; `null` with no value or no threshold. */
  readonly fullPoints: boolean | null;
}

/** The online-service and digitisation figures of a group. */
export interface DigitisationFigures {
  /** Received online in the period: fully online (toàn trình) or partly (một phần), as statistics/digitisation.ts reads them. */
  readonly online: {
    readonly received: number;
    readonly fully: number;
    readonly partly: number;
    /** `fully / received online`. */
    readonly fullyShare: number | null;
  };
  /** Of the dossiers received whose fees were paid by the period's end: paid online (thanh toán trực tuyến). */
  readonly payment: { readonly paid: number; readonly online: number; readonly onlineShare: number | null };
  readonly digitisation: {
    /** Dossiers received with every input document digitised or reused, ÷ dossiers received. */
    readonly dossiers: {
      readonly received: number;
      readonly recorded: number;
      readonly digitised: number;
      readonly share: number | null;
    };
    /** The documents recorded at receipt: digitised, reused, on paper; `reusedShare = reused / recorded`. */
    readonly documents: {
      readonly recorded: number;
      readonly digitised: number;
      readonly reused: number;
      readonly paper: number;
      readonly reusedShare: number | null;
    };
    /** Results issued in the period, digitised and stored. */
    readonly results: { readonly issued: number; readonly digitised: number; readonly share: number | null };
  };
  /**
   * The Decision 766 groups as the domain notes state them (§7): online services (22 points) — the online share
   * (received online ÷ received, full points from 50 %) and online payment; digitisation (22 points) — digitised
   * dossiers (full points from 80 %). No points are computed (their split is UNVERIFIED).
   */
  readonly decision766Groups: {
    readonly onlineServices: {
      readonly maxPoints: 22;
      readonly onlineShare: Indicator766;
      readonly onlinePayment: Indicator766;
    };
    readonly digitisation: { readonly maxPoints: 22; readonly digitisedDossiers: Indicator766 };
  };
}

const indicator = (value: number | null, threshold: number | null): Indicator766 => ({
  value,
  threshold,
  fullPoints: value === null || threshold === null ? null : value >= threshold,
});

/**
 * The figures of a group's counters.
 *
 * @example
 * digitisationFigures({ received: 4, receivedOnline: 3, receivedFullyOnline: 2, inputsDigitised: 4, … })
 * //=> { online: { received: 3, fully: 2, partly: 1, fullyShare: 0.6667 }, …,
 * //     decision766Groups: { onlineServices: { onlineShare: { value: 0.75, threshold: 0.5, fullPoints: true }, … } } }
 */
export function digitisationFigures(c: DigitisationCounters): DigitisationFigures {
  const paymentShare = rate(c.feesPaidOnline, c.feesPaid);
  const digitisedShare = rate(c.inputsDigitised, c.received);
  return {
    online: {
      received: c.receivedOnline,
      fully: c.receivedFullyOnline,
      partly: c.receivedOnline - c.receivedFullyOnline,
      fullyShare: rate(c.receivedFullyOnline, c.receivedOnline),
    },
    payment: { paid: c.feesPaid, online: c.feesPaidOnline, onlineShare: paymentShare },
    digitisation: {
      dossiers: {
        received: c.received,
        recorded: c.inputsRecorded,
        digitised: c.inputsDigitised,
        share: digitisedShare,
      },
      documents: {
        recorded: c.documentsRecorded,
        digitised: c.documentsDigitised,
        reused: c.documentsReused,
        paper: c.documentsRecorded - c.documentsDigitised - c.documentsReused,
        reusedShare: rate(c.documentsReused, c.documentsRecorded),
      },
      results: {
        issued: c.resultsIssued,
        digitised: c.resultsDigitised,
        share: rate(c.resultsDigitised, c.resultsIssued),
      },
    },
    decision766Groups: {
      onlineServices: {
        maxPoints: 22,
        onlineShare: indicator(rate(c.receivedOnline, c.received), 0.5),
        onlinePayment: indicator(paymentShare, null),
      },
      digitisation: { maxPoints: 22, digitisedDossiers: indicator(digitisedShare, 0.8) },
    },
  };
}
