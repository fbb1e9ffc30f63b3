// The vocabulary over FAMILIES of wordings: every combination of the words an office writes, typed with or
// without diacritics, in capitals, with stray spaces and the OCR damage seen on scanned plans. Each family is
// built from its pieces here; the expected meaning comes from how the wording was made, not from the reader.
import { columnMeaning, isUnitHeader, roleCandidates } from "../../src/core/read/column-roles";
import { isNoteLabel, isSubtotalLabel, isTotalLabel } from "../../src/core/read/row-kinds";
import { groupKey, normalize, normalizeLabel, normalizeText, foldText } from "../../src/core/vocabulary";
import type { Role } from "../../src/core/types";

/** Every way a clerk or a scanner writes the same header. */
function spellings(text: string): string[] {
  const ascii = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[Đđ]/g, (c) => (c === "Đ" ? "D" : "d"));
  return [text, ascii, text.toUpperCase(), ` ${text.replace(/ /g, "  ")} `, text.replace(/Đ/g, "Ð"), ascii.replace(/^D/, "P")];
}

/** All combinations of the pieces, each a list of alternatives, joined by spaces (empty pieces dropped). */
function combine(...pieces: string[][]): string[] {
  return pieces.reduce<string[]>((acc, alts) => acc.flatMap((a) => alts.map((b) => `${a} ${b}`.trim())), [""]);
}

const role = (...parts: string[]) => {
  const m = columnMeaning(parts);
  return m.kind === "measure" ? (m.explicit ? m.role : "unnamed") : m.kind;
};

const OBJECTS = ["", "hồ sơ", "CCCD", "căn cước", "hồ sơ cấp thẻ Căn cước", "tài khoản ĐDĐT", "ĐDĐT mức 2", "tài khoản định danh điện tử mức 2"];

describe("one normaliser, two explicit choices", () => {
  it.each([
    ["Đơn vị", "don vi"], ["ĐƠN  VỊ", "don vi"], ["Ðơn vị", "don vi"], ["Pon vi", "don vi"], ["Chi tiéu", "chi tieu"],
    ["Tỉ lệ (%)", "ty le %"], ["Luỹ kế", "luy ke"], ["Lũy kế", "luy ke"], ["CT/ngày", "ct ngay"],
  ])("drop: %s → %s", (input, expected) => expect(normalizeText(input)).toBe(expected));

  it("keep: row labels keep their diacritics, so a total and a commune stay apart", () => {
    expect(normalizeLabel("TỔNG CỘNG:")).toBe("tổng cộng");
    expect(normalizeLabel("Tông Lạnh")).not.toBe(normalizeLabel("Tổng Lạnh"));
    expect(normalize("Tổng", { diacritics: "drop" })).toBe(normalize("Tông", { diacritics: "drop" }));
  });

  it("unit names compare without case, accents or spacing, but other scripts count", () => {
    expect(foldText("Xã  Hoà")).toBe(foldText("xã hòa"));
    expect(foldText("Xã ស្រុក")).not.toBe(foldText("Xã Hòa"));
  });
});

describe("unit column headers", () => {
  const kinds = [["Xã"], ["Phường"], ["Thị trấn"], ["Quận"], ["Huyện"], ["Thị xã"], ["Thành phố"], ["Thôn"], ["Bản"], ["Xóm"], ["Tổ dân phố"], ["Khu phố"], ["Ấp"]];
  const separators = [", ", "/", " / ", " - ", "; "];
  const lists: string[] = [];
  for (let i = 0; i < kinds.length; i++) {
    for (let j = 0; j < kinds.length; j++) {
      if (i === j) continue;
      for (const sep of separators) lists.push(`${kinds[i][0]}${sep}${kinds[j][0].toLowerCase()}`);
    }
  }
  lists.push("Xã/phường/thị trấn", "Quận/huyện/thị xã/thành phố", "Thôn/bản/xóm/ấp", "Quận, huyện", "Huyện, thành phố", "Xã/TT", "Huyện/TP", "Tổ, khu phố", "Xã, đặc khu");
  const worded = combine(["Tên", ""], ["đơn vị", "địa bàn", "địa phương"]).concat(
    combine(["Đơn vị"], ["", "thực hiện", "hành chính"]),
    combine(["Công an", "UBND"], ["xã, phường", "các xã", "cấp xã", "xã, phường, thị trấn", "quận, huyện"]),
    combine(["Tên"], ["xã", "phường", "thôn", "tổ dân phố", "huyện"]),
    ["Tổ dân phố", "Thôn", "Xóm", "Đội", "Địa bàn", "Đội nghiệp vụ", "Tổ công tác", "Các đội nghiệp vụ", "Tên đội", "Đơn vị (Công an xã)", "Lực lượng thực hiện"],
  );

  it(`names the unit column: ${lists.length + worded.length} wordings, each spelt 6 ways`, () => {
    const missed = [...lists, ...worded].flatMap(spellings).filter((h) => !isUnitHeader(normalizeText(h)));
    expect(missed).toEqual([]);
  });

  it("a unit's own name, a title or the unit of measure is no unit header", () => {
    const names = combine(["Xã", "Phường", "Thị trấn", "Thôn", "Tổ dân phố", "Công an xã", "Công an thị trấn", "Tổ công tác số", "Đội nghiệp vụ"], ["Tân Phong", "Kim Phượng", "Bản Mới", "Đồng Tâm", "1"])
      .concat(["Đội Cảnh sát hình sự", "Đội CSQLHC về TTXH", "Đội An ninh", "Tổ công tác 2"]);
    const measureUnits = combine(["Đơn vị tính:", "ĐVT:", "Đơn vị tính", "Đơn vị:"], ["hồ sơ", "người", "tài khoản", "thẻ"]);
    const titles = ["CÔNG AN HUYỆN", "CÔNG AN TỈNH LAI CHÂU", "UBND HUYỆN AN DƯƠNG", "Thị trấn", "Thành phố"];
    const wrong = [...names, ...measureUnits, ...titles].flatMap(spellings).filter((h) => isUnitHeader(normalizeText(h)));
    expect(wrong).toEqual([]);
  });
});

