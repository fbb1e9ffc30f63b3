// The index makes its keys without the kind words only when a name first misses as typed in full; names added
// before or after that moment are found alike, and a tone pair stays two.
import { unitIndex } from "../../../src/core/units/unit-index";

test("a name without its kind word finds its unit, whether added before or after the first such ask", () => {
  const early = unitIndex(["Xã Tân Hòa", "Xã Tân Hóa"]);
  early.add("Phường An Bình");
  expect(early.find("An Bình")).toEqual({ name: "Phường An Bình", how: "same" });
  expect(early.find("Tân Hoà")).toEqual({ name: "Xã Tân Hòa", how: "same" });

  const late = unitIndex(["Xã Tân Hòa", "Xã Tân Hóa"]);
  expect(late.find("TÂN HÓA")).toEqual({ name: "Xã Tân Hóa", how: "same" });
  late.add("Phường An Bình");
  late.add("Xã An Bình");
  // Added after the keys were made: both are found, and a name both could be is neither.
  expect(late.find("Phường An Bình")).toEqual({ name: "Phường An Bình", how: "same" });
  expect(late.find("An Bình")).toEqual({ ambiguous: ["Phường An Bình", "Xã An Bình"] });
});

test("names as typed in full are found without the other keys, and a tone pair is never one", () => {
  const index = unitIndex(["Xã Tân Hòa", "Xã Tân Hóa", "Thị trấn Chợ Chu"]);
  expect(index.find("xã  tân hoà")).toEqual({ name: "Xã Tân Hòa", how: "same" });
  expect(index.find("Xã Tân Hóa")).toEqual({ name: "Xã Tân Hóa", how: "same" });
  expect(index.find("Tan Hoa")).toEqual({ ambiguous: ["Xã Tân Hòa", "Xã Tân Hóa"] });
  expect(index.find("TT Chợ Chu")).toEqual({ name: "Thị trấn Chợ Chu", how: "same" });
});
