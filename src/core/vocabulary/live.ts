// Word tables are plain arrays, and a line may be added to one at run time (next month's wording, read from a
// province's file or added by a test). What is built from them (compiled phrases, regular expressions, letter
// sets) is therefore rebuilt whenever the tables' lengths change, instead of once at import, where a later line
// would never be seen. The check runs on every call (once per row for the total words), so it is a number folded
// from the lengths, without building a string or an array.

/** `build()`'s value, built again when `key()` (the tables' lengths folded by addLength) differs from last time. */
export function rebuiltWhenTablesChange<T>(key: () => number, build: () => T): () => T {
  let builtFor: number | null = null;
  let value: T;
  return () => {
    const now = key();
    if (now !== builtFor) {
      value = build();
      builtFor = now;
    }
    return value;
  };
}

/** `key` with one more list's length folded in (start from 0); a line added to any list changes it. */
export function addLength(key: number, list: readonly unknown[]): number {
  return (Math.imul(key, 31) + list.length + 1) | 0;
}

/** The lengths of a few lists folded into one key. */
export function lengthsKey(lists: readonly (readonly unknown[])[]): number {
  let key = 0;
  for (const l of lists) key = addLength(key, l);
  return key;
}
