// The week's and the phase's picture in the pane, in Debian's chromium over a stand-in Excel: after "Báo cáo
// tuần" (then "Báo cáo đợt") the results offer that period's picture, drawn by core's period picture (the one
// `report --image --week/--phase` draws), 1080 px wide, read back with tesseract: each commune's results within
// the period against its whole-people share of the target, as this test works them out from the day sheets.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { ARTIFACTS, panePerFile, pngOf, unfold } from "./harness";

const openPane = panePerFile();

type Row = (string | number | null)[];
/** 30 days (01/9 to 30/9/2024); each commune does `pace` a day, so its cumulative on day d is pace × d. */
const UNITS = [
  { name: "Xã An Bình", target: 600, pace: 12 },
  { name: "Xã Tân Phú", target: 450, pace: 20 },
  { name: "Phường Hòa Lợi", target: 900, pace: 25 },
];
const DAY = 20;

function dayValues(d: number): Row[] {
  return [
    [`BÁO CÁO KẾT QUẢ THU NHẬN HỒ SƠ CẤP CĂN CƯỚC NGÀY ${d}/9/2024`, null, null, null],
    ["Đợt 1: từ 01/9 đến 15/9/2024; Đợt 2: từ 16/9 đến 30/9/2024", null, null, null],
    ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"],
    ...UNITS.map((u, i) => [i + 1, u.name, u.target, u.pace * d]),
  ];
}

const sheet = (d: number) => ({ name: `${d}-9`, origin: { row: 1, col: 1 }, values: dayValues(d), merges: [] });
const book = { sheets: [sheet(DAY), ...Array.from({ length: DAY - 1 }, (_, i) => sheet(i + 1))] };

/** Half up, as the period's target is rounded and the picture's percentages shown (one decimal, comma). */
const halfUp = (x: number) => Math.floor(x + 0.5);
const percentText = (done: number, target: number) => {
  const tenths = halfUp((done * 1000) / target);
  return `${Math.floor(tenths / 10)},${tenths % 10}%`;
};
/** Each commune's line in a period of `days` days, `elapsed` of them up to the as-of day: "done/target" and the share. */
function expectedLines(days: number, elapsed: number): string[][] {
  return UNITS.map((u) => {
    const target = halfUp((u.target * days) / 30);
    const done = u.pace * elapsed;
    return [u.name, `${done}/${target}`, percentText(done, target)];
  });
}

const squeeze = (s: string) => s.normalize("NFC").replace(/\s+/g, "");
const hasTesseract = spawnSync("sh", ["-c", "command -v tesseract"]).status === 0;

/** Clicks the picture button, saves the first picture and the pane; returns the OCR lines (null without tesseract). */
async function pictureOf(page: Page, button: string, name: string): Promise<string[] | null> {
  await page.getByRole("button", { name: button }).click();
  const picture = page.getByRole("img", { name: "Ảnh báo cáo" }).first();
  await picture.waitFor();
  const png = await pngOf(picture);
  expect(png.readUInt32BE(16)).toBe(1080);
  const file = path.join(ARTIFACTS, `${name}.png`);
  fs.writeFileSync(file, png);
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}-shown.png`), fullPage: true });
  // Saving is offered beside copying, with the period's file name.
  expect(await page.getByRole("link", { name: "Lưu ảnh" }).first().getAttribute("download")).toMatch(/^anh-bao-cao-(tuan|dot)-1\.png$/);
  if (!hasTesseract && !process.env.CI) return null;
  return execFileSync("tesseract", [file, "-", "-l", "vie", "--psm", "6"], { stdio: ["ignore", "pipe", "ignore"] }).toString().split("\n").map(squeeze);
}

const missingFrom = (lines: string[], expected: string[][]) => expected.filter((parts) => !lines.some((l) => parts.every((p) => l.includes(squeeze(p)))));

test("after Báo cáo tuần, then Báo cáo đợt, the pane draws that period's picture with each commune's period figures", async () => {
  const page = await openPane(360, book);
  await page.getByRole("button", { name: "Nhận dạng bảng trên trang tính" }).click();
  await page.getByText(/^Bảng: trang/).waitFor();
  await page.locator('input[name="from"]').fill("01/09/2024");
  await page.locator('input[name="to"]').fill("30/09/2024");
  await page.locator('input[name="asOf"]').fill(`${DAY}/9/2024`);
  await unfold(page, "Báo cáo khác: lưu số liệu ngày, tuần, đợt");

  await page.getByRole("button", { name: "Báo cáo tuần" }).click();
  await page.getByText(/Đã tạo trang báo cáo/).waitFor();
  // The week ending 20/9: 14/9 to 20/9, 7 days, all elapsed.
  const week = await pictureOf(page, "Ảnh báo cáo tuần (gửi nhóm Zalo)", "pane-week-picture");
  if (week) expect(missingFrom(week, expectedLines(7, 7))).toEqual([]);

  // Đợt 2 (16/9 to 30/9, 15 days) is the as-of day's phase: 5 days elapsed.
  await page.getByRole("button", { name: "Báo cáo đợt", exact: true }).click();
  await page.getByText(/Đã tạo trang báo cáo/).first().waitFor();
  await page.getByRole("button", { name: "Ảnh báo cáo đợt (gửi nhóm Zalo)" }).waitFor();
  const phase = await pictureOf(page, "Ảnh báo cáo đợt (gửi nhóm Zalo)", "pane-phase-picture");
  if (phase) expect(missingFrom(phase, expectedLines(15, 5))).toEqual([]);
  await page.context().close();
}, 240000);
