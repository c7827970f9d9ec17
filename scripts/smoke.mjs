// Imports the built package as an ESM consumer would, through the package's own `exports` map.

import { readFileSync } from 'node:fs';
import { createCalendar as fromRoot, isWorkingDay } from 'motcua';
import { addWorkingDays, createCalendar, toLunar } from 'motcua/calendar';
import { createEngine, phaseOf, toDvcqgStatus } from 'motcua/engine';
import { defineProcedure, validateDossier } from 'motcua/rules';

const cal = createCalendar();
const check = (label, actual, expected) => {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    console.error(`ESM smoke: ${label}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    process.exit(1);
  }
};
check('addWorkingDays', addWorkingDays(cal, '2026-02-12', 3), '2026-02-24');
check('root entry', isWorkingDay(fromRoot(), '2026-02-17'), false);
check('toLunar', toLunar('2026-02-17'), { year: 2026, month: 1, day: 1, leap: false });
const marriage = defineProcedure(
  JSON.parse(
    readFileSync(new URL('../examples/procedures/marriage-registration.json', import.meta.url), 'utf8'),
  ),
);
check('defineProcedure', typeof marriage.hash, 'string');
check(
  'validateDossier',
  typeof validateDossier(marriage, { channel: 'in-person', fields: {}, documents: [] }).ok,
  'boolean',
);
const engine = createEngine({ procedures: [marriage] });
const started = engine.start(marriage);
const submitted = engine.applyEvent(started, {
  type: 'SUBMIT',
  seq: 1,
  at: '2026-03-02T09:00:00+07:00',
  channel: 'in-person',
});
check('applyEvent', submitted.ok, true);
check('status code', toDvcqgStatus(phaseOf(submitted.snapshot)), 1);
console.log('ESM smoke: ok');
