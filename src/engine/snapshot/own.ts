/**
 * The snapshots the engines of this program made (`start`, `applyEvent`, `replay`, `migrate`, `restore`): a
 * summary reads those as they are, and checks every other object as data from outside — a row read back from a
 * database, a copy with a key added (`{ ...s, updatedAt }`), an object from another program. A `WeakSet`, so a
 * snapshot is forgotten with its last reference, and marking one costs a hash insert.
 */
const own = new WeakSet<object>();

/**
 * Marks a snapshot as made by an engine, and gives it back.
 *
 * @example
 * return { ok: true, snapshot: ownSnapshot(next) };
 */
export function ownSnapshot<T extends object>(snapshot: T): T {
  own.add(snapshot);
  return snapshot;
}

/**
 * Whether an engine of this program made the value (the same object, not a copy of it).
 *
 * @example
 * isOwnSnapshot(engine.start(procedure)) //=> true
 * isOwnSnapshot(JSON.parse(JSON.stringify(snapshot))) //=> false
 */
export function isOwnSnapshot(value: unknown): boolean {
  return typeof value === 'object' && value !== null && own.has(value);
}
