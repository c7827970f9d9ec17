/**
 * The portal's procedures and offices: every definition of `examples/procedures` (loaded and checked by
 * `defineProcedure`), one engine over the national calendar, and the demo's receiving offices — the agency
 * identity codes the dossier codes start with (Circular 01/2018 Art. 19(1)). The offices are invented for the
 * demonstration; a province uses its own codes (Circular 10/2016/TT-BTTTT).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createCalendar } from '../../../src/calendar/index.js';
import { createEngine, type Engine } from '../../../src/engine/index.js';
import { defineProcedure, type Procedure, procedureInForce } from '../../../src/rules/index.js';

const folder = new URL('../../procedures/', import.meta.url);

/** A receiving office of the demo. */
export interface Office {
  readonly code: string;
  readonly name: { readonly vi: string; readonly en: string };
}

export const offices: readonly Office[] = [
  {
    code: '000.01.24.H29',
    name: { vi: 'Trung tâm Phục vụ hành chính công tỉnh', en: 'Provincial public service centre' },
  },
  {
    code: '000.02.24.H29',
    name: { vi: 'Bộ phận Một cửa phường Trung Tâm', en: 'Central ward one-stop desk' },
  },
  { code: '000.03.24.H29', name: { vi: 'Bộ phận Một cửa xã Bình An', en: 'Binh An commune one-stop desk' } },
  {
    code: '000.04.24.H29',
    name: { vi: 'Bộ phận Một cửa phường Hòa Bình', en: 'Hoa Binh ward one-stop desk' },
  },
];

export const officeName = (code: string, lang: 'vi' | 'en'): string =>
  offices.find((o) => code.startsWith(o.code))?.name[lang] ?? code.split('-')[0] ?? code;

/** The definitions of examples/procedures, the engine over them. */
export function createPortalEngine(): { engine: Engine; procedures: Procedure[] } {
  const procedures = readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => defineProcedure(JSON.parse(readFileSync(new URL(f, folder), 'utf8'))));
  const engine = createEngine({ calendar: createCalendar(), procedures });
  return { engine, procedures };
}

/** One version per procedure code: the one in force on `day` (the desk's list). */
export function inForce(procedures: readonly Procedure[], day: string): Procedure[] {
  const codes = [...new Set(procedures.map((p) => p.definition.code))];
  return codes
    .map((code) => procedureInForce(procedures, day, { code }))
    .filter((p): p is Procedure => p !== undefined)
    .sort((a, b) => a.definition.name.vi.localeCompare(b.definition.name.vi, 'vi'));
}
