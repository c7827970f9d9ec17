/** The statistics' reports: `report(code, params, path)` gives the bilingual report of a code from the tables. */
import { reporter } from '../../../shared/messages.js';
import { en } from './en.js';
import { vi } from './vi.js';

export const report = reporter(en, vi);

/** Every code of the statistics' tables (a test renders each in both languages). */
export type StatisticsMessageCode = keyof typeof en;

export { en as statisticsMessagesEn, vi as statisticsMessagesVi };
