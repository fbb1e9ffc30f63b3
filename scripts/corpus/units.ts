// Unit columns as offices head them, and the names written under each kind of heading.
import type { Rng } from "./prng";

const PLACES: readonly string[] = [
  "Kim Phượng", "Tân Phong", "Quyết Thắng", "Quyết Tiến", "Đoàn Kết", "Sùng Phài", "Đông Phong", "San Thàng", "Lê Thiện",
  "Đại Bản", "An Hòa", "Hồng Phong", "Tân Tiến", "An Hưng", "An Hồng", "Bắc Sơn", "Nam Sơn", "Lê Lợi", "Đặng Cương",
  "Đồng Thái", "Quốc Tuấn", "An Đông", "Hồng Thái", "Yên Đĩnh", "Thanh Vận", "Nông Hạ", "Chợ Mới", "Hòa Bình", "Hòa Lạc",
  "Bảo Lý", "Xuân Phương", "Đại Từ", "Hùng Sơn", "Tân Linh", "Phú Xuyên", "Minh Tiến", "Minh Lập", "Yên Ninh", "Yên Trạch",
  "Lam Vỹ", "Tân Thịnh", "Cẩm Sơn", "Vĩnh Lộc", "Vĩnh Thịnh", "Tông Lạnh", "Cộng Hòa", "Nà Tấu", "Mường Tè", "Ka Lăng",
  "Pa Ủ", "Bum Nưa", "Thu Lũm", "Nậm Khao", "Phong Thổ", "Sìn Hồ", "Bình Lư", "Trung Đồng", "Phúc Khoa", "Ninh Kiều",
];

const DISTRICTS: readonly string[] = ["Tam Đường", "Tân Uyên", "Than Uyên", "Sìn Hồ", "Phong Thổ", "Nậm Nhùn", "Mường Tè", "Lai Châu", "Ninh Kiều", "Cái Răng", "Bình Thủy", "Thốt Nốt", "Ô Môn", "Phong Điền", "Cờ Đỏ", "Vĩnh Thạnh"];

/** What the names under a heading look like. */
export type NameKind = "commune" | "district" | "police" | "quarter" | "hamlet" | "team";

export interface UnitHeading {
  text: string;
  family: string;
  names: NameKind;
}

export const h = (family: string, names: NameKind, ...texts: string[]): UnitHeading[] => texts.map((text) => ({ text, family, names }));

export const UNIT_HEADINGS: readonly UnitHeading[] = [
  ...h("unit:đơn vị", "commune", "Đơn vị", "Tên đơn vị", "Đơn vị thực hiện"),
  ...h("unit:địa bàn", "commune", "Địa bàn", "Tên địa bàn"),
  ...h("unit:xã phường", "commune", "Xã, phường, thị trấn", "Xã/phường/thị trấn", "Xã, thị trấn"),
  ...h("unit:quận huyện", "district", "Quận, huyện", "Huyện, thành phố", "Quận/huyện/thị xã/thành phố"),
  ...h("unit:công an xã", "police", "Công an xã, phường", "Công an xã, phường, thị trấn", "Công an xã"),
  ...h("unit:tổ dân phố", "quarter", "Tổ dân phố", "Tổ dân phố/khu phố"),
  ...h("unit:thôn bản", "hamlet", "Thôn, bản", "Thôn/bản/xóm", "Thôn, xóm"),
  ...h("unit:đội", "team", "Đội", "Đơn vị (Đội)"),
  ...h("unit:đội nghiệp vụ", "team", "Đội nghiệp vụ", "Tổ công tác", "Đội công tác", "Tên đội"),
  ...h("unit:đơn vị (công an xã)", "police", "Đơn vị (Công an xã)", "Đơn vị (CA xã, phường)", "Công an các xã, thị trấn"),
];

const COMMUNE_PREFIXES: readonly string[] = ["Xã ", "Phường ", "Thị trấn "];
const DISTRICT_PREFIXES: readonly string[] = ["Huyện ", "Quận ", "Thành phố ", "Thị xã "];
const TEAMS: readonly string[] = ["Đội CSQLHC về TTXH", "Đội Cảnh sát hình sự", "Đội Cảnh sát giao thông", "Đội An ninh", "Đội Tổng hợp", "Đội CSĐTTP về kinh tế", "Đội Cảnh sát PCCC", "Đội Cảnh sát kinh tế"];
const POLICE_WORDS: readonly string[] = ["Công an xã", "Công an phường", "Công an thị trấn", "CA xã", "CA phường", "CA thị trấn", "CAX", "CAP", "CA TT"];
const HAMLET_WORDS: readonly string[] = ["Thôn ", "Bản ", "Xóm "];

/** `count` distinct unit names of a heading's kind; `prefixed` says whether "Xã"/"Phường"… are written. */
export function unitNames(rng: Rng, kind: NameKind, count: number, prefixed: boolean): string[] {
  const places = rng.shuffle(kind === "district" ? DISTRICTS : PLACES);
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const place = places[i % places.length];
    const round = Math.floor(i / places.length);
    let name: string;
    switch (kind) {
      case "commune": name = (prefixed ? rng.pick(COMMUNE_PREFIXES) : "") + place; break;
      case "district": name = (prefixed ? rng.pick(DISTRICT_PREFIXES) : "") + place; break;
      // Offices shorten "Công an xã" to "CA xã" or "CAX": a unit, never "Cả xã" (a total).
      case "police": name = `${rng.pick(POLICE_WORDS)} ${place}`; break;
      case "quarter": name = prefixed ? `Tổ dân phố số ${i + 1}` : `TDP ${i + 1}`; break;
      case "hamlet": name = (prefixed ? rng.pick(HAMLET_WORDS) : "") + place; break;
      // Teams by their names, or numbered working groups ("Tổ công tác số 3"), never read as a header.
      case "team": name = i < TEAMS.length && !prefixed ? TEAMS[i] : prefixed && i % 2 === 0 ? `Tổ công tác số ${i + 1}` : i < TEAMS.length ? TEAMS[i] : `Đội nghiệp vụ ${i + 1}`; break;
    }
    if (round > 0 && kind !== "quarter" && kind !== "team") name = `${name} ${round + 1}`;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** The total row's usual label for a heading (a list of districts totals the province). */
export function fittingTotals(kind: NameKind): (label: string) => boolean {
  return (label) => (kind === "district" ? !/huyện|xã|phường/i.test(label) : !/tỉnh|thành phố/i.test(label));
}
