// What a measure is about, as words: its subject (receiving applications, issuing cards, issuing or activating
// e-identity accounts, cleaning data) and the words that only dress a header. With the groups of groups.ts (age
// group, level) they make a measure's identity (measure-identity.ts), the one key by which consolidation,
// history and allocation recognise a measure however its heading is worded. Phrases as in phrase.ts, matched on
// normalizeText output; the first subject whose phrase matches wins, so the more specific lines come first.

export interface MeasureSubject {
  key: string;
  note: string;
  phrases: string[];
}

export const MEASURE_SUBJECTS: MeasureSubject[] = [
  { key: "activate", note: "accounts activated (VNeID)", phrases: ["kich hoat", "activat"] },
  { key: "receive", note: "ID-card applications received", phrases: ["thu nhan", "tiep nhan", "receiv", "ho so (cap|lam) (cccd|can cuoc|the)"] },
  { key: "account", note: "e-identity accounts issued", phrases: ["(dddt|ddt|dinh danh|vneid|tai khoan|tk)", "account"] },
  { key: "card", note: "ID cards issued", phrases: ["(cccd|can cuoc|cc|the can cuoc)", "id card"] },
  { key: "clean", note: "population data cleaned", phrases: ["lam sach", "du lieu dan cu", "clean"] },
];

/**
 * Kinds of one subject that are different measures with targets of their own: a card issued for the first time,
 * exchanged, or issued again ("Cấp mới", "Cấp đổi", "Cấp lại" CCCD). Their words are dressing otherwise ("lại" of
 * "còn lại", "đổi" of "đối tượng" once marks are gone), so the kind is read as a phrase before they are dropped.
 */
export const MEASURE_KINDS: MeasureSubject[] = [
  { key: "kind:new", note: "issued for the first time", phrases: ["cap moi", "lam moi", "new issu"] },
  { key: "kind:exchange", note: "exchanged (an old card or ID)", phrases: ["cap doi", "doi the", "doi (cccd|can cuoc|cmnd)", "exchang"] },
  { key: "kind:reissue", note: "issued again (lost or damaged)", phrases: ["cap lai", "lam lai", "re ?issu"] },
];

/**
 * Words that say nothing about which measure it is: the roles (the columns under a measure carry them), totals,
 * who is counted, and the words of subjects and groups once those are read. What is left after them names a
 * measure no table above knows ("Hồ sơ đăng ký thường trú" ≠ "… tạm trú").
 */
export const MEASURE_DRESSING = [
  // totals and counting
  "tong", "so", "cong", "toan", "bo", "tat", "ca", "total", "all", "sum",
  // roles: target, done, remaining, rate, daily
  "chi", "tieu", "ct", "giao", "duoc", "da", "dang", "ke", "hoach", "kh", "phai", "can", "nhu", "cau", "ket", "qua", "kq",
  "thuc", "hien", "luy", "trong", "ngay", "theo", "con", "lai", "chua", "ty", "le", "dat", "hoan", "thanh", "%",
  "trung", "binh", "tb", "quan", "bq", "phan", "bo", "muc", "tieu", "van", "dong", "lam", "target", "done", "remaining",
  "rate", "daily", "plan", "result",
  // who is counted
  "cong", "dan", "nguoi", "tre", "em", "nhan", "khau", "doi", "tuong", "ho", "so", "truong", "hop", "cd",
  // subject words (the subject is read before they are dropped)
  "cap", "thu", "tiep", "kich", "hoat", "dddt", "ddt", "dinh", "danh", "dien", "tu", "vneid", "tai", "khoan", "tk",
  "cccd", "can", "cuoc", "cc", "the", "gan", "chip", "sach", "du", "lieu", "moi",
  // group words (the group is read before they are dropped)
  "tuoi", "do", "den", "duoi", "tren", "tro", "len", "toi", "het", "lon", "hon", "nho", "muc", "nam", "nu",
];
