import { canonicalJson, sha256Hex } from '../shared/hash.js';
import { type Calendar, indexOf } from './calendar.js';

/** Versions already computed (a calendar is frozen, so its version never changes). */
const versions = new WeakMap<Calendar, string>();

/**
 * @summary A fingerprint of the rules and data a calendar was built from.
 *
 * @description
 * 16 hex digits of the SHA-256 of the canonical JSON of its laws, schedules, `applyProposed` and hours, then `+` and
 * the fingerprint of its overlays when it has any. Two calendars built from the same data have the same version
 * whatever the order of their keys; pin it where you store deadlines (the engine records it in every dossier), so
 * a deadline computed under other data can be recognised. Computed on first call, not at every cold start.
 *
 * @param calendar - a calendar from {@link createCalendar}
 * @returns the version, `0123456789abcdef` or `0123456789abcdef+fedcba9876543210`
 *
 * @example
 * calendarVersion(cal) === calendarVersion(createCalendar()); // true
 * calendarVersion(cal) === calendarVersion(createCalendar({ applyProposed: true })); // false
 */
export function calendarVersion(calendar: Calendar): string {
  let version = versions.get(calendar);
  if (version === undefined) {
    const data = indexOf(calendar).national.data;
    version = fingerprint({
      laws: data.laws,
      schedules: [...data.schedules.values()],
      applyProposed: data.applyProposed,
      hours: calendar.hours,
    });
    if (calendar.overlays.length > 0) version = `${version}+${fingerprint(calendar.overlays)}`;
    versions.set(calendar, version);
  }
  return version;
}

/** 16 hex digits of the SHA-256 of a value's canonical JSON. */
function fingerprint(value: unknown): string {
  return sha256Hex(canonicalJson(value)).slice(0, 16);
}
