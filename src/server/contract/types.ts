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

/** `true` when `A` and `B` describe the same values (readonly-ness ignored). */
export type Same<A, B> = [DeepReadonly<A>] extends [DeepReadonly<B>]
  ? [DeepReadonly<B>] extends [DeepReadonly<A>]
    ? true
    : false
  : false;

/** `true` when every `A` is a `B` (readonly-ness ignored). */
export type Fits<A, B> = [DeepReadonly<A>] extends [DeepReadonly<B>] ? true : false;
