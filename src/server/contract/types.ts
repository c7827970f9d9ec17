/**
 * Type helpers of the contract: the library's types are deeply readonly, zod infers mutable ones; comparing and
 * assigning them goes through {@link DeepReadonly}.
 */

/** `T` with every property and element readonly, arrays and tuples kept as they are. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * `T` as JSON carries it: readonly, and `undefined` gone from every member (JSON has no `undefined`, so an
 * optional `a?: string` and `a?: string | undefined` are the same on the wire; `null` stays distinct).
 */
export type OnTheWire<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { readonly [K in keyof T]: OnTheWire<Exclude<T[K], undefined>> }
    : T;

/** `true` when `A` and `B` describe the same JSON values ({@link OnTheWire}). */
export type Same<A, B> = [OnTheWire<A>] extends [OnTheWire<B>]
  ? [OnTheWire<B>] extends [OnTheWire<A>]
    ? true
    : false
  : false;
