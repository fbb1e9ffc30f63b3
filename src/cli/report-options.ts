// What `report` adds to the shared options; its own file so that main.ts knows it without loading the command.
export const reportOptions = { values: ["out", "measure"], flags: ["text", "force"] };
