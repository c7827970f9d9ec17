import { deepFreeze } from '../shared/values.js';
import { checkedOverlays } from './checked.js';
import { dataError } from './errors.js';
import { optionShapes, overlayChecks } from './optionShapes.js';
import type { AgencyOverlay, AgencyOverlayInput } from './schema.js';
import { readShape } from './shapes.js';

/**
 * @summary Reads an agency overlay, or throws with every problem.
 *
 * @description
 * An agency's own days over the national calendar: closures (a storm, a local order), openings (a desk that also
 * works or receives on Saturday mornings) and its hours. The input guard, then the shape of `AgencyOverlay`
 * (unknown keys refused — a misspelt `closure` is an error, not an overlay that closes nothing), then ranges the
 * right way round and sessions in order. The overlay comes back frozen, ready for `createCalendar({ overlays })` or
 * {@link withOverlay}. Plain code, no zod.
 *
 * @param overlay - the agency's days, as written (in code or JSON)
 * @returns the overlay with defaults filled in, frozen
 * @throws {CalendarError} `INVALID_OPTIONS` with every problem in `issues`, paths inside `overlay`
 *
 * @example
 * const storm = parseAgencyOverlay({ agency: 'UBND xã Đông Hải', closures: [{ from: '2026-10-05', reason: 'Bão số 10' }] });
 * storm.openings; // []
 * isWorkingDay(createCalendar({ overlays: [storm] }), '2026-10-05'); // false
 */
export function parseAgencyOverlay(overlay: AgencyOverlayInput): AgencyOverlay {
  if (checkedOverlays.has(overlay as AgencyOverlay)) return overlay as AgencyOverlay;
  const result = readShape(optionShapes().agencyOverlay, overlay, [], overlayChecks);
  if (!result.ok) throw dataError('INVALID_OPTIONS', result.issues);
  const value = deepFreeze(result.value);
  checkedOverlays.add(value);
  return value;
}
