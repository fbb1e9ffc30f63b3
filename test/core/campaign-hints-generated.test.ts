// A seeded family of titles, notes and headers worded the way offices word them: every combination of prefix
// words, quote styles, comma or not, diacritics or not, case, date separators, 2- or 4-digit years, long-form or
// numeric dates, years written or taken from elsewhere, data dates and document dates. Each expectation is
// built from how the text was made, never from what the product reads.
import { readCampaignHints } from "../../src/core/campaign-hints";
import { serialFromYMD } from "../../src/core/dates";
import { t } from "../../src/core/messages";
import type { CellValue, DaySerial, Grid } from "../../src/core/types";
import { makeRng } from "../../scripts/corpus/prng";

type Pick = <T>(xs: readonly T[]) => T;

const TODAY = serialFromYMD(2026, 11, 26) as DaySerial;
const day = (y: number, m: number, d: number) => serialFromYMD(y, m, d) as DaySerial;
const ymd = (s: DaySerial) => {
  const date = new Date(Date.UTC(1899, 11, 30) + s * 86400000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
};

/** What a clerk without a Vietnamese keyboard types: no diacritics, đ → d. */
function stripDiacritics(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

interface DateStyle {
  sep: "/" | "." | "-";
  pad: boolean;
  shortYear: boolean;
  longForm: boolean;
}

/** One day as an office writes it; `withYear` false leaves the year out ("21/8"). */
function writeDay(s: DaySerial, style: DateStyle, withYear: boolean): string {
  const { y, m, d } = ymd(s);
  const two = (n: number) => (style.pad ? String(n).padStart(2, "0") : String(n));
  const year = style.shortYear ? String(y % 100).padStart(2, "0") : String(y);
  if (style.longForm) return `${two(d)} tháng ${two(m)}${withYear ? ` năm ${y}` : ""}`;
  return `${two(d)}${style.sep}${two(m)}${withYear ? `${style.sep}${year}` : ""}`;
}

interface Made {
  lines: string[];
  /** The header cell's text (a period may live there, "Chỉ tiêu vận động theo ngày từ 21/8 đến 29/8"). */
  headerCell: string;
  days: number | null;
  from: DaySerial | null;
  to: DaySerial | null;
  dataDate: DaySerial | null;
  dataDateKind: "stated" | "title" | "document" | null;
  /** The row (1-based) whose text holds each fact, to check the info line names the right cell. */
  daysRow: number | null;
  periodCell: string | null;
  dataDateRow: number | null;
  /** The year of a period whose two days have none comes from today (a warning). */
  yearFromToday: boolean;
}

function makeCase(seed: number): Made {
  const r = makeRng(seed).next;
  const pick: Pick = (xs) => xs[Math.floor(r() * xs.length)];
  const chance = (p: number) => r() < p;

  const year = pick([2023, 2024, 2025]);
  const start = day(year, 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 28));
  const span = pick([9, 22, 23, 30, 60, 90, 91]);
  const end = start + span - 1;
  const style: DateStyle = { sep: pick(["/", ".", "-"] as const), pad: chance(0.5), shortYear: chance(0.2), longForm: chance(0.25) };

  const withDays = chance(0.7);
  const days = withDays ? pick([span, span - 1, 22, 90]) : null;
  const daysText = days === null ? "" : pick([
    `${days} ngày đêm`, `“${days} ngày, đêm”`, `"${days} ngày đêm"`, `${days} ngày, đêm`, `“${days} ngày đêm”`, `${days} ngày và đêm`,
  ]);
  const prefix = pick(["Kế hoạch cao điểm", "Đợt cao điểm", "CHỈ TIÊU THU NHẬN HỒ SƠ CẤP CĂN CƯỚC, cao điểm", "Triển khai cao điểm", "Kết quả thực hiện đợt cao điểm"]);

  // Where the period is written: the title, a note line, or the header cell (its years then from elsewhere).
  const periodPlace = pick(["title", "note", "header"] as const);
  const startWord = pick(["từ ngày", "từ", "Từ ngày", "kể từ ngày", "bắt đầu từ ngày"]);
  const endWord = pick(["đến ngày", "đến hết ngày", "đến", "tới ngày"]);
  const yearsOnPeriod = periodPlace === "header" ? pick(["none", "end"] as const) : pick(["both", "end", "both"] as const);
  // Without an opening word the office writes a dash between two days ("(01/8/2024 - 30/10/2024)").
  const bare = periodPlace !== "header" && yearsOnPeriod !== "none" && !style.longForm && chance(0.15);
  const periodText = bare
    ? `${writeDay(start, style, yearsOnPeriod === "both")} ${pick(["-", "–", "đến"])} ${writeDay(end, style, true)}`
    : `${startWord} ${writeDay(start, style, yearsOnPeriod === "both")} ${endWord} ${writeDay(end, style, yearsOnPeriod !== "none")}`;
  const bracketed = bare || chance(0.3) ? `(${periodText})` : periodText;

  // The data date: stated, in a report's title, only as a referred document's date (the morning after), or none.
  const dataKind = pick(["stated", "title", "document", "none"] as const);
  const dataDay = Math.min(end, start + Math.floor(r() * span));
  const dataStyle: DateStyle = { ...style, longForm: chance(0.2) };
  const dataWithYear = yearsOnPeriod !== "none" ? chance(0.7) : true;
  let dataLine = "";
  let dataDate: DaySerial | null = null;
  if (dataKind === "stated") {
    const lead = pick(["tính đến ngày", "Số liệu đến 17h00 ngày", "tính đến 17 giờ ngày", "(Số liệu tính đến hết ngày", "Lũy kế đến ngày",
      "Số liệu tính đến 17h ngày", "Tính đến thời điểm 17h00' ngày", "span"]);
    // "Số liệu từ ngày 01/8/2024 đến ngày 15/9/2024": the data's span, whose end is the data date.
    dataLine = lead === "span"
      ? `${pick(["Số liệu", "Kết quả", "Lũy kế từ đầu đợt"])} từ ngày ${writeDay(start, dataStyle, dataWithYear)} đến ngày ${writeDay(dataDay, dataStyle, dataWithYear)}`
      : `${lead} ${writeDay(dataDay, dataStyle, dataWithYear)}${lead.startsWith("(") ? ")" : ""}`;
    dataDate = dataDay;
  } else if (dataKind === "title") {
    dataLine = `${pick(["BÁO CÁO KẾT QUẢ THU NHẬN HỒ SƠ", "Báo cáo tiến độ", "BÁO CÁO"])} NGÀY ${writeDay(dataDay, dataStyle, dataWithYear)}`;
    dataDate = dataDay;
  } else if (dataKind === "document") {
    const documentDay = dataDay + 1;
    const place = pick(["", "", "Mường Tè", "Lai Châu", "An Lão"]);
    // A referred report's number and date, or the document's own place-and-date line (always written in words).
    dataLine = place === ""
      ? `${pick(["Kèm theo Báo cáo số 12/BC-CAH", "(Kèm theo báo cáo số 215/BC-CAX", "Kèm theo Công văn số 7/CAT-PC06"])} ngày ${writeDay(documentDay, { ...dataStyle, longForm: false }, true)}`
      : `${place}, ngày ${writeDay(documentDay, { ...dataStyle, longForm: true }, true)}`;
    dataDate = dataDay;
  }

  // Where a year absent from the period comes from: another line (the data date, or the title's "năm").
  const yearLineNeeded = yearsOnPeriod === "none" && !(dataLine !== "" && dataWithYear);
  // A year on its own is the campaign's start year ("Đợt cao điểm năm 2024 … từ 20/12 đến 10/1").
  const yearSource = yearLineNeeded && chance(0.8) ? ` năm ${ymd(start).y}` : "";
  const title = `${prefix}${daysText ? ` ${daysText}` : ""}${periodPlace === "title" ? ` ${bracketed}` : ""}${yearSource}`;
  const lines = [title];
  if (dataLine) lines.push(dataLine);
  if (periodPlace === "note") lines.push(bracketed);
  // Noise an office also writes: the plan's reference, with its own date that is no data date.
  const noise = chance(0.4);
  if (noise) lines.push(`Thực hiện Kế hoạch số 125/KH-UBND ngày ${writeDay(Math.max(start - 10, 1), { ...style, longForm: false }, true)} của UBND huyện`);
  const headerCell = periodPlace === "header" ? `Chỉ tiêu vận động theo ngày ${periodText}` : "Chỉ tiêu";

  // A clerk's keyboard: diacritics or not, capitals or not, line by line.
  const keyboard = (s: string) => {
    let out = chance(0.3) ? stripDiacritics(s) : s;
    if (chance(0.2)) out = out.toLocaleUpperCase("vi");
    return out;
  };
  // No year anywhere: the start is put in today's year (and the clerk warned).
  const yearFromToday = yearsOnPeriod === "none" && !(dataLine !== "" && dataWithYear) && yearSource === "" && !noise;
  const yearShift = ymd(TODAY).y - ymd(start).y;
  const shift = (s: DaySerial) => (yearFromToday ? day(ymd(s).y + yearShift, ymd(s).m, ymd(s).d) : s);
  return {
    lines: lines.map(keyboard),
    headerCell: keyboard(headerCell),
    days,
    from: shift(start),
    to: shift(end),
    dataDate: dataDate === null ? null : shift(dataDate),
    dataDateKind: dataKind === "none" ? null : dataKind,
    daysRow: days === null ? null : 1,
    periodCell: periodPlace === "title" ? "A1" : periodPlace === "header" ? `C${lines.length + 2}` : `A${lines.indexOf(bracketed) + 1}`,
    dataDateRow: dataLine ? 2 : null,
    yearFromToday,
  };
}

function gridOf(made: Made): Grid {
  const values: CellValue[][] = made.lines.map((l) => [l]);
  values.push([]);
  values.push(["STT", "Đơn vị", made.headerCell, "Đã thực hiện"]);
  values.push([1, "Xã An Bình", 900, 400], [2, "Xã Tân Phong", 800, 300], [null, "Tổng", 1700, 700]);
  return { sheet: "Sheet1", origin: { row: 1, col: 1 }, values, merges: [], hiddenRows: [], hiddenCols: [] };
}

// HINT_CASES=5000 runs a larger family by hand; the suite keeps 600.
const CASES = Array.from({ length: Number(process.env.HINT_CASES ?? 600) }, (_, i) => 9000 + i);

describe("the campaign from the sheet's own words: a generated family of titles", () => {
  test.each(CASES)("seed %i", (seed) => {
    const made = makeCase(seed);
    const hints = readCampaignHints(gridOf(made), TODAY);
    const context = made.lines.join(" ¶ ") + ` ¶ [header] ${made.headerCell}`;
    expect({ context, days: hints.campaign.nominalDays ?? null }).toEqual({ context, days: made.days });
    expect({ context, from: hints.campaign.from ?? null, to: hints.campaign.to ?? null }).toEqual({ context, from: made.from, to: made.to });
    expect({ context, dataDate: hints.dataDate, kind: hints.dataDateSource }).toEqual({ context, dataDate: made.dataDate, kind: made.dataDateKind });

    // Each fact says which cell it was read from, in words a clerk reads.
    const noteAt = (prefix: string) => hints.notes.find((n) => n.code.startsWith(prefix) && !n.code.includes("year"));
    if (made.days !== null) expect(noteAt("hint-days")?.cell).toBe(`A${made.daysRow}`);
    expect(noteAt("hint-period")?.cell).toBe(made.periodCell);
    if (made.dataDateRow !== null) expect(noteAt("hint-data-date")?.cell).toBe(`A${made.dataDateRow}`);
    for (const n of hints.notes) for (const lang of ["vi", "en"] as const) expect(t(lang, n.msg)).not.toMatch(/\{\w+\}/);
    // A year guessed from today is said as a warning; a year read on the sheet is not a guess.
    expect(hints.notes.some((n) => n.severity === "warning" && n.code.endsWith("year-today"))).toBe(made.yearFromToday);
  });

  test("the family covers what it claims: every form appears", () => {
    const all = CASES.map(makeCase);
    const text = all.map((m) => `${m.lines.join("\n")}\n${m.headerCell}`).join("\n");
    for (const needle of ["“", ", đêm", "ngay dem", "tháng", "NGÀY", "Kèm theo", "17h00", "17 giờ", "đến hết ngày", "(từ", "năm 20", " – ", "thời điểm", "Số liệu từ ngày", "Mường Tè, ngày"]) {
      expect({ needle, found: text.includes(needle) }).toEqual({ needle, found: true });
    }
    for (const sep of [/\d\.\d+\.\d/, /\d-\d+-\d/, /\d\/\d+\/\d{2}\b/]) expect(sep.test(text)).toBe(true);
    expect(all.filter((m) => m.dataDateKind === "document").length).toBeGreaterThan(50);
    expect(all.filter((m) => m.yearFromToday).length).toBeGreaterThan(0);
  });
});

describe("phases", () => {
  const phaseGrid = (title: string): Grid => gridOf({ ...makeCase(1), lines: [title], headerCell: "Chỉ tiêu" });
  test.each([
    ["Đợt 1: từ 01/8 đến 30/8/2024; Đợt 2: từ 01/9 đến 30/10/2024", [["Đợt 1", day(2024, 8, 1), day(2024, 8, 30)], ["Đợt 2", day(2024, 9, 1), day(2024, 10, 30)]]],
    ["Dot 1 tu 15.12.2024 den 10.1.2025, dot 2 tu ngay 11/01 den het ngay 28/02/2025", [["Đợt 1", day(2024, 12, 15), day(2025, 1, 10)], ["Đợt 2", day(2025, 1, 11), day(2025, 2, 28)]]],
    ["GIAI ĐOẠN I (từ ngày 01 tháng 6 đến ngày 30 tháng 6 năm 2023)", [["Giai đoạn I", day(2023, 6, 1), day(2023, 6, 30)]]],
  ] as const)("%s", (title, expected) => {
    const hints = readCampaignHints(phaseGrid(title), TODAY);
    expect(hints.campaign.phases).toEqual(expected.map(([name, from, to]) => ({ name, from, to })));
    // Without a period of its own, the campaign runs from the first phase's start to the last phase's end.
    expect([hints.campaign.from, hints.campaign.to]).toEqual([expected[0][1], expected[expected.length - 1][2]]);
  });
});

describe("dates that are not the campaign's", () => {
  test.each([
    "Thực hiện Kế hoạch số 125/KH-UBND ngày 20/7/2024 của UBND huyện",
    "Căn cứ Công văn số 45/CAT ngày 01/8/2024",
    "Tổ dân phố 5",
    "Đơn vị tính: hồ sơ (cập nhật 2024)",
  ])("%s gives nothing", (line) => {
    const hints = readCampaignHints(gridOf({ ...makeCase(2), lines: [line], headerCell: "Chỉ tiêu" }), TODAY);
    expect([hints.campaign, hints.dataDate]).toEqual([{}, null]);
  });
});

describe("the sheet's name", () => {
  test("'Cao điểm 22 ngày đêm (3-6 đến 25-6-2023)' as a sheet name gives the days and the period, said as the sheet's name", () => {
    const grid = { ...gridOf({ ...makeCase(3), lines: ["BẢNG TỔNG HỢP"], headerCell: "Chỉ tiêu" }), sheet: "Cao điểm 22 ngày đêm (3-6 đến 25-6-2023)" };
    const hints = readCampaignHints(grid, TODAY);
    expect(hints.campaign).toMatchObject({ nominalDays: 22, from: day(2023, 6, 3), to: day(2023, 6, 25) });
    const days = hints.notes.find((n) => n.code === "hint-days");
    expect(days?.cell).toBeNull();
    expect(t("vi", days!.msg)).toContain("tên trang “Cao điểm 22 ngày đêm (3-6 đến 25-6-2023)”");
    expect(t("en", days!.msg)).toContain("the sheet name");
  });
});

test("day columns in one header row ('Kết quả ngày 13/9 | … 14/9 | … 15/9'): the latest is the data date", () => {
  const grid: Grid = {
    sheet: "Tiến độ", origin: { row: 1, col: 1 }, merges: [], hiddenRows: [], hiddenCols: [],
    values: [["Cao điểm từ 01/9/2024 đến 30/9/2024"], [], ["STT", "Đơn vị", "Chỉ tiêu", "Kết quả ngày 13/9", "Kết quả ngày 14/9", "Kết quả ngày 15/9"], [1, "Xã A", 100, 1, 2, 3]],
  };
  const hints = readCampaignHints(grid, TODAY);
  expect([hints.dataDate, hints.notes.find((n) => n.code.startsWith("hint-data-date"))?.cell]).toEqual([day(2024, 9, 15), "F3"]);
});
