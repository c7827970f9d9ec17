/**
 * What a JSON file is: a procedure definition, an official schedule (one year, or a list of years as the library
 * ships them), or neither. `$schema` decides when it names one of the two schemas; otherwise the shape does.
 */

/** The kinds of file `motcua check` knows. */
export type FileKind = 'procedure' | 'schedule' | 'schedules' | 'unknown';

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const looksLikeSchedule = (v: unknown): boolean => isObject(v) && 'year' in v && 'entries' in v;

/**
 * The kind of a parsed JSON value.
 *
 * @example
 * fileKind({ $schema: './node_modules/motcua/schema/procedure.schema.json' }) //=> 'procedure'
 * fileKind({ year: 2027, covers: [], sources: [], entries: [] })              //=> 'schedule'
 * fileKind([{ year: 2026, entries: [] }])                                    //=> 'schedules'
 * fileKind({ hello: 'world' })                                               //=> 'unknown'
 */
export function fileKind(value: unknown): FileKind {
  if (Array.isArray(value)) {
    return value.length > 0 && value.every(looksLikeSchedule) ? 'schedules' : 'unknown';
  }
  if (!isObject(value)) return 'unknown';
  const schema = value.$schema;
  if (typeof schema === 'string') {
    if (/schedule/i.test(schema)) return 'schedule';
    if (/procedure/i.test(schema)) return 'procedure';
  }
  if (looksLikeSchedule(value)) return 'schedule';
  if ('steps' in value || ('code' in value && 'agencies' in value)) return 'procedure';
  return 'unknown';
}
