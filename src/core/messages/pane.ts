import type { Catalogue } from "./catalogue";

/** Texts of the pane area. Keys are namespaced "pane.*". */
export const paneMessages: Catalogue = {};
