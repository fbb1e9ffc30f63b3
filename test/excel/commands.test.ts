// The ribbon buttons: with the campaign saved in the workbook they colour / write the report without the pane;
// with nothing saved they open the pane and leave it the reason. Excel is the stand-in of mock/ over a real
// fixture workbook.
import * as path from "path";
import ExcelJS from "exceljs";
import { findQuotaSheet } from "../support/exceljs-read";
import { makeCampaign } from "../../src/core/campaign";
import { serialFromYMD } from "../../src/core/dates";
import { rangeAddress } from "../../src/core/address";
import type { SavedSettings } from "../../src/excel/settings";
import type { Grid } from "../../src/core/types";
import { mockExcel, type MockExcel } from "./mock/workbook";
import type { SourceSheet } from "./mock/source";
import { associated, installOffice, office, press, refuseLocalStorage, removeOffice } from "../support/ribbon-office";
import { parseArea } from "../../src/excel/a1";
import { listenForPaneMessages, listenForSectionRequests } from "../../src/commands/pane-inbox";
import { MORE_SECTIONS } from "../../src/taskpane/sections";
import { t } from "../../src/core/messages";

const BLOCKS = path.resolve(__dirname, "../fixtures/03-progress-blocks.xlsx");

let grid: Grid;
let paneMessages: string[];
let commands: typeof import("../../src/commands/commands");

function installExcel(from: Grid = grid): MockExcel {
  const m = mockExcel({
    name: from.sheet,
    origin: from.origin,
    values: from.values.map((row) => row.map((v) => (v !== null && typeof v === "object" ? null : v))),
    merged: from.merges.map((a) => `${from.sheet}!${rangeAddress(a)}`).join(","),
  });
  (global as any).Excel = m.excel;
  return m;
}

function savedCampaign(measureId?: string): SavedSettings {
  return {
    version: 1,
    campaign: makeCampaign({ from: serialFromYMD(2024, 8, 1), to: serialFromYMD(2024, 10, 30), nominalDays: 90 }),
    measureId,
    sheet: grid.sheet,
    source: "used",
  };
}

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(BLOCKS);
  grid = (findQuotaSheet(wb) as { grid?: Grid }).grid!;
  paneMessages = [];
  refuseLocalStorage();
  installOffice("vi-VN", null);
  // The module registers its buttons on Office.onReady when it loads.
  commands = await import("../../src/commands/commands");
  // The pane, mounted in the same runtime, listens in memory.
  listenForPaneMessages((text) => paneMessages.push(text));
});

afterAll(removeOffice);

beforeEach(() => { paneMessages = []; });

test("every button is registered under the manifest's function names", () => {
  expect(Object.keys(associated).sort()).toEqual(Object.values(commands.COMMAND_IDS).sort());
  expect(commands.COMMAND_IDS).toEqual({
    colour: "ColourLagging", report: "WriteReport", saveDay: "SaveDayFigures", week: "WeeklyReport", phase: "PhaseReport", allocation: "OpenAllocation",
  });
});

test("Phân bổ chỉ tiêu opens the pane at its section, with or without saved settings, and writes nothing", async () => {
  for (const saved of [null, savedCampaign()]) {
    installOffice("vi-VN", saved);
    const m = installExcel();
    const asked: string[] = [];
    const stop = listenForSectionRequests((id) => asked.push(id));
    const event = await press(commands.COMMAND_IDS.allocation);
    stop();
    expect(event.completed).toBe(1);
    expect(office.shown).toBe(1);
    expect(asked).toEqual(["allocation"]);
    // The id is a section the pane has, titled as the ribbon button is.
    const section = MORE_SECTIONS.find((s) => s.id === asked[0]);
    expect(section && t("vi", section.title)).toBe("Phân bổ chỉ tiêu");
    expect(m.added).toHaveLength(0);
    expect(m.source.rules).toHaveLength(0);
    expect(m.syncCount()).toBe(0);
  }
});

