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

/** `2026-02-17` → `17/02/2026`, as Vietnamese documents write dates. */
export function viDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
