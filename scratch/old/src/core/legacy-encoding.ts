// Text typed before Unicode (".VnTime" fonts, TCVN3/ABC; "VNI-Times" fonts, VNI-Windows) reaches Excel as
// Latin-1 look-alikes: "Đơn vị" reads "§¬n vÞ" (TCVN3) or "Ñôn vò" (VNI). Both encodings are one-to-one, so
// a text recognised as one of them is converted for certain; a text that could be either, or plain Unicode,
// is left as it is.

export type LegacyEncoding = "tcvn3" | "vni";

/** TCVN3 (TCVN 5712:1993, VN3, the .VnTime fonts): code point as Windows gives it → Vietnamese letter. */
const TCVN3_LETTERS: Record<string, string> = {
  "\u00b5": "à", "\u00b8": "á", "\u00b6": "ả", "\u00b7": "ã", "\u00b9": "ạ",
  "\u00a8": "ă", "\u00bb": "ằ", "\u00be": "ắ", "\u00bc": "ẳ", "\u00bd": "ẵ", "\u00c6": "ặ",
  "\u00a9": "â", "\u00c7": "ầ", "\u00ca": "ấ", "\u00c8": "ẩ", "\u00c9": "ẫ", "\u00cb": "ậ",
  "\u00ae": "đ",
  "\u00cc": "è", "\u00d0": "é", "\u00ce": "ẻ", "\u00cf": "ẽ", "\u00d1": "ẹ",
  "\u00aa": "ê", "\u00d2": "ề", "\u00d5": "ế", "\u00d3": "ể", "\u00d4": "ễ", "\u00d6": "ệ",
  "\u00d7": "ì", "\u00dd": "í", "\u00d8": "ỉ", "\u00dc": "ĩ", "\u00de": "ị",
  "\u00df": "ò", "\u00e3": "ó", "\u00e1": "ỏ", "\u00e2": "õ", "\u00e4": "ọ",
  "\u00ab": "ô", "\u00e5": "ồ", "\u00e8": "ố", "\u00e6": "ổ", "\u00e7": "ỗ", "\u00e9": "ộ",
  "\u00ac": "ơ", "\u00ea": "ờ", "\u00ed": "ớ", "\u00eb": "ở", "\u00ec": "ỡ", "\u00ee": "ợ",
  "\u00ef": "ù", "\u00f3": "ú", "\u00f1": "ủ", "\u00f2": "ũ", "\u00f4": "ụ",
  "\u00ad": "ư", "\u00f5": "ừ", "\u00f8": "ứ", "\u00f6": "ử", "\u00f7": "ữ", "\u00f9": "ự",
  "\u00fa": "ỳ", "\u00fd": "ý", "\u00fb": "ỷ", "\u00fc": "ỹ", "\u00fe": "ỵ",
  "\u00a1": "Ă", "\u00a2": "Â", "\u00a7": "Đ", "\u00a3": "Ê", "\u00a4": "Ô", "\u00a5": "Ơ", "\u00a6": "Ư",
};

/** Letters both Unicode Vietnamese and TCVN3 use: alone they prove nothing. */
const VIETNAMESE_LATIN1 = new Set([..."ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý"]);

/** VNI-Windows: a base letter followed by mark characters. Tone marks (lower and upper case forms). */
const VNI_TONES: Record<string, string> = {
  "ù": "\u0301", "Ù": "\u0301", "ø": "\u0300", "Ø": "\u0300", "û": "\u0309", "Û": "\u0309",
  "õ": "\u0303", "Õ": "\u0303", "ï": "\u0323", "Ï": "\u0323",
};
/** Circumflex or breve, alone or with a tone. */
const VNI_HATS: Record<string, string> = {
  "â": "\u0302", "Â": "\u0302", "á": "\u0302\u0301", "Á": "\u0302\u0301", "à": "\u0302\u0300", "À": "\u0302\u0300",
  "å": "\u0302\u0309", "Å": "\u0302\u0309", "ã": "\u0302\u0303", "Ã": "\u0302\u0303", "ä": "\u0302\u0323", "Ä": "\u0302\u0323",
  "ê": "\u0306", "Ê": "\u0306", "é": "\u0306\u0301", "É": "\u0306\u0301", "è": "\u0306\u0300", "È": "\u0306\u0300",
  "ú": "\u0306\u0309", "Ú": "\u0306\u0309", "ü": "\u0306\u0303", "Ü": "\u0306\u0303", "ë": "\u0306\u0323", "Ë": "\u0306\u0323",
};
/** Letters VNI codes as one character. */
const VNI_SINGLES: Record<string, string> = {
  "ñ": "đ", "Ñ": "Đ", "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư",
  "í": "í", "Í": "Í", "ì": "ì", "Ì": "Ì", "æ": "ỉ", "Æ": "Ỉ", "ó": "ĩ", "Ó": "Ĩ", "ò": "ị", "Ò": "Ị", "î": "ỵ", "Î": "Ỵ",
};