test("with saved settings, Tô màu colours the source sheet and says so (a silent ribbon invites a second click)", async () => {
  installOffice("vi-VN", savedCampaign("tai-khoan-dddt-muc-2"));
  const m = installExcel();
  const event = await press(commands.COMMAND_IDS.colour);
  expect(event.completed).toBe(1);
  expect(office.shown).toBe(1);
  expect(paneMessages.at(-1)).toContain(`Đã tô màu đơn vị chậm trên trang "${grid.sheet}"`);
  expect(m.added).toHaveLength(0);
  const rules = m.source.rules;
  expect(rules.length).toBeGreaterThan(0);
  // the saved measure (Tài khoản ĐDDT mức 2: columns G–I) is the one coloured
  for (const r of rules) expect(r.formula).toContain("$G");
});

test("with saved settings, Tạo báo cáo writes the report of the saved measure, shows it and says where", async () => {
  installOffice("vi-VN", savedCampaign("kich-hoat-dddt"));
  const m = installExcel();
  const event = await press(commands.COMMAND_IDS.report);
  expect(event.completed).toBe(1);
  expect(m.activeSheet()).toBe(m.added[0].name);
  expect(paneMessages.at(-1)).toContain(`Đã tạo trang báo cáo "${m.added[0].name}"`);
  // The report, and the day's figures kept in the history sheet (a report takes the day's snapshot).
  expect(m.added.map((s) => s.name)).toEqual([expect.stringMatching(/^Báo cáo \d\d-\d\d-\d{4}$/), "Lịch sử tiến độ"]);
  const written = JSON.stringify(m.added[0].ranges.filter((r) => r.formulas).map((r) => r.formulas));
  expect(written).toContain("BÁO CÁO TIẾN ĐỘ KÍCH HOẠT ĐDDT");
  expect(m.source.rules).toHaveLength(0);
});

test("Lưu số liệu ngày saves the day's figures in the history table and writes no report", async () => {
  installOffice("vi-VN", savedCampaign());
  const m = installExcel();
  const event = await press(commands.COMMAND_IDS.saveDay);
  expect(event.completed).toBe(1);
  expect(m.added.map((s) => s.name)).toEqual(["Lịch sử tiến độ"]);
  expect(m.added[0].tables).toHaveLength(1);
  // The table is on the history sheet though the clerk's sheet is the active one (tables.add with the sheet's name).
  expect(m.tables()).toEqual([{ name: "LichSuTienDo", sheet: "Lịch sử tiến độ", ref: expect.stringMatching(/^A1:E\d+$/) }]);
  // Said, so the clerk does not press again.
  expect(office.shown).toBe(1);
  expect(paneMessages.at(-1)).toMatch(/^Đã lưu số liệu ngày \d\d\/\d\d\/\d{4} vào trang "Lịch sử tiến độ"\.$/);
  expect(m.source.rules).toHaveLength(0);
});

test("an English Excel gets an English report from the ribbon", async () => {
  installOffice("en-US", savedCampaign());
  const m = installExcel();
  await press(commands.COMMAND_IDS.report);
  const written = JSON.stringify(m.added[0].ranges.filter((r) => r.formulas).map((r) => r.formulas));
  expect(written).toContain("PROGRESS REPORT");
});

test.each([
  ["nothing saved", null],
  ["a campaign without a start date", { ...({} as SavedSettings), version: 1 as const, campaign: makeCampaign() }],
])("with %s, both buttons open the pane and say what to set up", async (_, saved) => {
  for (const id of [commands.COMMAND_IDS.colour, commands.COMMAND_IDS.report]) {
    installOffice("vi-VN", saved);
    const m = installExcel();
    const event = await press(id);
    expect(event.completed).toBe(1);
    expect(office.shown).toBe(1);
    expect(m.added).toHaveLength(0);
    expect(m.source.rules).toHaveLength(0);
    expect(paneMessages.at(-1)).toMatch(/Chưa có thiết lập đã lưu/);
  }
});

