import type { Catalogue } from "./catalogue";

/** Texts of the reader area. Keys are namespaced "reader.*". */
export const readerMessages: Catalogue = {};
