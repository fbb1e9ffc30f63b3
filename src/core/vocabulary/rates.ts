// Words of targets that are shares ("Bảo đảm tối thiểu 30% hồ sơ … qua cổng dịch vụ công trực tuyến"): the column
// holding each row's target share, the words that state a share once (in a header or the title), and the words of
// a count target (a measure whose base is named so is a count to reach, not the base of a share). Phrases as in
// phrase.ts, matched on normalizeText output ("Chỉ tiêu (%)" → "chi tieu %").
import { compileAll } from "./phrase";

/** A column of target shares, one per row: "Chỉ tiêu (%)", "Tỷ lệ phải đạt", "Mục tiêu (%)", "Tỷ lệ được giao". */
export const TARGET_SHARE_PHRASES = compileAll([
  "^(chi tieu|ct|ke hoach|kh|muc tieu|yeu cau|dinh muc) … (%|ty le|phan tram)",
  "^(chi tieu|ct|ke hoach|kh|muc tieu|yeu cau) ty le",
  "ty le (phai dat|can dat|toi thieu|giao|duoc giao|da giao|chi tieu|ke hoach|muc tieu|yeu cau)",
  "(phai dat|can dat|toi thieu|it nhat) … (%|ty le|phan tram)$",
  "^% (chi tieu|ke hoach|muc tieu|phai dat|can dat|yeu cau)",
]);
/** …unless it is the share reached against the target ("Tỷ lệ đạt so với chỉ tiêu", "% hoàn thành kế hoạch"). */
export const NOT_TARGET_SHARE_PHRASES = compileAll(["so voi", "hoan thanh", "dat duoc", "thuc hien", "da dat", "^ty le dat", "^% dat"]);

/**
 * Words right before a share that make it a target ("tối thiểu 30%", "chỉ tiêu ≥ 30%", "phấn đấu đạt 70%",
 * "(CT: 50%)"), matched at the end of the text before the number.
 */
export const SHARE_STATEMENT_LEADS = compileAll([
  "(chi tieu|ct|ke hoach|kh|muc tieu|yeu cau|dinh muc) [toi thieu|it nhat|tu|tren|dat|la] $",
  "(toi thieu|it nhat|khong duoi|khong it hon|tren|tu) $",
  "(phai|can|phan dau|bao dam|dam bao) [dat] [toi thieu|it nhat|tren] $",
]);

/** Words after a share that make it the target as a whole ("100% chỉ tiêu"): a count target, not a share. */
export const WHOLE_TARGET_OBJECTS = compileAll(["^(chi tieu|ke hoach|kh|ct|nhiem vu|muc tieu)"]);

/**
 * The words of a count to reach ("Chỉ tiêu", "Kế hoạch giao", "Số phải cấp"): a base named so is a target, so a
 * share stated in the title does not make its measure a rate.
 */
export const COUNT_TARGET_PHRASES = compileAll([
  "chi tieu", "^ct", "ke hoach", "^kh", "giao", "phan bo", "(phai|can) (thuc hien|thu nhan|cap|kich hoat|lam|dat)", "so phai", "nhu cau", "muc tieu",
]);

/**
 * Words a rate or target-share heading is made of when it says only that it is a share ("Tỷ lệ (%)", "Chỉ tiêu
 * (%)", "Tỷ lệ phải đạt"): such a heading cannot name a measure, another heading must ("Hồ sơ trực tuyến").
 */
export const BARE_SHARE_HEADING_WORDS: ReadonlySet<string> = new Set([
  "ty", "ti", "le", "tl", "%", "phan", "tram", "chi", "tieu", "ct", "ke", "hoach", "kh", "muc", "yeu", "cau", "dinh",
  "dat", "phai", "can", "toi", "thieu", "it", "nhat", "giao", "duoc", "da", "so", "voi", "hoan", "thanh",
]);
