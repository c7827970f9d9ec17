/**
 * The statutory holidays by a stable id, with their names as the Labor Code writes them — the vocabulary shared by
 * the data (laws, schedules), the reasons a day is off and the message tables.
 */

/** A text in Vietnamese and English. */
export interface Text {
  readonly vi: string;
  readonly en: string;
}

/** Ngày lễ, tết — the statutory holidays by a stable id. */
export const holidayIds = [
  'new-year',
  'tet',
  'hung-kings',
  'reunification',
  'labour',
  'national-day',
  'culture-day',
] as const;
export type HolidayId = (typeof holidayIds)[number];

/**
 * The names of the holidays, in Vietnamese and English.
 *
 * @example
 * holidayNames.tet.vi // 'Tết Âm lịch (Tết Nguyên đán)'
 */
export const holidayNames: Readonly<Record<HolidayId, Text>> = {
  'new-year': { vi: 'Tết Dương lịch', en: "New Year's Day" },
  tet: { vi: 'Tết Âm lịch (Tết Nguyên đán)', en: 'Lunar New Year (Tết)' },
  'hung-kings': { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', en: "Hùng Kings' Commemoration Day" },
  reunification: { vi: 'Ngày Chiến thắng (30/4)', en: 'Reunification Day (30 April)' },
  labour: { vi: 'Ngày Quốc tế lao động (1/5)', en: 'International Labour Day (1 May)' },
  'national-day': { vi: 'Quốc khánh (2/9)', en: 'National Day (2 September)' },
  'culture-day': { vi: 'Ngày Văn hóa Việt Nam (24/11)', en: 'Vietnam Culture Day (24 November)' },
};

/**
 * An instant in epoch ms as Vietnamese text writes it, in Vietnam time: "09 giờ 10, ngày 10/02/2026".
 *
 * @example
 * viInstant(Date.parse('2026-02-10T09:10:00+07:00')) //=> '09 giờ 10, ngày 10/02/2026'
 */
export function viInstant(ms: number): string {
  const local = new Date(ms + 7 * 3_600_000).toISOString();
  return `${local.slice(11, 13)} giờ ${local.slice(14, 16)}, ngày ${viDate(local.slice(0, 10))}`;
}

/** `2026-02-17` → `17/02/2026`, as Vietnamese documents write dates. */
export function viDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
