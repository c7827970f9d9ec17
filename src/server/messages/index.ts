/** The server's message tables and the bilingual report of one of its codes. */
import { reporter } from '../../shared/messages.js';
import { en } from './en.js';
import { vi } from './vi.js';

/** Builds the bilingual report of one of the server's codes. */
export const report = reporter(en, vi);

export { en, vi };