describe("the ribbon's as-of day: clerks report in the morning for the day before", () => {
  afterEach(() => jest.useRealTimers());
  test.each([
    ["09:30 on 16/9/2024", "Báo cáo 15-09-2024", new Date(2024, 8, 16, 9, 30)],
    ["14:00 on 16/9/2024", "Báo cáo 16-09-2024", new Date(2024, 8, 16, 14, 0)],
  ])("at %s the report sheet is %s", async (_, sheetName, now) => {
    // only the clock is faked: the mock's sync still needs real timers
    jest.useFakeTimers({ now, doNotFake: ["setTimeout", "setInterval", "setImmediate", "nextTick", "queueMicrotask"] });
    installOffice("vi-VN", savedCampaign());
    const m = installExcel();
    await press(commands.COMMAND_IDS.report);
    expect(m.added.map((s) => s.name)).toEqual([sheetName, "Lịch sử tiến độ"]);
  });

  /** The fixture with the line clerks write under the title (its row 2 is empty). */
  const statingDataDate = (): Grid => ({ ...grid, values: grid.values.map((row, i) => (i === 1 ? ["Số liệu tính đến ngày 10/9/2024", ...row.slice(1)] : row)) });

  test.each([
    ["no day saved: the sheet's stated data date, as in the pane", undefined, "Báo cáo 10-09-2024"],
    ["a day saved (12/9/2024): it wins over the sheet's", serialFromYMD(2024, 9, 12)!, "Báo cáo 12-09-2024"],
  ])("at 14:00 on 16/9/2024, a sheet saying 'Số liệu tính đến ngày 10/9/2024', %s", async (_, saved, sheetName) => {
    jest.useFakeTimers({ now: new Date(2024, 8, 16, 14, 0), doNotFake: ["setTimeout", "setInterval", "setImmediate", "nextTick", "queueMicrotask"] });
    installOffice("vi-VN", { ...savedCampaign(), asOf: saved });
    const m = installExcel(statingDataDate());
    await press(commands.COMMAND_IDS.report);
    expect(m.added.map((s) => s.name)).toEqual([sheetName, "Lịch sử tiến độ"]);
  });

  test("Báo cáo tuần on that sheet: the week ends on the sheet's data date, the day the report counts to", async () => {
    jest.useFakeTimers({ now: new Date(2024, 8, 16, 14, 0), doNotFake: ["setTimeout", "setInterval", "setImmediate", "nextTick", "queueMicrotask"] });
    installOffice("vi-VN", savedCampaign());
    const m = installExcel(statingDataDate());
    await press(commands.COMMAND_IDS.week);
    expect(m.added.map((s) => s.name)).toEqual(["Báo cáo tuần 10-09-2024", "Lịch sử tiến độ"]);
    // The seven days up to 10/9/2024, not up to the clock's day.
    const written = JSON.stringify(m.added[0].ranges.filter((r) => r.formulas).map((r) => r.formulas));
    expect(written).toContain("Tuần từ 04/09/2024 đến 10/09/2024 (7 ngày)");
  });
});

describe("the ribbon with settings that no longer fit the workbook", () => {
  test("a saved measure the table no longer has: both buttons still work on every measure and say why", async () => {
    for (const id of [commands.COMMAND_IDS.colour, commands.COMMAND_IDS.report]) {
      installOffice("vi-VN", savedCampaign("cot-da-bi-xoa"));
      const m = installExcel();
      paneMessages = [];
      const event = await press(id);
      expect(event.completed).toBe(1);
      expect(m.added.length + m.source.rules.length).toBeGreaterThan(0);
      expect(office.shown).toBe(1);
      expect(paneMessages.join(" ")).toContain("cot-da-bi-xoa");
      expect(paneMessages.join(" ")).not.toMatch(/unexpected|Có lỗi/);
    }
  });

  test("a saved campaign whose dates are reversed: nothing is written and the pane says what to fix", async () => {
    const reversed = { ...savedCampaign(), campaign: makeCampaign({ from: serialFromYMD(2024, 10, 30), to: serialFromYMD(2024, 8, 1) }) };
    installOffice("vi-VN", reversed);
    const m = installExcel();
    await press(commands.COMMAND_IDS.report);
    expect(m.added).toHaveLength(0);
    expect(office.shown).toBe(1);
    expect(paneMessages.join(" ")).toMatch(/30\/10\/2024/);
  });
});

