// Requires the built package as a CommonJS consumer would, through the package's own `exports` map.
const { createCalendar: fromRoot, isWorkingDay } = require('motcua');
const { addWorkingDays, createCalendar, CalendarError } = require('motcua/calendar');
const { RulesError, defineProcedure } = require('motcua/rules');
const { EngineError, createEngine } = require('motcua/engine');

const cal = createCalendar();
const check = (label, actual, expected) => {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    console.error(`CJS smoke: ${label}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    process.exit(1);
  }
};
check('addWorkingDays', addWorkingDays(cal, '2026-02-12', 3), '2026-02-24');
check('root entry', isWorkingDay(fromRoot(), '2026-02-17'), false);
try {
  addWorkingDays(cal, '2026-02-30', 1);
  check('error', 'no error', 'INVALID_DATE');
} catch (e) {
  check('error class', e instanceof CalendarError, true);
  check('error code', e.code, 'INVALID_DATE');
}
try {
  defineProcedure({ code: 'x' });
  check('rules error', 'no error', 'RulesError');
} catch (e) {
  check('rules error class', e instanceof RulesError, true);
  check('rules error has problems', Array.isArray(e.problems) && e.problems.length > 0, true);
}
check('engine entry', typeof createEngine, 'function');
check('engine error', new EngineError('UNKNOWN_DEFINITION', 'x', 'x', []) instanceof Error, true);
console.log('CJS smoke: ok');
