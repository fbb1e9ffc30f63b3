// The ribbon and the pane plan their runs through core, as the command line does: a phase the plan gives without
// a name is reported as "Đợt n" (the command line's name for it), the week report is the week ending on the day,
// and the period's own warning (the history starts after the period's first day) reaches the clerk in Excel, not
// only in the report's figures. The workbook: day sheets 18-9, 19-9 and 20-9 only, so any period beginning before
// 18/9 has no baseline; the saved campaign's phases carry no names.
import { makeCampaign } from "../../src/core/campaign";
import { serialFromYMD } from "../../src/core/dates";
import { analyseAndWrite } from "../../src/excel/actions";
import type { SavedSettings } from "../../src/excel/settings";
import { listenForPaneMessages } from "../../src/commands/pane-inbox";
import { mockExcel } from "./mock/workbook";
import type { SourceSheet } from "./mock/source";
import { installOffice, press, refuseLocalStorage, removeOffice } from "../support/ribbon-office";
import { written } from "../support/written-cells";

type Row = (string | number | null)[];
const sept = (d: number) => serialFromYMD(2024, 9, d) as number;
const FIRST_DAY = 18;
const TODAY = 20;

const UNITS = [
  { name: "Xã An Bình", target: 600, pace: 12 },
  { name: "Xã Tân Phú", target: 450, pace: 20 },
];

function dayValues(d: number): Row[] {
  return [
    [`BÁO CÁO KẾT QUẢ THU NHẬN HỒ SƠ CẤP CĂN CƯỚC NGÀY ${d}/9/2024`, null, null, null],
    ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"],
    ...UNITS.map((u, i) => [i + 1, u.name, u.target, u.pace * d]),
  ];
}

/** Two phases with no names of their own: "Đợt 1" 1–15/9, "Đợt 2" 16–30/9 as a clerk would call them. */
const campaign = makeCampaign({
  from: sept(1), to: sept(30), phases: [{ name: "", from: sept(1), to: sept(15) }, { name: "", from: sept(16), to: sept(30) }],
});

function installWorkbook() {
  const sheets: SourceSheet[] = [];
  for (let d = FIRST_DAY; d < TODAY; d++) sheets.push({ name: `${d}-9`, origin: { row: 1, col: 1 }, values: dayValues(d) });
  const m = mockExcel({ name: `${TODAY}-9`, origin: { row: 1, col: 1 }, values: dayValues(TODAY) }, { sheets });
  (global as any).Excel = m.excel;
  return m;
}

let paneMessages: string[] = [];
let commands: typeof import("../../src/commands/commands");

beforeAll(async () => {
  const saved: SavedSettings = { version: 1, campaign, sheet: `${TODAY}-9`, source: "used", asOf: sept(TODAY) };
  refuseLocalStorage();
  installOffice("vi-VN", saved);
  commands = await import("../../src/commands/commands");
  listenForPaneMessages((text) => paneMessages.push(text));
});

afterAll(removeOffice);

beforeEach(() => { paneMessages = []; });

const lateStart = (from: number) => `Lịch sử bắt đầu từ ngày ${FIRST_DAY}/09/2024, sau ngày bắt đầu kỳ ${String(from).padStart(2, "0")}/09/2024`;

test("the ribbon's phase report: the unnamed phase of the day is 'Đợt 2', and the late history is said in the pane", async () => {
  const m = installWorkbook();
  await press(commands.COMMAND_IDS.phase);
  expect(m.added.map((s) => s.name)).toEqual(["Báo cáo đợt 20-09-2024", "Lịch sử tiến độ"]);
  expect(String(written(m.added[0], 1, 1))).toContain("BÁO CÁO KẾT QUẢ ĐỢT 2");
  expect(String(written(m.added[0], 2, 1))).toContain("Đợt 2: từ 16/09/2024 đến 30/09/2024 (15 ngày)");
  expect(paneMessages).toHaveLength(1);
  expect(paneMessages[0]).toContain(lateStart(16));
});

test("the ribbon's week report: the week ending on the day, and the late history is said in the pane", async () => {
  const m = installWorkbook();
  await press(commands.COMMAND_IDS.week);
  expect(m.added.map((s) => s.name)).toEqual(["Báo cáo tuần 20-09-2024", "Lịch sử tiến độ"]);
  // The week is the seven days ending on the day: 14/9 to 20/9.
  expect(paneMessages[0]).toContain(lateStart(14));
});

test("the pane's phase report, picked by number: named 'Đợt 2' as the command line names it, the warning in its notes", async () => {
  const m = installWorkbook();
  // As the pane asks (pane-state.ts): the form's campaign and day, the picked phase's number.
  const result = await analyseAndWrite({
    source: "used", sheet: `${TODAY}-9`, lang: "vi", campaign, asOf: sept(TODAY), colour: false, report: true,
    history: { save: true, period: { kind: "phase", number: 2 } },
  });
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.reportSheet).toBe("Báo cáo đợt 20-09-2024");
  expect(String(written(m.added[0], 1, 1))).toContain("BÁO CÁO KẾT QUẢ ĐỢT 2");
  expect(String(written(m.added[0], 2, 1))).toContain("Đợt 2: từ 16/09/2024 đến 30/09/2024 (15 ngày)");
  expect(result.notes).toContainEqual({
    key: "history.period.noBaseline", params: { first: `${FIRST_DAY}/09/2024`, from: "16/09/2024" },
  });
});

test("the pane's phase report asking for a phase the plan lacks: nothing written, one message", async () => {
  const m = installWorkbook();
  const result = await analyseAndWrite({
    source: "used", sheet: `${TODAY}-9`, lang: "vi", campaign, asOf: sept(TODAY), colour: false, report: true,
    history: { save: true, period: { kind: "phase", number: 3 } },
  });
  expect(result).toEqual({ ok: false, msg: { key: "history.period.noPhase", params: { n: "3" } } });
  expect(m.added).toHaveLength(0);
});
