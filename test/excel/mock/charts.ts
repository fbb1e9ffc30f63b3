// A sheet's charts in the stand-in Excel: each recorded with the range it was made from (as Excel writes the
// reference, for the lint to check it names a sheet that exists), its title, series and position.
import { writing, type RecordedSheet } from "./record";
import type { SheetState, World } from "./world";

/** The address a range object of the mock was made for ("'Tiến độ'!B2:B9"): what a chart added from it shows. */
export const RANGE_ADDRESS = Symbol("range address");

/** Worksheet.charts. */
export function chartsOf(world: World, state: SheetState): any {
  const { host } = world;
  const { rec } = state;
  return {
    add(type: string, source?: Record<symbol, unknown>) {
      writing(world, state, null, "chart");
      const chart: RecordedSheet["charts"][number] = { type, source: String(source?.[RANGE_ADDRESS] ?? "") };
      rec.charts.push(chart);
      host.wrote(() => { rec.charts.splice(rec.charts.indexOf(chart), 1); });
      return {
        title: { set text(t: string) { chart.title = t; } },
        legend: {},
        axes: { valueAxis: { set numberFormat(_format: string) { host.requireSet("ChartAxis.numberFormat"); } } },
        series: (() => {
          const one = () => ({
            set name(n: string) { (chart.series ??= []).push(n); },
            setValues: () => { host.requireSet("ChartSeries.setValues"); },
            setXAxisValues: () => { host.requireSet("ChartSeries.setXAxisValues"); chart.categories = "set"; },
          });
          return { getItemAt: one, add: () => { host.requireSet("ChartSeriesCollection.add"); return one(); } };
        })(),
        setPosition: (a: string, b: string) => { chart.position = [a, b]; },
      };
    },
  };
}
