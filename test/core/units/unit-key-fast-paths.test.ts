// Most unit names are decided on their characters alone (isMarkFree, the typed words) and matched against the
// kind words by their first word: each fast path must give what the general way gives, on names built from
// parts a clerk types — marks precomposed or typed apart, old and new tone placement, odd spaces, other scripts,
// signs NFC turns into ASCII.
import { isMarkFree, isMarkFreeByNfc, typedWordsGeneral, unitBareFullKey, unitFullKey, unitIsMarkFree, unitNameKey } from "../../../src/core/units/unit-key";
import { nameWords } from "../../../src/core/vocabulary/normalize";
import { UNIT_NAME_PREFIXES } from "../../../src/core/vocabulary/unit-name-words";

const KINDS = ["", "Xã ", "XÃ  ", "xa ", "Phường ", "TT. ", "Công an xã ", "Cong an xa ", "UBND xã ", " Thôn ", "P.", "TP "];
const NAMES = [
  "Tân Hòa", "Tân Hoà", "Tân Hóa", "TÂN HOÀ", "Thuỷ Nguyên", "Thủy Nguyên", "Khoẻ", "Ùy", "Hóe", "Òa", "Ộa", "Ọa",
  "Tan Hoa", "Ðồng Thái", "Đồng Thái", "Ta\u0300n Hoa\u0300", "Kelvin\u212a", "Dấu\u037e", "Tân\u00a0Hòa", "Tân\tHòa",
  "x×y", "Tỉ lệ", "ti le", "Ti Le", "tí lê", "ti lex", "50%", "ស្រុក", "İstanbul", "Số 12", "12", "", " ", "ñu",
];
const ENDS = ["", " 7", "-A", " (cũ)", "  ", "ã"];
const names = KINDS.flatMap((k) => NAMES.flatMap((n) => ENDS.map((e) => `${k}${n}${e}`)));

test("isMarkFree gives the NFC rule's answer for every name", () => {
  const differing = names.filter((n) => isMarkFree(n) !== isMarkFreeByNfc(n));
  expect(differing).toEqual([]);
  expect(names.filter((n) => unitIsMarkFree(n) !== isMarkFreeByNfc(n))).toEqual([]);
  // The cases themselves: a Kelvin sign and a Greek question mark are ASCII after NFC; a mark typed apart is a mark.
  expect(isMarkFree("Kelvin\u212a")).toBe(true);
  expect(isMarkFree("Dau\u037e")).toBe(true);
  expect(isMarkFree("Ta\u0300n")).toBe(false);
  expect(isMarkFree("Tan\u00a0Hoa")).toBe(true);
});

test("the full key is the typed words of the general way, kind words and all", () => {
  const differing = names.filter((n) => unitFullKey(n) !== typedWordsGeneral(n.toLowerCase()));
  expect(differing).toEqual([]);
  expect(names.filter((n) => unitBareFullKey(n) !== nameWords(typedWordsGeneral(n.toLowerCase())))).toEqual([]);
});

test("kind words in front are taken off, marked or bare, abbreviated or written out", () => {
  // The tone placement is unified: the mark on the second vowel of "oa".
  expect(unitNameKey("Công an xã Tân Hòa")).toBe("tân hoà");
  expect(unitNameKey("Cong an xa Tan Hoa")).toBe("tan hoa");
  expect(unitNameKey("UBND xã An Phú")).toBe("an phú");
  expect(unitNameKey("TT. Hoà Bình")).toBe("hoà bình");
  expect(unitNameKey("Thôn Ấp Bắc")).toBe("bắc");
  expect(unitNameKey("Thị trấn")).toBe("thị trấn");
  // A kind word with nothing after it is the name itself.
  expect(unitNameKey("Xã Quận")).toBe("quận");
});

/** The kind words taken off by trying every prefix, longest first, as the vocabulary lists them. */
const ALL_PREFIXES = UNIT_NAME_PREFIXES.map((p) => ({ ...p, marked: typedWordsGeneral(p.marked), bare: nameWords(p.marked) }))
  .sort((a, b) => b.marked.length - a.marked.length);

function nameKeyByEveryPrefix(name: string): string {
  const prefixes = ALL_PREFIXES;
  const markFree = isMarkFreeByNfc(name);
  let rest = typedWordsGeneral(name.toLowerCase());
  for (;;) {
    const p = prefixes.find((x) => rest.startsWith(`${x.marked} `) || ((markFree || x.abbreviation) && rest.startsWith(`${x.bare} `)));
    if (!p) return rest;
    rest = rest.slice((rest.startsWith(`${p.marked} `) ? p.marked : p.bare).length + 1);
  }
}

test("the prefixes looked up by first character take off what trying every prefix takes off", () => {
  const more = [...names, "Cong an Xa Tan Hoa", "Uy ban nhan dan xa An Phu", "Ủy ban nhân dân phường 3", "Tổ dân phố 5", "thi xa Son Tay", "Thị xã Sơn Tây", "ca x Tan Hoa", "Ấp Bắc", "ap Bac", "Bản Phố", "Xóm Đông Quận 1"];
  expect(more.filter((n) => unitNameKey(n) !== nameKeyByEveryPrefix(n))).toEqual([]);
});

test("place names fold without repair; 'tỉ lệ' and 'tỷ lệ' fold alike, 'ti lex' stays", () => {
  expect(nameWords("Tỉ lệ hoàn thành")).toBe("ty le hoan thanh");
  expect(nameWords("Tỷ lệ")).toBe("ty le");
  expect(nameWords("ti lex")).toBe("ti lex");
  expect(nameWords("Xã  Pồng Thái")).toBe("xa pong thai");
});
