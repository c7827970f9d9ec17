/**
 * Titles and descriptions of the definition format, in Vietnamese and English, for editors (VS Code, JetBrains …
 * show them while a rule author writes a definition). Keyed by the member's path in a definition (`steps[].time`;
 * `#forward` names a variant of a union; `*.vi` applies wherever the member appears). Only the JSON Schema
 * generator reads these tables, so they stay out of the runtime bundle.
 */

import type { Doc } from './doc.js';
import { formDocs } from './forms.js';
import { procedureDocs } from './procedure.js';
import { stepDocs } from './steps.js';

export type { Doc } from './doc.js';

/** Every member's title and description, by path. */
export const docs: Readonly<Record<string, Doc>> = { ...procedureDocs, ...formDocs, ...stepDocs };
