/**
 * The plain guards that read working hours and agency overlays (src/calendar/shapes.ts, optionShapes.ts) answer
 * exactly as the zod schemas they mirror (src/calendar/schema.ts, read by parseData.ts): for any input, the same
 * verdict, the same issues in the same order — code, parameters, texts, path — and the same value with defaults
 * filled in. zod stays the source of truth of the formats; this keeps the guards to it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hoursChecks, optionShapes, overlayChecks } from '../../src/calendar/optionShapes.js';
import { readData } from '../../src/calendar/parseData.js';
import { calendarSchemas } from '../../src/calendar/schema.js';
import { readShape } from '../../src/calendar/shapes.js';

const { agencyOverlay, workingHours } = optionShapes();

/** A value, or nothing at all (the key left out). */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const junk = fc.constantFrom<unknown>(null, 5, 'x', [], {}, true, Number.NaN);

/** Mostly good values, some bad ones, a little junk: both verdicts and every kind of issue get reached. */
const mix = (good: fc.Arbitrary<unknown>, bad: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 12, arbitrary: good }, { weight: 2, arbitrary: bad }, { weight: 1, arbitrary: junk });
const clock = mix(
  fc.constantFrom('07:30', '11:30', '13:00', '17:00', '00:00', '23:59', '24:00'),
  fc.constantFrom('7:30', '25:00', '12:60', '24:01', '', '3pm'),
);
const day = mix(
  fc.constantFrom('2026-10-05', '2026-10-06', '2026-01-01', '2027-12-31'),
  fc.constantFrom('2026-02-30', '2026-13-01', '2026-1-5', '05/10/2026', ''),
);
const number = mix(
  fc.constantFrom(0, 1, 6, 8, 24, 1e-9),
  fc.constantFrom(7, 24.5, -1, 0.5, -0.5, 1e300, -1e300, Number.NaN, Number.POSITIVE_INFINITY, '8'),
);
const text = mix(fc.constantFrom('Bão số 10', 'UBND xã Đông Hải'), fc.constant(''));
const extraKey = fc.oneof(
  { weight: 10, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom('closure', 'workedon', 'zz', 'sesions') },
);

/** An object of its members (each sometimes left out), sometimes with a misspelt or unknown key. */
function objectOf(members: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const present = Object.fromEntries(
    Object.entries(members).map(([k, v]) => [
      k,
      fc.oneof({ weight: 12, arbitrary: v }, { weight: 1, arbitrary: fc.constant(undefined) }),
    ]),
  );
  return fc.tuple(fc.record(present), extraKey, junk).map(([value, extra, v]) => {
    const out = Object.fromEntries(Object.entries(value).filter(([, x]) => x !== undefined));
    return extra === undefined ? out : { ...out, [extra]: v };
  });
}

const session = fc.oneof(
  { weight: 5, arbitrary: objectOf({ start: clock, end: clock }) },
  { weight: 1, arbitrary: junk },
);
const sessions = fc.oneof(fc.array(session, { maxLength: 3 }), junk);
const hours = fc.oneof(
  { weight: 8, arbitrary: objectOf({ sessions, hoursPerDay: maybe(number) }) },
  { weight: 1, arbitrary: junk },
);
const closure = objectOf({ from: day, to: maybe(day), reason: text, source: maybe(text) });
const opening = objectOf({
  kind: fc.oneof(fc.constantFrom('working', 'reception', 'closed'), junk),
  from: maybe(day),
  to: maybe(day),
  weekdays: maybe(mix(fc.array(number, { maxLength: 3 }), fc.constant('6'))),
  dates: maybe(mix(fc.array(day, { maxLength: 3 }), fc.constant('2026-10-05'))),
  sessions,
  reason: text,
});
const overlay = fc.oneof(
  {
    weight: 8,
    arbitrary: objectOf({
      agency: text,
      name: maybe(text),
      hours: maybe(hours),
      closures: maybe(mix(fc.array(closure, { maxLength: 3 }), fc.constant({}))),
      openings: maybe(mix(fc.array(opening, { maxLength: 2 }), fc.constant({}))),
    }),
  },
  { weight: 1, arbitrary: junk },
);

/** Both readers' answers, in one comparable form. */
function answers<T>(guard: { ok: boolean; value?: T; issues?: readonly unknown[] }) {
  return guard.ok ? { ok: true, value: guard.value } : { ok: false, issues: guard.issues };
}

describe('plain guards answer as the zod schemas', () => {
  it('working hours', () => {
    fc.assert(
      fc.property(hours, (input) => {
        const zod = readData(calendarSchemas().WorkingHours, input, ['hours'], hoursChecks);
        const plain = readShape(workingHours, input, ['hours'], hoursChecks);
        expect(answers(plain)).toEqual(answers(zod));
      }),
      { numRuns: 3000 },
    );
  });

  it('agency overlays', () => {
    fc.assert(
      fc.property(overlay, (input) => {
        const zod = readData(calendarSchemas().AgencyOverlay, input, ['overlay'], overlayChecks);
        const plain = readShape(agencyOverlay, input, ['overlay'], overlayChecks);
        expect(answers(plain)).toEqual(answers(zod));
      }),
      { numRuns: 3000 },
    );
  });

  it('the generators reach both verdicts and many kinds of issue (so the comparison means something)', () => {
    const seen = new Set<string>();
    let accepted = 0;
    for (const input of fc.sample(overlay, { numRuns: 3000, seed: 11 })) {
      const r = readShape(agencyOverlay, input, [], overlayChecks);
      if (r.ok) accepted++;
      else for (const i of r.issues) seen.add(i.code);
    }
    expect(accepted).toBeGreaterThan(30);
    for (const code of [
      'WRONG_TYPE',
      'REQUIRED',
      'UNKNOWN_KEY',
      'NOT_ONE_OF',
      'BAD_FORMAT',
      'NOT_A_DAY',
      'TOO_SMALL',
      'TOO_BIG',
      'RANGE_REVERSED',
      'SESSION_ORDER',
    ]) {
      expect(seen, code).toContain(code);
    }
  });

  it('prototype keys and oversized input are refused by the same input guard', () => {
    const polluted = JSON.parse('{"agency": "UBND", "__proto__": {"x": 1}}');
    const huge = {
      agency: 'UBND',
      closures: Array.from({ length: 500 }, () => ({ from: '2026-10-05', reason: 'x' })),
    };
    for (const input of [polluted, huge]) {
      const zod = readData(calendarSchemas().AgencyOverlay, input, [], overlayChecks);
      const plain = readShape(agencyOverlay, input, [], overlayChecks);
      expect(plain.ok).toBe(false);
      expect(answers(plain)).toEqual(answers(zod));
    }
  });
});