describe("the ribbon works on the table the pane read", () => {
  // Two tables on one sheet: the communes' (A1:D6) and, under it, the residential groups' (A9:D12).
  const twoTables = (): SourceSheet => ({
    name: "Hai bảng",
    origin: { row: 1, col: 1 },
    values: [
      ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"],
      ...[1, 2, 3, 4, 5].map((k) => [k, `Xã Một ${k}`, 1000, 100 * k]),
      [null, null, null, null],
      [null, null, null, null],
      ["STT", "Tổ dân phố", "Chỉ tiêu", "Đã thực hiện"],
      ...[1, 2, 3].map((k) => [k, `Tổ Hai ${k}`, 500, 40 * k]),
    ],
  });
  const savedSelection = (address?: string): SavedSettings => ({ ...savedCampaign(), sheet: "Hai bảng", source: "selection", address });

  function workbook(): MockExcel {
    const m = mockExcel(twoTables(), { sheets: [{ name: "Ghi chú", origin: { row: 1, col: 1 }, values: [["Họp giao ban thứ Hai"]] }] });
    (global as any).Excel = m.excel;
    m.activate("Ghi chú"); // the clerk is on another sheet when pressing the button
    return m;
  }

  test("colours: the rules cover the saved table's rows (A10:D12) only, though another sheet is active", async () => {
    installOffice("vi-VN", savedSelection("A9:D12"));
    const m = workbook();
    await press(commands.COMMAND_IDS.colour);
    const rows = m.source.rules.map((r) => parseArea(r.address));
    expect(rows.length).toBeGreaterThan(0);
    for (const a of rows) expect([a.top >= 10, a.bottom <= 12]).toEqual([true, true]);
    expect(m.intrusions()).toEqual([]);
  });

  test("the report holds the saved table's units, and Excel shows the report", async () => {
    installOffice("vi-VN", savedSelection("A9:D12"));
    const m = workbook();
    await press(commands.COMMAND_IDS.report);
    const written = JSON.stringify(m.added[0].ranges.filter((r) => r.formulas).map((r) => r.formulas));
    expect(written).toContain("Tổ Hai 3");
    expect(written).not.toContain("Xã Một");
    expect(m.activeSheet()).toBe(m.added[0].name);
  });

  test("settings saved before the address was kept: the pane opens asking for one report made in it (the run that saves the range), nothing written", async () => {
    installOffice("vi-VN", savedSelection(undefined));
    const m = workbook();
    await press(commands.COMMAND_IDS.report);
    expect(m.added).toHaveLength(0);
    // "Nhận dạng bảng" saves nothing; the pane's own "Tạo báo cáo" saves the range the ribbon needs.
    expect(paneMessages.at(-1)).toContain(`"${t("vi", { key: "pane.actions.report" })}"`);
  });

  test("two clicks before the first run ends: two reports under two names, both written whole", async () => {
    installOffice("vi-VN", savedCampaign());
    const m = installExcel();
    const [a, b] = await Promise.all([press(commands.COMMAND_IDS.report), press(commands.COMMAND_IDS.report)]);
    expect([a.completed, b.completed]).toEqual([1, 1]);
    const reports = m.added.filter((s) => s.name.startsWith("Báo cáo"));
    expect(reports.map((s) => s.name)).toEqual([expect.stringMatching(/^Báo cáo \d\d-\d\d-\d{4}$/), expect.stringMatching(/^Báo cáo \d\d-\d\d-\d{4} \(2\)$/)]);
    for (const r of reports) expect(r.ranges.some((x) => x.formulas)).toBe(true);
    // The second click is told it waits for the first, in the clerk's words.
    expect(paneMessages).toContain(t("vi", { key: "excel.ribbon.busy" }));
    expect(paneMessages.join(" ")).not.toMatch(/Có lỗi|unexpected/);
  });
});
