// Imports the built package as an ESM consumer would, through the package's own `exports` map.
import { createCalendar as fromRoot } from 'motcua';
import { createCalendar, toLunar } from 'motcua/calendar';

const cal = createCalendar();
const check = (label, actual, expected) => {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    console.error(`ESM smoke: ${label}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    process.exit(1);
  }
};
check('addWorkingDays', cal.addWorkingDays('2026-02-12', 3), '2026-02-24');
check('root entry', fromRoot().isWorkingDay('2026-02-17'), false);
check('toLunar', toLunar('2026-02-17'), { year: 2026, month: 1, day: 1, leap: false });
console.log('ESM smoke: ok');
