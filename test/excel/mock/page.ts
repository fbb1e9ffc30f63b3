// A sheet's layout in the stand-in Excel: page setup (print area, titles, zoom, page breaks) and frozen panes.
// Each is a write over the whole sheet (record.ts: refused when protected, an intrusion on a clerk's filled
// sheet unless allowed); a zoom outside PageLayoutZoomOptions' documented bounds fails the batch.
import { excelError, loadable, type Host } from "./host";
import { writing } from "./record";
import { ZOOM } from "./refusals";
import type { SheetState, World } from "./world";

/** PageLayoutZoomOptions as documented: a scale within bounds, or whole numbers of pages to fit to (refusals.ts). */
function checkZoom(host: Host, zoom: unknown): void {
  const z = (zoom ?? {}) as Record<string, unknown>;
  const pages = (v: unknown) => v === undefined || (typeof v === "number" && Number.isInteger(v) && v >= ZOOM.minPages);
  const scale = z.scale === undefined || (typeof z.scale === "number" && z.scale >= ZOOM.minScale && z.scale <= ZOOM.maxScale);
  if (!pages(z.horizontalFitToPages) || !pages(z.verticalFitToPages) || !scale) {
    host.fail(excelError("InvalidArgument", `PageLayout.zoom ${JSON.stringify(zoom)}`));
  }
}

/** Worksheet.pageLayout, .horizontalPageBreaks and .freezePanes, each asking its API set when reached. */
export function layoutOf(world: World, state: SheetState) {
  const { host } = world;
  const { data, rec } = state;
  const pageWrite = (key: string, value: unknown) => {
    writing(world, state, null, `pageLayout.${key}`);
    const had = key in rec.page;
    const before = rec.page[key];
    rec.page[key] = value;
    host.wrote(() => { if (had) rec.page[key] = before; else delete rec.page[key]; });
  };
  const pageLayout = new Proxy(
    {
      setPrintArea: (a: string) => pageWrite("printArea", a),
      // The clerk's own print area until the add-in sets one; a null object when there is none.
      getPrintAreaOrNullObject: () => {
        const text = () => (rec.page.printArea as string | undefined) ?? data?.printArea;
        return loadable(host, { isNullObject: () => !text(), address: () => text() ?? "" }, {});
      },
      setPrintTitleRows: (a: string) => pageWrite("titleRows", a),
    } as Record<string, unknown>,
    {
      set: (_t, k, v) => {
        if (k === "zoom") checkZoom(host, v);
        pageWrite(String(k), v);
        return true;
      },
    },
  );
  const freezing = (how: string) => {
    writing(world, state, null, `freezePanes.${how}`);
    rec.freeze.push(how);
    host.wrote(() => { rec.freeze.splice(rec.freeze.indexOf(how), 1); });
  };
  return {
    pageLayout: () => {
      host.requireSet("Worksheet.pageLayout");
      return pageLayout;
    },
    horizontalPageBreaks: () => {
      host.requireSet("Worksheet.horizontalPageBreaks");
      return { add: (a: string) => pageWrite("rowBreaks", [...((rec.page.rowBreaks as string[] | undefined) ?? []), a]) };
    },
    freezePanes: () => {
      host.requireSet("Worksheet.freezePanes");
      return {
        freezeAt: () => freezing("at"),
        freezeRows: (n: number) => freezing(`rows ${n}`),
        freezeColumns: (n: number) => freezing(`cols ${n}`),
      };
    },
  };
}