/** A family of headers and the role each must get, built from the role's own words. */
const FAMILIES: [Role, string[]][] = [
  ["target", combine(["Chỉ tiêu", "Chỉ tiêu được giao", "Chỉ tiêu đã giao", "Chỉ tiêu giao", "CT giao", "Kế hoạch", "Kế hoạch giao", "Số phải thu nhận", "Số phải cấp", "Cần thực hiện", "Nhu cầu", "Số công dân trong độ tuổi", "Tổng số công dân chưa cấp", "Chỉ tiêu phấn đấu", "Mục tiêu", "Số cần thu nhận", "Tổng số công dân thuộc diện", "Số người chưa có", "Số được phân bổ", "Chỉ tiêu phân bổ", "Số đã giao", "Số người chưa được cấp"], OBJECTS)],
  ["done", combine(["Đã thực hiện", "Kết quả", "Kết quả thực hiện", "Đã thu nhận", "Đã cấp", "Đã kích hoạt", "Số đã làm", "Lũy kế", "Lũy kế đến nay", "Lũy kế từ đầu đợt", "Tổng số đã cấp", "Số đã thu nhận", "Cộng dồn", "Đã tiếp nhận", "Thu nhận được", "Kết quả đạt được"], OBJECTS).concat(
    combine(["Số hồ sơ", "Số tài khoản", "Số công dân", ""], ["làm sạch", "thu nhận", "kích hoạt", "cấp", "vận động"], ["được"]))],
  ["remaining", combine(["Còn lại", "Chưa thực hiện", "Chưa thu nhận", "Chưa cấp", "Chưa kích hoạt", "Còn phải thực hiện", "Số còn lại", "Còn thiếu", "Chưa hoàn thành"], OBJECTS)],
  ["rate", combine(["Tỷ lệ", "Tỉ lệ", "Tỷ lệ đạt", "Tỷ lệ hoàn thành", "Tỷ lệ kích hoạt đạt", "% đạt", "Đạt (%)", "TL", "Phần trăm", "Mức độ hoàn thành"], ["", "(%)", "%"])],
  ["daily", combine(["Chỉ tiêu 01 ngày", "Chỉ tiêu trung bình 01 ngày", "Chỉ tiêu TB 01 ngày", "CT/ngày", "Bình quân/ngày", "Chỉ tiêu theo ngày", "Chỉ tiêu vận động theo ngày", "Số phải thực hiện mỗi ngày", "BQ/ngày", "Bình quân ngày"], ["", "(hồ sơ)", "từ 21/8 đến 29/8"])],
  ["daily", ["Số phải thực hiện/ngày", "Cần thu nhận/ngày", "Phải đạt/ngày", "Số cần vận động/ngày"]],
];

