/**
 * The shapes of the options a portal writes — working hours and agency overlays — as plain guards (`shapes.ts`)
 * that answer as their zod schemas in `schema.ts` do, and the rules a shape cannot say: sessions in order, ranges
 * the right way round. Read by `parseWorkingHours`, `parseAgencyOverlay` and `withOverlay`, never by
 * `createCalendar` itself, so a page that only builds the national calendar carries none of it.
 */
import type { Path } from '../shared/errors.js';
import type { CalendarIssue } from './errors.js';
import { issue } from './issues.js';
import { CLOCK_PATTERN, DAY_PATTERN } from './patterns.js';
import type { AgencyOverlay, Session, WorkingHours } from './schema.js';
import { list, number, object, oneOf, type Shape, text } from './shapes.js';

type Closure = AgencyOverlay['closures'][number];
type Opening = AgencyOverlay['openings'][number];

/** The shapes of `WorkingHours` and `AgencyOverlay` (schema.ts). */
export interface OptionShapes {
  readonly workingHours: Shape<WorkingHours>;
  readonly agencyOverlay: Shape<AgencyOverlay>;
}

let built: OptionShapes | undefined;

/**
 * The shapes, built on first use: no code runs when the module loads, so a bundle that reads no options drops
 * them (a bundler cannot drop a top-level call it cannot prove pure, and the library's chunks join modules).
 */
export function optionShapes(): OptionShapes {
  built ??= defineShapes();
  return built;
}

function defineShapes(): OptionShapes {
  const isoDay = text(0, DAY_PATTERN);
  const clock = text(0, CLOCK_PATTERN);
  const nonEmpty = text(1);
  const sessions = list(object<Session>({ start: { shape: clock }, end: { shape: clock } }), 1);
  const workingHours = object<WorkingHours>({
    sessions: { shape: sessions },
    hoursPerDay: { shape: number({ gt: 0, max: 24 }), default: () => 8 },
  });
  const agencyOverlay = object<AgencyOverlay>({
    agency: { shape: nonEmpty },
    name: { shape: text(), optional: true },
    hours: { shape: workingHours, optional: true },
    closures: {
      shape: list(
        object<Closure>({
          from: { shape: isoDay },
          to: { shape: isoDay, optional: true },
          reason: { shape: nonEmpty },
          source: { shape: text(), optional: true },
        }),
      ),
      default: () => [],
    },
    openings: {
      shape: list(
        object<Opening>({
          kind: { shape: oneOf(['working', 'reception'] as const) },
          from: { shape: isoDay, optional: true },
          to: { shape: isoDay, optional: true },
          weekdays: { shape: list(number({ int: true, min: 0, max: 6 })), optional: true },
          dates: { shape: list(isoDay), optional: true },
          sessions: { shape: sessions },
          reason: { shape: nonEmpty },
        }),
      ),
      default: () => [],
    },
  });
  return { workingHours, agencyOverlay };
}

/** Sessions of a day in order, each ending after it starts, none overlapping the one before. */
function sessionChecks(list: readonly Session[], at: Path): CalendarIssue[] {
  const out: CalendarIssue[] = [];
  list.forEach((s, i) => {
    if (s.start >= s.end) out.push(issue('SESSION_ORDER', { start: s.start, end: s.end }, [...at, i, 'end']));
    const previous = list[i - 1];
    if (previous && s.start < previous.end) {
      out.push(issue('SESSIONS_OVERLAP', { start: s.start, previousEnd: previous.end }, [...at, i, 'start']));
    }
  });
  return out;
}

/** The checks of working hours. */
export function hoursChecks(hours: WorkingHours): CalendarIssue[] {
  return sessionChecks(hours.sessions, ['sessions']);
}

/** The checks of an agency overlay: its hours, its ranges, its openings' sessions. */
export function overlayChecks(overlay: AgencyOverlay): CalendarIssue[] {
  const out: CalendarIssue[] = overlay.hours
    ? sessionChecks(overlay.hours.sessions, ['hours', 'sessions'])
    : [];
  overlay.closures.forEach((c, i) => {
    if (c.to !== undefined && c.to < c.from)
      out.push(issue('RANGE_REVERSED', { from: c.from, to: c.to }, ['closures', i, 'to']));
  });
  overlay.openings.forEach((o, i) => {
    if (o.from !== undefined && o.to !== undefined && o.to < o.from) {
      out.push(issue('RANGE_REVERSED', { from: o.from, to: o.to }, ['openings', i, 'to']));
    }
    out.push(...sessionChecks(o.sessions, ['openings', i, 'sessions']));
  });
  return out;
}
