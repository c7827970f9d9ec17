/**
 * A bounded cache that forgets the least recently used entry first — for compiled definitions, the engine's
 * registry and memoised deadlines. Bounded so hostile or merely numerous inputs (4,000 versions of a definition,
 * a million dossiers walked by the statistics) cannot grow the heap without end, and least-recently-used so a
 * full cache loses its coldest entry, not all of them at once.
 *
 * @example
 * const cache = new LruCache<string, number>(2);
 * cache.set('a', 1); cache.set('b', 2); cache.get('a'); cache.set('c', 3);
 * cache.has('b') //=> false — 'a' was used more recently
 */
export class LruCache<K, V> {
  readonly #max: number;
  readonly #map = new Map<K, V>();

  constructor(max: number) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError(`LruCache size must be a positive integer`);
    this.#max = max;
  }

  get size(): number {
    return this.#map.size;
  }

  get(key: K): V | undefined {
    const map = this.#map;
    const value = map.get(key);
    if (value !== undefined) {
      // A Map keeps insertion order: re-inserting makes the entry the most recent.
      map.delete(key);
      map.set(key, value);
    }
    return value;
  }

  has(key: K): boolean {
    return this.#map.has(key);
  }

  set(key: K, value: V): this {
    const map = this.#map;
    if (map.has(key)) map.delete(key);
    else if (map.size >= this.#max) map.delete(map.keys().next().value as K);
    map.set(key, value);
    return this;
  }

  delete(key: K): boolean {
    return this.#map.delete(key);
  }

  values(): IterableIterator<V> {
    return this.#map.values();
  }
}
