// Calling the custom functions as Excel calls them: every parameter a 2-D array ([[v]] for one cell, a column
// as [[a], [b], …]); an error thrown is shown in the cell as its code and message; Excel's UI language reaches
// the functions' runtime through Office.context with no pane involved.

export const cell = (v: unknown) => [[v]];
export const column = (...vs: unknown[]) => vs.map((v) => [v]);

/** What Excel shows in the cell: the value, or the error's code and message. */
export function shown(run: () => unknown[][]): unknown {
  try {
    return run();
  } catch (e) {
    const err = e as { code: string; message: string };
    return { code: err.code, message: err.message };
  }
}

/** Excel's UI language as Office.js gives it to the functions' runtime (undefined: Office says none). */
export function officeLanguage(displayLanguage: string | undefined): void {
  (global as any).Office = { context: { displayLanguage } };
}

/** No Office at all, as outside Excel (each test starts so: afterEach(noOffice)). */
export function noOffice(): void {
  delete (global as any).Office;
}
