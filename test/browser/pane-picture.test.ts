// "Ảnh báo cáo" in the pane, in Debian's chromium over a stand-in Excel: the pictures drawn in the browser from the
// same SVG as the command line's, with the font from the add-in's own files (every other request is refused),
// 1080 px wide, read back with tesseract: every unit's name and completion as this test computes them.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ARTIFACTS, panePerFile, pngOf, unfold } from "./harness";

const openPane = panePerFile();

const UNITS: [string, number, number][] = [["Xã An Bình", 600, 240], ["Xã Tân Phú", 450, 400], ["Phường Hòa Lợi", 900, 380], ["Thị trấn Đồng Văn", 700, 90]];

const book = {
  sheets: [{
    name: "Tiến độ", origin: { row: 1, col: 1 }, merges: [],
    values: [
      ["BÁO CÁO TIẾN ĐỘ THU NHẬN HỒ SƠ CCCD, số liệu đến ngày 15/9/2024", null, null, null],
      ["(Đợt cao điểm 30 ngày đêm, từ ngày 01/9/2024 đến ngày 30/9/2024)", null, null, null],
      ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"],
      ...UNITS.map(([name, target, done], i) => [i + 1, name, target, done]),
    ],
  }],
};

const percentText = (done: number, target: number) => {
  const tenths = Math.floor((done * 1000) / target + 0.5);
  return `${Math.floor(tenths / 10)},${tenths % 10}%`;
};
const squeeze = (s: string) => s.normalize("NFC").replace(/\s+/g, "");
const hasTesseract = spawnSync("sh", ["-c", "command -v tesseract"]).status === 0;

test("the report picture is drawn in the pane, 1080 px wide, every unit's name and completion readable", async () => {
  const page = await openPane(360, book);
  await page.getByRole("button", { name: "Nhận dạng bảng trên trang tính" }).click();
  await page.getByText(/^Bảng: trang/).waitFor();
  await page.getByRole("button", { name: "Tạo báo cáo" }).click();
  await page.getByText(/Đã tạo trang báo cáo/).waitFor();
  // The picture is drawn from the results, a folded section of the pane: the clerk opens it.
  await unfold(page, "Kết quả từng đơn vị");
  await page.getByRole("button", { name: "Ảnh báo cáo (gửi nhóm Zalo)" }).click();
  const picture = page.getByRole("img", { name: "Ảnh báo cáo" });
  await picture.waitFor();
  const png = await pngOf(picture);
  expect(png.readUInt32BE(16)).toBe(1080);
  const file = path.join(ARTIFACTS, "pane-picture.png");
  fs.writeFileSync(file, png);
  await page.screenshot({ path: path.join(ARTIFACTS, "pane-picture-shown.png"), fullPage: true });
  if (!hasTesseract && !process.env.CI) return;
  const lines = execFileSync("tesseract", [file, "-", "-l", "vie", "--psm", "6"], { stdio: ["ignore", "pipe", "ignore"] }).toString().split("\n").map(squeeze);
  const missing = UNITS.filter(([name, target, done]) => !lines.some((l) => l.includes(squeeze(name)) && l.includes(percentText(done, target))));
  expect(missing).toEqual([]);
}, 180000);
