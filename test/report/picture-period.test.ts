// The period report's pictures built in core: a week of a 90-day campaign without earlier figures says why its
// results are blank and shows each unit's share of the target in whole people (7/90 of it, half up), the total
// the sum of those, never a made-up 0 %; a target share says it is not cut by the week and shows its share table.
import { DOMParser } from "@xmldom/xmldom";
import { analyzePeriod, weekEndingOn } from "../../src/core/history/period";
import { periodPictures } from "../../src/core/report/picture/period";
import { sampleAnalysis, UNITS } from "./sample-analysis";
import { shareAnalysis } from "./share-table";

function texts(svg: string): string[] {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  return Array.from(doc.getElementsByTagName("text")).map((n) => n.textContent ?? "");
}

test("a week without earlier figures: blank results, whole-people targets, the reason in words", () => {
  const analysis = sampleAnalysis();
  const parts = periodPictures(analysis, analyzePeriod(analysis, weekEndingOn(analysis.asOf)), { lang: "vi" });
  expect(parts).toHaveLength(1);
  const drawn = texts(parts[0].svg);
  const joined = drawn.join(" ");
  expect(joined).toContain("BÁO CÁO TUẦN: THU NHẬN HỒ SƠ CCCD");
  expect(joined).toContain("Tuần từ 09/09/2024 đến 15/09/2024 (7 ngày)");
  expect(joined).toContain("Chưa có số liệu các ngày trước");
  // 7 of the campaign's 90 days, half up: 497 → 38,66 → 39 …
  const shares = UNITS.map(([, target]) => Math.floor((target * 7) / 90 + 0.5));
  UNITS.forEach(([name], i) => expect(drawn[drawn.indexOf(name) + 1]).toBe(`/${shares[i]}`));
  const total = drawn.indexOf("Tổng cộng");
  // A count over a thousand as the picture writes it: "1.026".
  expect(drawn[total + 1]).toBe(`/${shares.reduce((s, n) => s + n, 0).toLocaleString("de-DE")}`);
  expect(joined).not.toContain("0,0%");
});

test("a target share in the week's picture: the words, then the share table to the data date", () => {
  const analysis = shareAnalysis();
  const [part] = periodPictures(analysis, analyzePeriod(analysis, weekEndingOn(analysis.asOf)), { lang: "vi" });
  const drawn = texts(part.svg);
  const joined = drawn.join(" ");
  expect(joined).toContain("là tỷ lệ (30% trên tổng số hồ sơ), không chia theo tuần");
  expect(joined).toContain("26,7% (40/150), chỉ tiêu 30%");
  const at = drawn.indexOf("Xã Tân Phong");
  expect(drawn.slice(at, at + 5)).toEqual(["Xã Tân Phong", "9/40", "22,5%", "30%", "3"]);
  expect(joined).not.toContain("Chỉ tiêu trong kỳ");
});
