/**
 * Generates `src/calendar/lunarTable.ts`, the precomputed Vietnamese lunar calendar (âm lịch) used by
 * `src/calendar/lunar.ts`. Run with `npx tsx scripts/generate-lunar-table.ts`.
 *
 * The rules are those of Hồ Ngọc Đức's published method, which Vietnamese calendars follow:
 *
 * - a lunar month begins on the local day of its new moon (sóc);
 * - a month "holds" a major solar term (trung khí, a multiple of 30° of the sun's apparent longitude) when the
 *   sun's longitude at local midnight at its start and at the start of the next month lie in different 30° sectors;
 * - month 11 (tháng Một) is the month holding the winter solstice (đông chí, 270°);
 * - when 13 months run from one month 11 to the next (a leap sui), the first of them after month 11 that holds no
 *   major term is the leap month (tháng nhuận) and takes the number of the month before it;
 * - "local" is UTC+7 from 1968 (Vietnam's calendar has been computed for the 105° E meridian since then) and
 *   UTC+8 before, when Vietnamese almanacs followed the calendar computed for 120° E.
 *
 * The astronomy is Jean Meeus's, *Astronomical Algorithms* (2nd ed., 1998): the new moons of ch. 49 (the full
 * series with its 14 planetary terms, in dynamical time, turned into UT with the ΔT polynomials of Espenak & Meeus),
 * and the sun's apparent longitude of ch. 25 (low-precision theory, about 0.01°). Hồ Ngọc Đức's article gives an
 * abbreviated new-moon series (from Meeus's older *Astronomical Formulae for Calculators*) that errs by up to a few
 * minutes, so a new moon that close to midnight lands on the wrong day: with it, 8 months between 2054 and 2199
 * start a day late compared with Hồ Ngọc Đức's own published 1800–2199 tables. With the full series this table
 * agrees with those published tables on every month from 1929 to 2199 but one (month 4 of 2054, whose new moon
 * falls 2054-05-08 00:00:22 UTC+7 here — closer to midnight than ΔT can be predicted — and 2054-05-07 there).
 * Before 1929 they differ in 5 months: 4 whose new moon falls 2–7 minutes after midnight UTC+8 (1906-04-24,
 * 1914-11-18, 1916-02-04, 1920-11-11), which those tables date a day earlier, and Tết 1925, which they put on
 * 1925-01-25 although the new moon fell 1925-01-24 22:45 UTC+8. This table keeps the UTC+8 rule there, as
 * date-chinese's CalendarVietnamese does.
 *
 * The code below is written from that description; it does not reuse any published implementation.
 *
 * Output format — one 23-bit number per lunar year, for lunar years FIRST_YEAR … LAST_YEAR:
 *
 *   bits  0–12  lengths of the year's months in order (bit i set = the i-th month has 30 days, else 29);
 *               12 months, or 13 when the year has a leap month (which sits right after its namesake);
 *   bits 13–16  number of the leap month (1–12), 0 when the year has none;
 *   bits 17–22  day of the solar year (0 = 1 January) of Tết, mùng 1 tháng Giêng, in the solar year of the same number.
 *
 * The script checks the result before writing (month 11 holds the solstice, every year has one Tết, successive
 * Tết days agree with the month lengths) and fails loudly if anything is off.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { epochDayOf, formatDay } from '../src/calendar/date.js';

/** First and last lunar year in the table: every solar day of 1900-01-01 … 2199-12-31 falls inside. */
const FIRST_YEAR = 1899;
const LAST_YEAR = 2200;
/** Julian day number of 1970-01-01 (epoch day 0). */
const JD_UNIX_EPOCH = 2440588;
const RAD = Math.PI / 180;
/** First epoch day computed for UTC+7: 1968-01-01. */
const UTC7_FROM_DAY = epochDayOf(1968, 1, 1);
/** The instant 1968-01-01T00:00+08:00 (Julian date, UT): instants before it are dated in UTC+8. */
const UTC7_FROM_JD = UTC7_FROM_DAY + JD_UNIX_EPOCH - 0.5 - 8 / 24;

