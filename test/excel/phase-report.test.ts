// The ribbon's "Báo cáo đợt": on a workbook whose title states "Đợt 1: từ 01/9 đến 15/9/2024; Đợt 2: từ 16/9 đến
// 30/9/2024", with one sheet per day, it writes the report of the phase the day falls in, with the results within
// that phase as the day sheets give them; with no phase begun it writes nothing and says so in one line.
import { makeCampaign } from "../../src/core/campaign";
import { serialFromYMD } from "../../src/core/dates";
import type { SavedSettings } from "../../src/excel/settings";
import { listenForPaneMessages } from "../../src/commands/pane-inbox";
import { mockExcel } from "./mock/workbook";
import type { SourceSheet } from "./mock/source";
import { installOffice, office, press, refuseLocalStorage, removeOffice } from "../support/ribbon-office";
import { written } from "../support/written-cells";

type Row = (string | number | null)[];
const sept = (d: number) => serialFromYMD(2024, 9, d) as number;
const PHASES_LINE = "Đợt 1: từ 01/9 đến 15/9/2024; Đợt 2: từ 16/9 đến 30/9/2024";

/** Three communes, each a steady pace a day: the cumulative on day d is pace × d. */
const UNITS = [
  { name: "Xã An Bình", target: 600, pace: 12 },
  { name: "Xã Tân Phú", target: 450, pace: 20 },
  { name: "Phường Hòa Lợi", target: 900, pace: 25 },
];

function dayValues(d: number, phasesLine: string | null): Row[] {
  return [
    [`BÁO CÁO KẾT QUẢ THU NHẬN HỒ SƠ CẤP CĂN CƯỚC NGÀY ${d}/9/2024`, null, null, null],
    [phasesLine, null, null, null],
    ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"],
    ...UNITS.map((u, i) => [i + 1, u.name, u.target, u.pace * d]),
  ];
}

let paneMessages: string[] = [];
let commands: typeof import("../../src/commands/commands");

/** Day sheets "1-9" … up to the day before, and the day's sheet (the one saved in the settings) read. */
function installWorkbook(day: number, phasesLine: string | null) {
  const sheets: SourceSheet[] = [];
  for (let d = 1; d < day; d++) sheets.push({ name: `${d}-9`, origin: { row: 1, col: 1 }, values: dayValues(d, phasesLine) });
  const m = mockExcel({ name: `${day}-9`, origin: { row: 1, col: 1 }, values: dayValues(day, phasesLine) }, { sheets });
  (global as any).Excel = m.excel;
  return m;
}

function saved(day: number): SavedSettings {
  return { version: 1, campaign: makeCampaign({ from: sept(1), to: sept(30) }), sheet: `${day}-9`, source: "used", asOf: sept(day) };
}

beforeAll(async () => {
  refuseLocalStorage();
  installOffice("vi-VN", saved(20));
  commands = await import("../../src/commands/commands");
  listenForPaneMessages((text) => paneMessages.push(text));
});

afterAll(removeOffice);

beforeEach(() => { paneMessages = []; });

test.each([
  // [as-of day, the phase a clerk expects, its first and last day]
  [20, "Đợt 2", 16, 30],
  [15, "Đợt 1", 1, 15],
  [8, "Đợt 1", 1, 15],
])("figures to %i/9/2024: the report of %s, each commune's results within it against its share of the target", async (day, phase, from, to) => {
  installOffice("vi-VN", saved(day));
  const m = installWorkbook(day, PHASES_LINE);
  expect((await press(commands.COMMAND_IDS.phase)).completed).toBe(1);
  // The pane opens with a sentence saying which sheet was written (the ribbon never succeeds silently).
  expect(office.shown).toBe(1);
  const dd = String(day).padStart(2, "0");
  expect(m.added.map((s) => s.name)).toEqual([`Báo cáo đợt ${dd}-09-2024`, "Lịch sử tiến độ"]);
  const report = m.added[0];
  expect(String(written(report, 1, 1))).toContain(`BÁO CÁO KẾT QUẢ ${phase.toUpperCase()}`);
  const pad = (d: number) => String(d).padStart(2, "0");
  const days = to - from + 1;
  expect(String(written(report, 2, 1))).toContain(`${phase}: từ ${pad(from)}/09/2024 đến ${pad(to)}/09/2024 (${days} ngày); số liệu đến hết ngày ${dd}/09/2024`);
  // The day before the phase is its baseline (nothing before 1/9): pace × (days of the phase elapsed).
  const elapsed = day - from + 1;
  const rows = new Map<string, number>();
  for (let row = 5; row < 5 + UNITS.length; row++) rows.set(String(written(report, row, 2)).replace(/^'/, ""), row);
  for (const u of UNITS) {
    const row = rows.get(u.name)!;
    expect(row).toBeDefined();
    const share = (u.target * days) / 30;
    // Whole people, rounded half up as the daily target is.
    expect(written(report, row, 3)).toBe(Math.floor(share + 0.5));
    expect(written(report, row, 4)).toBe(u.pace * elapsed);
    expect(written(report, row, 7)).toBe(u.pace * day);
  }
  const totalRow = 5 + UNITS.length;
  // The total is the sum of the rows shown (a native SUM; the mock is no formula engine, so the rows are added here).
  expect(written(report, totalRow, 4)).toBe(`=SUM(D5:D${totalRow - 1})`);
  let shown = 0;
  for (let row = 5; row < totalRow; row++) shown += written(report, row, 4) as number;
  expect(shown).toBe(UNITS.reduce((s, u) => s + u.pace * elapsed, 0));
});

test("an English Excel: the Phase report, named as the sheet names the phase", async () => {
  installOffice("en-US", saved(20));
  const m = installWorkbook(20, PHASES_LINE);
  await press(commands.COMMAND_IDS.phase);
  expect(m.added[0].name).toBe("Phase report 20-09-2024");
  expect(String(written(m.added[0], 1, 1))).toContain("REPORT OF ĐỢT 2");
});

test.each([
  ["a title naming no phase", null],
  ["phases that have not begun on the day", "Đợt 1: từ 21/9 đến 25/9/2024; Đợt 2: từ 26/9 đến 30/9/2024"],
])("%s: nothing written; the pane opens with one line saying how to give a phase", async (_, line) => {
  installOffice("vi-VN", saved(20));
  const m = installWorkbook(20, line);
  expect((await press(commands.COMMAND_IDS.phase)).completed).toBe(1);
  expect(m.added).toHaveLength(0);
  expect(office.shown).toBe(1);
  expect(paneMessages).toHaveLength(1);
  expect(paneMessages[0]).toContain("không ghi đợt nào đã bắt đầu đến ngày 20/09/2024");
  expect(paneMessages[0]).toContain("ngăn tác vụ");
  expect(paneMessages[0]).not.toMatch(/\n/);
});
