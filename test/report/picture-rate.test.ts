// A target share ("tối thiểu 30% hồ sơ trực tuyến") in the report picture, as the report sheet shows it: achieved
// over base, the share reached, the target share, the files still missing, the colours said against the share;
// no daily target, pace or expected figure. Every figure below is worked out by hand from the rows.
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import { reportPictures } from "../../src/core/report/picture";
import { rasterise } from "../../src/cli/report-picture";
import { shareAnalysis } from "./share-table";

// By hand from SHARE_UNITS: share = done ÷ base; gap = ⌈0,3 × base⌉ − done (never below 0); ranked by share ÷ 30 %.
// Hòa Bình 30,0 % (gap 0, reached), Đông Hưng 28,0 % (⌈30⌉ − 28 = 2), Tân Phong 22,5 % (⌈12⌉ − 9 = 3).
const EXPECTED_ROWS = [
  ["1", "Xã Hòa Bình", "3/10", "30,0%", "30%", "0"],
  ["2", "Phường Đông Hưng", "28/100", "28,0%", "30%", "2"],
  ["3", "Xã Tân Phong", "9/40", "22,5%", "30%", "3"],
];
// The whole: 40 of 150 = 26,7 %; ⌈0,3 × 150⌉ − 40 = 5.
const WHOLE = ["26,7%", "(40/150)", "30%", "còn thiếu 5 hồ sơ"];

function texts(svg: string): string[] {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  return Array.from(doc.getElementsByTagName("text")).map((n) => n.textContent ?? "");
}

const analysis = shareAnalysis();

describe("a target share in the report picture", () => {
  const parts = reportPictures(analysis, { lang: "vi" });
  const drawn = texts(parts[0].svg);

  test("is one picture of the share's measure", () => {
    expect(analysis.table.measures.map((m) => [m.kind, m.targetRate])).toEqual([["rate", 0.3]]);
    expect(parts).toHaveLength(1);
    expect(parts[0].units).toEqual(EXPECTED_ROWS.map((r) => r[1]));
  });

  test("each unit's row: rank, name, achieved/base, share, target share, still needed", () => {
    for (const row of EXPECTED_ROWS) {
      const at = drawn.indexOf(row[1]);
      expect(drawn.slice(at - 1, at + 5)).toEqual(row);
    }
    // The headers, each wrapped at its spaces.
    expect(drawn.join(" ")).toContain("Hạng Đơn vị Số đạt / Tổng số Tỷ lệ Chỉ tiêu (%) Còn thiếu");
    // The total's figures whole, not broken inside a figure.
    const total = drawn.indexOf("Tổng cộng");
    expect(drawn.slice(total, total + 5)).toEqual(["Tổng cộng", "40/150", "26,7%", "30%", "5"]);
  });

  test("the whole's share against the target in the heading, the colours said against the share", () => {
    const heading = drawn.join(" ");
    for (const piece of WHOLE) expect(heading).toContain(piece);
    expect(heading).toContain("Chú giải màu (tỷ lệ đạt so với tỷ lệ chỉ tiêu)");
    expect(heading).toContain("Đã đạt tỷ lệ chỉ tiêu");
    // Nothing a share has no use for: no pace, daily target or count target of the campaign's days.
    expect(heading).not.toMatch(/dự kiến|mỗi ngày|01 ngày|Tiến độ so với/);
  });

  test("drawn to PNG for a look (kept in test-artifacts)", () => {
    const dir = path.resolve(__dirname, "../../test-artifacts");
    fs.mkdirSync(dir, { recursive: true });
    const png = rasterise(parts[0].svg);
    fs.writeFileSync(path.join(dir, "picture-rate.png"), png);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  });
});
