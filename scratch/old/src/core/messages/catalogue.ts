import type { Lang } from "../types";

/** One text a clerk reads, in both languages. "{name}" marks a parameter. */
export type Entry = Record<Lang, string>;
export type Catalogue = Record<string, Entry>;
