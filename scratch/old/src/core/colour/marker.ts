// How the add-in recognises its own conditional-format rules on a clerk's sheet: every rule formula carries
// a term that is always TRUE and changes nothing (N of a text is 0 in Excel and LibreOffice), and that both
// exceljs and Office.js read back as part of the formula text.

export const COLOUR_MARKER = 'N("quota-report")=0';

/** True for a rule formula written by the add-in (spaces, case and a leading "=" ignored). */
export function isAddinRule(formula: string | null | undefined): boolean {
  if (!formula) return false;
  const squeeze = (s: string) => s.replace(/\s+/g, "").toLowerCase();
  return squeeze(formula).includes(squeeze(COLOUR_MARKER));
}
