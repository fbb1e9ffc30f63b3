// The reader's vocabulary: every word list it uses, as tables, and the one normaliser. Adding next month's
// wording is a line in one of these tables (plus a fixture).
export * from "./normalize";
export * from "./phrase";
export * from "./roles";
export * from "./columns";
export * from "./units";
export * from "./rows";
export * from "./live";
export * from "./groups";
export * from "./rates";
