// A province-sized list of units for the picture tests: Vietnamese place names (with every kind of mark,
// distinct ones that differ by one tone mark among them) and targets and results drawn from a seeded generator.

import { makeRng } from "../../scripts/corpus/prng";
const PREFIXES = ["Xã", "Phường", "Thị trấn"];
const SYLLABLES = [
  "Tân", "Phong", "Hòa", "Hóa", "Đông", "Quyết", "Thắng", "An", "Bình", "Hưng", "Phú", "Lộc", "Thạnh", "Mỹ", "Long",
  "Sơn", "Hải", "Nghĩa", "Trung", "Đức", "Thuận", "Yên", "Khánh", "Vĩnh", "Xuân", "Hồng", "Quảng", "Cường", "Lợi",
  "Tiến", "Kết", "Đoàn", "Thượng", "Hạ", "Kim", "Phượng", "Chợ", "Chu", "Sùng", "Phài", "Đại", "Bản", "Nam", "Bắc",
];

/** The corpus's seeded source: the same list on every run. */
function random(seed: number): () => number {
  const source = makeRng(seed);
  return () => source.next();
}

/** `count` distinct units: [name, target, done], done between 0 and 115 % of the target. */
export function generatedUnits(count: number, seed: number): [string, number, number][] {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const names = new Set<string>();
  const units: [string, number, number][] = [];
  while (units.length < count) {
    const name = `${pick(PREFIXES)} ${pick(SYLLABLES)} ${pick(SYLLABLES)}`;
    if (names.has(name)) continue;
    names.add(name);
    const target = 200 + Math.floor(next() * 9000);
    units.push([name, target, Math.floor(target * next() * 1.15)]);
  }
  return units;
}
