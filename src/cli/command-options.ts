// What each command adds to the shared options (names without dashes): its own file so that main.ts knows them
// without loading the commands.
export const reportOptions = { values: ["out", "measure"], flags: ["text", "force"] };
export const allocateOptions = { values: ["out", "total", "base-col", "minimum", "method"] };
export const mergeOptions = { values: ["out", "map", "units"] };