describe("the five roles, by families of wordings", () => {
  it.each(FAMILIES.map(([r, headers]) => [r, headers.length, headers] as const))("%s: %i wordings, each spelt 6 ways", (expected, _n, headers) => {
    const wrong = headers.flatMap(spellings).map((h) => [h, role(h)]).filter(([, got]) => got !== expected);
    expect(wrong).toEqual([]);
  });

  it("a measure's name in brackets after the role words changes nothing", () => {
    for (const [expected, headers] of FAMILIES) {
      const wrong = headers.flatMap((h) => ["(Làm sạch dữ liệu dân cư)", "(Tài khoản ĐDĐT mức 2)", "(Cấp CCCD)"].map((q) => `${h} ${q}`))
        .map((h) => [h, role(h)]).filter(([, got]) => got !== expected);
      expect(wrong).toEqual([]);
    }
  });

  it("'đã' inside 'chỉ tiêu đã giao' never makes a result, whatever follows", () => {
    for (const h of combine(["Chỉ tiêu đã giao", "Số đã giao", "Kế hoạch đã giao"], OBJECTS).flatMap(spellings)) {
      expect([h, roleCandidates(normalizeText(h))[0]?.role]).toEqual([h, "target"]);
    }
  });

  it("'Tổng số công dân chưa cấp …' proposes the target first and keeps 'remaining' as the figures' other choice", () => {
    for (const h of combine(["Tổng số công dân chưa cấp", "Tổng số chưa cấp"], ["Căn cước", "CCCD", ""])) {
      expect(roleCandidates(normalizeText(h)).map((c) => c.role).slice(0, 2)).toEqual(["target", "remaining"]);
    }
  });

  it("a parent names the role of the groups under it; a bare 'Tổng' takes its parent's", () => {
    const groups = ["Tổng", "Từ 0 đến dưới 6 tuổi", "Từ 6 đến dưới 14 tuổi", "Dưới 14 tuổi", "Từ đủ 14 tuổi trở lên"];
    for (const [expected, parents] of FAMILIES) {
      for (const parent of parents.slice(0, 6)) for (const leaf of groups) expect([parent, leaf, role(parent, leaf)]).toEqual([parent, leaf, expected]);
    }
  });

  it("day's results, notes, ranks, a signed difference are no measure; age groups alone name no role", () => {
    for (const h of combine(["Kết quả", "Thực hiện", ""], ["trong ngày", "hôm nay", "ngày 15/9"]).filter((h) => h !== "")) expect(role(h)).toBe("period");
    for (const h of ["Ghi chú", "Xếp hạng", "Thứ hạng", "Ngày báo cáo", "Vượt/Thiếu so với chỉ tiêu", "Chênh lệch", "Tăng/giảm"]) expect(role(h)).toBe("note");
    for (const h of ["Dưới 14 tuổi", "Trên 14 tuổi", "Từ 0 đến dưới 6 tuổi", "Số liệu (1)", "Cột 3"]) expect(role(h)).toBe("unnamed");
  });

  it("groups: age groups, account levels and sexes each get a key; other words none", () => {
    const keys = (list: string[]) => list.map((h) => groupKey(normalizeText(h)));
    expect(keys(["Từ 0 đến dưới 6 tuổi", "Từ 6 đến dưới 14 tuổi", "Dưới 14 tuổi", "Từ đủ 14 tuổi trở lên", "Trên 14 tuổi", "Mức 1", "Mức độ 2", "Nam", "Nữ"]))
      .toEqual(["0-6", "6-14", "lt14", "ge14", "ge14", "L1", "L2", "M", "F"]);
    expect(keys(["Số liệu (1)", "Năm 2024", "Chỉ tiêu", "Tổng"])).toEqual([null, null, null, null]);
  });
});

describe("rows: totals, subtotals, notes", () => {
  const totals = combine(["Tổng", "Tổng cộng", "Cộng", "Toàn huyện", "Toàn tỉnh", "Toàn thành phố", "Tổng số", "Cộng toàn huyện"], ["", ":", "(16 xã)"]);
  it(`${totals.length} total labels, with and without diacritics and in capitals`, () => {
    const spelt = totals.flatMap((t) => spellings(t).slice(0, 4));
    expect(spelt.filter((t) => !isTotalLabel(t))).toEqual([]);
  });
  it("communes whose names look like totals stay units", () => {
    for (const s of ["Tông Lạnh", "Xã Tổng Bạt", "Cộng Hòa", "Toàn Thắng", "Đoàn Kết", "Tân Phong"]) expect(isTotalLabel(s)).toBe(false);
  });
  it("commune police written short ('CA xã Kim Sơn', 'CAX', 'CA phường 2') are units, not 'Cả xã' totals", () => {
    const police = combine(["CA xã", "CA phường", "CA thị trấn", "CAX", "CA huyện"], ["Kim Sơn", "Tân Phong", "2"]);
    expect(police.flatMap((p) => spellings(p).slice(0, 3)).filter((p) => isTotalLabel(p))).toEqual([]);
    for (const s of ["Cả huyện", "Cả xã", "CẢ TỈNH", "Ca huyen"]) expect([s, isTotalLabel(s)]).toEqual([s, true]);
  });
  it("subtotals of sections", () => {
    for (const s of combine(["Cộng", "Tổng"], ["khối xã", "các thị trấn", "nhóm II", "(I)", "cụm 2"])) expect(isSubtotalLabel(s)).toBe(true);
  });
  it("notes and signatures end the table", () => {
    for (const s of ["Ghi chú: số liệu tạm tính", "Nơi nhận:", "Người lập biểu", "TRƯỞNG CÔNG AN HUYỆN", "KT. TRƯỞNG PHÒNG", "An Dương, ngày 15 tháng 9 năm 2024"]) {
      expect([s, isNoteLabel(s)]).toEqual([s, true]);
    }
  });
});
