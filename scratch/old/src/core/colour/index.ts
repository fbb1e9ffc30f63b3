export { buildColourRules } from "./build";
export type { ColourOptions } from "./build";
export { COLOUR_MARKER, isAddinRule } from "./marker";