const BEYOND_LATIN1 = /[\u0100-\uffff]/;
const HAS_HIGH = /[\u0080-\u00ff]/;

function isTcvn3(text: string): boolean {
  let marker = false;
  for (const ch of text) {
    if (ch < "\u0080") continue;
    if (!(ch in TCVN3_LETTERS)) return false;
    if (!VIETNAMESE_LATIN1.has(ch)) marker = true;
  }
  return marker;
}

/** VNI characters that Unicode Vietnamese never uses: without one of them, a text may just be Unicode. */
const VNI_ONLY = /[ÑñöÖæÆøØûÛïÏåÅäÄëËüÜîÎ]/;
const VNI_VOWEL_BASE = /[aeiouyAEIOUYôöÔÖ]/;
const isVniMark = (ch: string) => ch in VNI_TONES || ch in VNI_HATS;

/**
 * VNI writes a toned vowel as its base letter and ONE mark character ("aù" = á, "oå" = ổ): a mark anywhere
 * else means the text is not VNI. At least one VNI-only sign is needed ("Ñ", "ö", a mark after a vowel).
 */
function isVni(text: string): boolean {
  const chars = [...text];
  let proof = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch < "\u0080") continue;
    if (VNI_ONLY.test(ch)) proof = true;
    if (ch in VNI_SINGLES) continue;
    if (!isVniMark(ch)) return false;
    const before = chars[i - 1] ?? "";
    if (!VNI_VOWEL_BASE.test(before) || (i >= 2 && isVniMark(chars[i - 2]) && !VNI_VOWEL_BASE.test(chars[i - 2]))) return false;
  }
  return proof;
}

/** Vietnamese words carry at most one tone mark: a reading with more is not the right one. */
function plausible(unicode: string): boolean {
  return unicode
    .normalize("NFD")
    .split(/[^\p{L}\p{M}]+/u)
    .every((word) => (word.match(/[\u0300\u0301\u0303\u0309\u0323]/g) ?? []).length <= 1);
}

/** Which legacy encoding a text is certainly in, or null (Unicode, plain ascii, or not certain). */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (!HAS_HIGH.test(text) || BEYOND_LATIN1.test(text)) return null;
  const tcvn3 = isTcvn3(text) && plausible(fromTcvn3(text));
  const vni = isVni(text) && plausible(fromVni(text));
  // A text that reads well both ways is not certain: leave it.
  if (tcvn3 === vni) return null;
  return tcvn3 ? "tcvn3" : "vni";
}

function fromTcvn3(text: string): string {
  let out = "";
  for (const ch of text) out += TCVN3_LETTERS[ch] ?? ch;
  return out;
}

function fromVni(text: string): string {
  let out = "";
  for (const ch of text) {
    if (ch in VNI_SINGLES) out += VNI_SINGLES[ch];
    else if (isVniMark(ch)) out += VNI_HATS[ch] ?? VNI_TONES[ch];
    else out += ch;
  }
  return out.normalize("NFC");
}

/** The text in Unicode when it is certainly TCVN3 or VNI, else the text unchanged. */
export function convertLegacyText(text: string): { text: string; encoding: LegacyEncoding | null } {
  const encoding = detectLegacyEncoding(text);
  if (encoding === null) return { text, encoding };
  return { text: encoding === "tcvn3" ? fromTcvn3(text) : fromVni(text), encoding };
}

/** A text read in an encoding already known for its sheet: converted when it is valid in it, else unchanged. */
export function convertFrom(text: string, encoding: LegacyEncoding): string {
  if (!HAS_HIGH.test(text) || BEYOND_LATIN1.test(text)) return text;
  if (encoding === "tcvn3") {
    const out = fromTcvn3(text);
    return isTcvn3(text) && plausible(out) ? out : text;
  }
  const out = fromVni(text);
  return isVni(text) && plausible(out) ? out : text;
}

/**
 * The encoding of a sheet's texts: the one its certain cells show (a sheet is typed in one encoding), or
 * null when none is certain or both appear.
 */
export function sheetLegacyEncoding(texts: Iterable<string>): LegacyEncoding | null {
  let tcvn3 = 0;
  let vni = 0;
  for (const text of texts) {
    const e = detectLegacyEncoding(text);
    if (e === "tcvn3") tcvn3++;
    else if (e === "vni") vni++;
  }
  if (tcvn3 === vni) return null;
  return tcvn3 > vni ? "tcvn3" : "vni";
}