/** ΔT = TT − UT in seconds at decimal year `y` (Espenak & Meeus polynomials, NASA 2006). */
function deltaTSeconds(y: number): number {
  if (y < 1900) {
    const t = y - 1860;
    return (
      7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174
    );
  }
  if (y < 1920) {
    const t = y - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (y < 1941) {
    const t = y - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (y < 1961) {
    const t = y - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (y < 1986) {
    const t = y - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (y < 2005) {
    const t = y - 2000;
    return (
      63.86 +
      0.3345 * t -
      0.060374 * t ** 2 +
      0.0017275 * t ** 3 +
      0.000651814 * t ** 4 +
      0.00002373599 * t ** 5
    );
  }
  if (y < 2050) {
    const t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (y - 1820) / 100;
  if (y < 2150) return -20 + 32 * u ** 2 - 0.5628 * (2150 - y);
  return -20 + 32 * u ** 2;
}

/** ΔT in days at Julian date `jd`. */
function deltaTDays(jd: number): number {
  return deltaTSeconds(2000 + (jd - 2451545) / 365.25) / 86400;
}

/** Mean synodic month, days. */
const SYNODIC_MONTH = 29.530588861;
/** Julian ephemeris date of the mean new moon of lunation 0 (2000-01-06). */
const LUNATION_0 = 2451550.09766;

/**
 * Instant (Julian date, UT) of new moon number `k`, counted from the new moon of 2000-01-06 (Meeus ch. 49).
 */
function newMoonJd(k: number): number {
  const t = k / 1236.85; // Julian centuries since J2000.0
  const mean =
    LUNATION_0 + SYNODIC_MONTH * k + 0.00015437 * t ** 2 - 0.00000015 * t ** 3 + 0.00000000073 * t ** 4;
  const e = 1 - 0.002516 * t - 0.0000074 * t ** 2; // eccentricity of the earth's orbit
  const m = (2.5534 + 29.1053567 * k - 0.0000014 * t ** 2 - 0.00000011 * t ** 3) * RAD; // sun's mean anomaly
  const mp =
    (201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3 - 0.000000058 * t ** 4) * RAD;
  const f =
    (160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3 + 0.000000011 * t ** 4) * RAD;
  const omega = (124.7746 - 1.56375588 * k + 0.0020672 * t ** 2 + 0.00000215 * t ** 3) * RAD;
  // [coefficient, power of E, angle]
  const periodic: readonly (readonly [number, number, number])[] = [
    [-0.4072, 0, mp],
    [0.17241, 1, m],
    [0.01608, 0, 2 * mp],
    [0.01039, 0, 2 * f],
    [0.00739, 1, mp - m],
    [-0.00514, 1, mp + m],
    [0.00208, 2, 2 * m],
    [-0.00111, 0, mp - 2 * f],
    [-0.00057, 0, mp + 2 * f],
    [0.00056, 1, 2 * mp + m],
    [-0.00042, 0, 3 * mp],
    [0.00042, 1, m + 2 * f],
    [0.00038, 1, m - 2 * f],
    [-0.00024, 1, 2 * mp - m],
    [-0.00017, 0, omega],
    [-0.00007, 0, mp + 2 * m],
    [0.00004, 0, 2 * mp - 2 * f],
    [0.00004, 0, 3 * m],
    [0.00003, 0, mp + m - 2 * f],
    [0.00003, 0, 2 * mp + 2 * f],
    [-0.00003, 0, mp + m + 2 * f],
    [0.00003, 0, mp - m + 2 * f],
    [-0.00002, 0, mp - m - 2 * f],
    [-0.00002, 0, 3 * mp + m],
    [0.00002, 0, 4 * mp],
  ];
  let correction = 0;
  for (const [coefficient, power, angle] of periodic)
    correction += coefficient * e ** power * Math.sin(angle);
  // Planetary arguments A1–A14: [coefficient, angle at k = 0 (degrees), degrees per lunation]
  const planetary: readonly (readonly [number, number, number])[] = [
    [0.000325, 299.77, 0.107408],
    [0.000165, 251.88, 0.016321],
    [0.000164, 251.83, 26.651886],
    [0.000126, 349.42, 36.412478],
    [0.00011, 84.66, 18.206239],
    [0.000062, 141.74, 53.303771],
    [0.00006, 207.14, 2.453732],
    [0.000056, 154.84, 7.30686],
    [0.000047, 34.52, 27.261239],
    [0.000042, 207.19, 0.121824],
    [0.00004, 291.34, 1.844379],
    [0.000037, 161.72, 24.198154],
    [0.000035, 239.56, 25.513099],
    [0.000023, 331.55, 3.592518],
  ];
  for (const [i, [coefficient, a0, rate]] of planetary.entries()) {
    const angle = a0 + rate * k - (i === 0 ? 0.009173 * t ** 2 : 0);
    correction += coefficient * Math.sin(angle * RAD);
  }
  const jde = mean + correction;
  return jde - deltaTDays(jde);
}

/** Apparent longitude of the sun in degrees [0, 360) at Julian date `jd`, UT (Meeus ch. 25, low precision). */
function sunLongitude(jd: number): number {
  const t = (jd + deltaTDays(jd) - 2451545) / 36525; // Julian centuries (TT) since J2000.0
  const m = (357.52911 + 35999.05029 * t - 0.0001537 * t ** 2) * RAD; // sun's mean anomaly
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t ** 2; // mean longitude
  const center =
    (1.914602 - 0.004817 * t - 0.000014 * t ** 2) * Math.sin(m) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * m) +
    0.000289 * Math.sin(3 * m);
  const omega = (125.04 - 1934.136 * t) * RAD; // longitude of the moon's ascending node
  const apparent = l0 + center - 0.00569 - 0.00478 * Math.sin(omega); // aberration and nutation
  return ((apparent % 360) + 360) % 360;
}

/** Epoch day (days since 1970-01-01) of the local day on which new moon `k` falls. */
function newMoonDay(k: number): number {
  const jd = newMoonJd(k);
  const zone = jd < UTC7_FROM_JD ? 8 / 24 : 7 / 24;
  return Math.floor(jd + 0.5 + zone) - JD_UNIX_EPOCH;
}

/** 30° sector (0–11; 9 = from the winter solstice on) of the sun at the local midnight starting epoch day `day`. */
function sunSectorAt(day: number): number {
  const zone = day < UTC7_FROM_DAY ? 8 / 24 : 7 / 24;
  return Math.floor(sunLongitude(day + JD_UNIX_EPOCH - 0.5 - zone) / 30);
}

/** Lunation number of month 11 (tháng Một), the month holding the winter solstice of solar year `year`. */
function month11Lunation(year: number): number {
  const dec31 = epochDayOf(year, 12, 31) + JD_UNIX_EPOCH;
  let k = Math.round((dec31 - LUNATION_0) / SYNODIC_MONTH);
  // Step back while the month starting at lunation k begins on or after the solstice.
  while (sunSectorAt(newMoonDay(k)) >= 9) k--;
  // Month 11 begins before the solstice, and the next month begins on or after it.
  if (sunSectorAt(newMoonDay(k + 1)) < 9) throw new Error(`month 11 of ${year} not found near lunation ${k}`);
  return k;
}

interface LunarMonth {
  readonly start: number;
  readonly month: number;
  readonly leap: boolean;
}

/**
 * The months of the sui (tuế) running from month 11 of solar year `year - 1` up to (excluding) month 11 of
 * `year`, numbered, with the leap month marked.
 */
function suiMonths(year: number): LunarMonth[] {
  const k0 = month11Lunation(year - 1);
  const k1 = month11Lunation(year);
  const count = k1 - k0;
  if (count !== 12 && count !== 13) throw new Error(`sui ending ${year} has ${count} months`);
  let leapAt = -1;
  if (count === 13) {
    for (let i = 1; i < 13; i++) {
      if (sunSectorAt(newMoonDay(k0 + i)) === sunSectorAt(newMoonDay(k0 + i + 1))) {
        leapAt = i;
        break;
      }
    }
    if (leapAt < 0) throw new Error(`leap sui ending ${year} has no month without a major term`);
  }
  const months: LunarMonth[] = [];
  for (let i = 0; i < count; i++) {
    const ordinal = leapAt >= 0 && i >= leapAt ? i - 1 : i; // months since month 11, the leap one not counted
    months.push({ start: newMoonDay(k0 + i), month: ((10 + ordinal) % 12) + 1, leap: i === leapAt });
  }
  return months;
}

interface LunarYearRow {
  readonly year: number;
  readonly tet: number;
  readonly lengths: readonly number[];
  readonly leapMonth: number;
}

/** All months from month 11 of `FIRST_YEAR - 1` to month 11 of `LAST_YEAR + 1`, grouped into lunar years. */
function computeYears(): LunarYearRow[] {
  const months: LunarMonth[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR + 1; year++) months.push(...suiMonths(year));
  // The start of month 11 of LAST_YEAR + 1 closes the last month.
  const end = newMoonDay(month11Lunation(LAST_YEAR + 1));
  const rows: LunarYearRow[] = [];
  let current: { year: number; tet: number; lengths: number[]; leapMonth: number } | undefined;
  for (let i = 0; i < months.length; i++) {
    const m = months[i]!;
    const next = i + 1 < months.length ? months[i + 1]!.start : end;
    if (m.month === 1 && !m.leap) {
      // The first tháng Giêng met is Tết of FIRST_YEAR (the first sui runs from month 11 of FIRST_YEAR - 1).
      const year = current ? current.year + 1 : FIRST_YEAR;
      if (current) rows.push(current);
      current = { year, tet: m.start, lengths: [], leapMonth: 0 };
    }
    if (!current) continue; // months 11 and 12 before the first Tết
    const length = next - m.start;
    if (length !== 29 && length !== 30)
      throw new Error(`month starting ${formatDay(m.start)} has ${length} days`);
    current.lengths.push(length);
    if (m.leap) current.leapMonth = m.month;
  }
  if (current) rows.push(current);
  // The last year collected is LAST_YEAR + 1, incomplete (it ends at its month 11): drop it.
  return rows.filter((row) => row.year <= LAST_YEAR);
}

function encode(row: LunarYearRow): number {
  const jan1 = epochDayOf(row.year, 1, 1);
  const offset = row.tet - jan1;
  if (offset < 0 || offset > 63) throw new Error(`Tết ${row.year} on ${formatDay(row.tet)} does not fit`);
  let bits = 0;
  row.lengths.forEach((length, i) => {
    if (length === 30) bits |= 1 << i;
  });
  return bits | (row.leapMonth << 13) | (offset << 17);
}

function main(): void {
  const rows = computeYears();
  // Self-checks: one row per lunar year, in order; Tết in late January or February of the same solar year; a year
  // has 13 months exactly when it has a leap month; successive Tết days are the sum of the month lengths apart.
  rows.forEach((row, i) => {
    if (row.year !== FIRST_YEAR + i) throw new Error(`row ${i} is year ${row.year}`);
    const tet = formatDay(row.tet);
    if (!tet.startsWith(`${row.year}-01`) && !tet.startsWith(`${row.year}-02`))
      throw new Error(`Tết on ${tet}`);
    if (row.lengths.length !== (row.leapMonth ? 13 : 12)) throw new Error(`year ${row.year} month count`);
    const next = rows[i + 1];
    if (next && next.tet - row.tet !== row.lengths.reduce((a, b) => a + b, 0)) {
      throw new Error(`year ${row.year} lengths do not reach the next Tết`);
    }
  });
  if (rows.length !== LAST_YEAR - FIRST_YEAR + 1) throw new Error(`${rows.length} rows`);

  const codes = rows.map(encode);
  const lines: string[] = [];
  for (let i = 0; i < codes.length; i += 10) {
    const chunk = codes.slice(i, i + 10).map((c) => `0x${c.toString(16).padStart(6, '0')}`);
    lines.push(`  ${chunk.join(', ')}, // ${FIRST_YEAR + i}–${Math.min(FIRST_YEAR + i + 9, LAST_YEAR)}`);
  }
  const source = `/**
 * GENERATED FILE — DO NOT EDIT BY HAND. Regenerate with \`npx tsx scripts/generate-lunar-table.ts\`.
 *
 * The Vietnamese lunar calendar (âm lịch; UTC+7, UTC+8 before 1968) for lunar years ${FIRST_YEAR}–${LAST_YEAR},
 * one number per year:
 *   bits  0–12  lengths of the year's months in order (bit i set = the i-th month has 30 days, else 29);
 *               13 months when the year has a leap month, which comes right after its namesake;
 *   bits 13–16  number of the leap month (1–12), 0 when none;
 *   bits 17–22  day of the solar year (0 = 1 January) of Tết (mùng 1 tháng Giêng).
 * See scripts/generate-lunar-table.ts for the astronomy.
 */

/** First lunar year in {@link LUNAR_YEAR_TABLE}. */
export const LUNAR_TABLE_FIRST_YEAR = ${FIRST_YEAR};
/** Last lunar year in {@link LUNAR_YEAR_TABLE}. */
export const LUNAR_TABLE_LAST_YEAR = ${LAST_YEAR};

/** One packed entry per lunar year, {@link LUNAR_TABLE_FIRST_YEAR} first. */
// biome-ignore format: ten years a row, as generated
export const LUNAR_YEAR_TABLE: readonly number[] = [
${lines.join('\n')}
];
`;
  const out = resolve(dirname(fileURLToPath(import.meta.url)), '../src/calendar/lunarTable.ts');
  writeFileSync(out, source);
  console.log(`wrote ${out}: lunar years ${FIRST_YEAR}–${LAST_YEAR}, ${codes.length} entries`);
}

main();
