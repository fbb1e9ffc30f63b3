// Showing a sheet the add-in wrote. Excel on the web may leave a sheet that was added and activated in one batch
// inactive (OfficeDev/office-js#930; Microsoft's own helpers sync before activate()), so activation always goes in
// a batch of its own, after the sheet exists. A refusal here costs nothing written: it is not an error.
export async function activateSheet(context: Excel.RequestContext, sheetName: string): Promise<void> {
  try {
    context.workbook.worksheets.getItem(sheetName).activate();
    await context.sync();
  } catch {
    // The sheet is written; the clerk can click its tab.
  }
}
