import type { Catalogue } from "./catalogue";

/** Texts of the maths area. Keys are namespaced "maths.*". */
export const mathsMessages: Catalogue = {};
