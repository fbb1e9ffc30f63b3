// Next month's wording is one line in the vocabulary, even added at run time: the reader follows a new heading
// wording, a new total-row word (with a first letter no other total has) and a new data-date phrase, and reads
// the same sheet otherwise without them. The sheets are made so that the words, not the figures, decide.
import { readQuotaTable } from "../../src/core/read";
import { readCampaignHints } from "../../src/core/campaign-hints";
import { serialOfParts } from "../../src/core/dates";
import { ROLE_RULES } from "../../src/core/vocabulary/roles";
import { TOTAL_WORDINGS } from "../../src/core/vocabulary/rows";
import { CAMPAIGN_PHRASES } from "../../src/core/vocabulary/campaign-phrases";
import type { CellValue, Grid, QuotaTable } from "../../src/core/types";

const grid = (values: CellValue[][]): Grid => ({ sheet: "BC", origin: { row: 1, col: 1 }, values, merges: [], hiddenRows: [], hiddenCols: [] });
function read(values: CellValue[][]): QuotaTable {
  const r = readQuotaTable(grid(values));
  if (!r.ok) throw new Error(r.msg.key);
  return r.table;
}

/** Adds a line to a table for one test, and takes it out again whatever happens. */
function withLine<T>(list: T[], line: T, run: () => void): void {
  list.push(line);
  try {
    run();
  } finally {
    list.splice(list.indexOf(line), 1);
  }
}

describe("a heading wording", () => {
  // "Nộp về" (files sent up to the district): the result in one office's words. Unknown, it is read as a second
  // target of its own; the figures (each below its target) cannot say otherwise.
  const sheet: CellValue[][] = [["STT", "Đơn vị", "Chỉ tiêu", "Nộp về"], [1, "An Hòa", 100, 40], [2, "Lê Lợi", 80, 30], [3, "Kim Sơn", 60, 20]];
  const shape = (t: QuotaTable) => t.measures.map((m) => m.columns);

  test("unknown, 'Nộp về' is not read as the result of the target beside it", () => {
    const t = read(sheet);
    expect(shape(t)).toEqual([{ target: 3 }, { target: 4 }]);
    expect(t.warnings.map((w) => w.msg.key)).toContain("reader.unnamed-column");
  });

  test("one result phrase added to roles.ts: one measure, target in C, done in D", () => {
    withLine(ROLE_RULES, { role: "done", note: "files sent up", score: 60, phrases: ["nop ve"] }, () => {
      const t = read(sheet);
      expect(shape(t)).toEqual([{ target: 3, done: 4 }]);
      const id = t.measures[0].id;
      expect(t.units.map((u) => [u.name, u.values[id].target, u.values[id].done])).toEqual([["An Hòa", 100, 40], ["Lê Lợi", 80, 30], ["Kim Sơn", 60, 20]]);
      expect(t.warnings.map((w) => w.msg.key)).not.toContain("reader.unnamed-column");
    });
  });
});

describe("a total-row word starting with a letter no other total starts with", () => {
  // The clerk's total is wrong (250 for 240), so its figures do not give it away: only its words can.
  const sheet: CellValue[][] = [
    ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"], [1, "An Hòa", 100, 40], [2, "Lê Lợi", 80, 30], [3, "Kim Sơn", 60, 20], [null, "Gộp toàn bộ", 250, 90],
  ];

  test("unknown, 'Gộp toàn bộ' is read as a fourth unit", () => {
    const t = read(sheet);
    expect(t.units.map((u) => u.name)).toEqual(["An Hòa", "Lê Lợi", "Kim Sơn", "Gộp toàn bộ"]);
    expect(t.totals).toEqual([]);
  });

  test("one wording added to rows.ts: the row is the total, and its wrong sum is pointed out", () => {
    withLine(TOTAL_WORDINGS, { openers: ["gộp", "gop"], next: ["toàn bộ", "toan bo", "chung"] }, () => {
      const t = read(sheet);
      expect(t.units.map((u) => u.name)).toEqual(["An Hòa", "Lê Lợi", "Kim Sơn"]);
      expect(t.totals.map((u) => u.name)).toEqual(["Gộp toàn bộ"]);
      expect(t.warnings.map((w) => w.code)).toContain("total-mismatch");
    });
  });
});

describe("a data-date phrase", () => {
  // "Chốt sổ ngày 15/9/2024" (books closed on): the day the figures are counted to, in an office's own words.
  const sheet = grid([["BÁO CÁO TIẾN ĐỘ CẤP CĂN CƯỚC"], ["Chốt sổ ngày 15/9/2024"], ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"], [1, "An Hòa", 100, 40]]);
  const today = serialOfParts({ d: 20, m: 9, y: 2024 })!;

  test("unknown, the line gives no data date", () => {
    expect(readCampaignHints(sheet, today).dataDate).toBeNull();
  });

  test("one lead added to campaign-phrases.ts: the data date is 15/9/2024", () => {
    withLine(CAMPAIGN_PHRASES.dataDateLead, "chốt sổ ngày", () => {
      expect(readCampaignHints(sheet, today).dataDate).toBe(serialOfParts({ d: 15, m: 9, y: 2024 }));
    });
  });
});
