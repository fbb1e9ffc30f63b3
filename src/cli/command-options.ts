// What each command adds to the shared options (names without dashes): its own file so that main.ts knows them
// without loading the commands.
/** A week's or a phase's report instead of the day's (read in period-options.ts). */
const PERIOD_VALUE_OPTIONS = ["phase", "phase-from", "phase-to", "chart-unit"];
const PERIOD_FLAGS = ["week"];

export const reportOptions = { values: ["out", "measure", "image", ...PERIOD_VALUE_OPTIONS], flags: ["text", "force", ...PERIOD_FLAGS] };
export const allocateOptions = { values: ["out", "total", "base-col", "minimum", "method"] };
export const mergeOptions = { values: ["out", "map", "units", "plan", "province"] };
