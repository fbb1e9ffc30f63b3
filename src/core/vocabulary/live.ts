// Word tables are plain arrays, and a line may be added to one at run time (next month's wording, read from a
// province's file or added by a test). What is built from them (compiled phrases, regular expressions, letter
// sets) is therefore rebuilt whenever the tables' sizes change, instead of once at import, where a later line
// would never be seen. The size check is a short string per call: cheap beside the matching it guards.

/** `build()`'s value, built again when `sizes()` (the tables' lengths, as a string) differs from last time. */
export function rebuiltWhenTablesChange<T>(sizes: () => string, build: () => T): () => T {
  let builtFor: string | null = null;
  let value: T;
  return () => {
    const now = sizes();
    if (now !== builtFor) {
      value = build();
      builtFor = now;
    }
    return value;
  };
}

/** The lengths of some word lists, as one string (the usual `sizes` of rebuiltWhenTablesChange). */
export function lengthsOf(...lists: readonly (readonly unknown[])[]): string {
  let s = "";
  for (const l of lists) s += `${l.length},`;
  return s;
}
