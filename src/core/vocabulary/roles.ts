// The five roles a figure column plays, and the words that name them. Each line: a role, the phrases (see
// phrase.ts), a score, and the phrases that cancel it. The words propose every role whose phrases match, with
// its score; the highest wins, so "Chỉ tiêu đã giao" (target, 80) beats the bare "đã" of a result (done, 60).
// The figures may still choose another candidate (see ../read/figure-votes.ts). Phrases are diacritic-free:
// the normaliser drops accents and repairs OCR damage first.
import type { Role } from "../types";
import { compileAll, type Phrase } from "./phrase";
import { addLength, rebuiltWhenTablesChange } from "./live";

const NO_WORDS: readonly string[] = [];

export interface RoleRule {
  role: Role;
  /** Why the rule exists, in a few words (a reviewer reads the table, not the code). */
  note: string;
  phrases: string[];
  score: number;
  /** The rule does not apply when one of these matches. */
  unless?: string[];
  /** A weak default: it applies only when no other rule names a role ("Tổng số đã cấp" is done, not a total). */
  fallback?: boolean;
  /**
   * The words name a count a target may be drawn from (population, households), not a target: such a column is
   * a measure's target only when the figures or the grouping tie it to results (see ../read/reference-columns.ts).
   */
  reference?: boolean;
}

export const ROLE_RULES: RoleRule[] = [
  // Daily target: "Chỉ tiêu (trung bình) 01 ngày", "CT/ngày", "Bình quân/ngày", "theo ngày".
  { role: "daily", note: "target per day", score: 95, phrases: [
    "(chi tieu|ct|kh|ke hoach|so) [trung binh|tb|binh quan|bq] (01|1|mot) ngay",
    "(trung binh|tb|binh quan|bq) [01|1|mot] ngay", "(trung binh|tb|binh quan|bq) … (01|1|mot|moi|hang) ngay",
  ] },
  { role: "daily", note: "per day, by day", score: 90, phrases: [
    "(theo|moi|hang|01|1|mot|tren) ngay", "(ct|chi tieu|kh|ke hoach|can dat|phai dat|dinh muc|muc tieu) ngay", "(trung binh|tb|binh quan|bq) … ngay",
    "ngay can (dat|thuc hien|thu nhan)", "(phai|can) (lam|thuc hien|thu nhan|cap|kich hoat|dat|van dong) … ngay$",
    "(binh quan|trung binh|tb|bq) (ngay|1 ngay|01 ngay)",
  ], unless: ["(ct|chi tieu|kh|ke hoach) ngay #", "so ngay", "ngay con lai"] },

  // Rate: "Tỷ lệ (%)", "Tỷ lệ đạt", "% đạt", "Đạt (%)", "So với chỉ tiêu" (the share reached).
  { role: "rate", note: "a share, a percentage", score: 85, phrases: [
    "ty le", "ti le", "tl %", "^tl$", "%", "phan tram", "muc do hoan thanh", "muc dat", "^dat [ty le] %", "^so voi (chi tieu|ke hoach|ct|kh)",
  ], unless: ["(thieu|vuot|con thieu|chenh lech) … so voi"] },

  // Remaining: "Còn lại", "Chưa thực hiện / thu nhận / cấp / kích hoạt", "Còn phải thực hiện", "Còn thiếu".
  { role: "remaining", note: "still to do", score: 80, phrases: [
    "con lai", "con phai", "con thieu", "so con", "con (can|phai) (thuc hien|thu nhan|cap|kich hoat)", "chua dat",
    "chua hoan thanh", "^[so] thieu$", "phan con lai",
  ] },
  { role: "remaining", note: "not yet done", score: 60, phrases: ["chua", "thieu so voi"], unless: ["vuot"] },

  // Target: what is to be done. "Chỉ tiêu (được / đã) giao" beats "đã"; "Số phải thu nhận" beats "thu nhận".
  { role: "target", note: "target given", score: 85, phrases: [
    "chi tieu [duoc|da|dang] (giao|phan bo|phan giao)", "(ct|kh) [duoc|da] giao", "(duoc|da) (giao|phan bo|phan giao|cap tren giao)",
    "ke hoach [duoc|da] giao", "chi tieu (ke hoach|phan bo|cap tren giao|tinh giao|huyen giao)",
  ] },
  { role: "target", note: "what must be done", score: 78, phrases: [
    "(can|phai) (thuc hien|thu nhan|cap|kich hoat|lam|dat)", "so phai", "(muc|so) (can|phai) dat",
  ], unless: ["con (can|phai)", "con lai"] },
  // "Tổng số công dân chưa cấp Căn cước" over the age groups of an allocation table: the people still to reach
  // are the target. It beats the bare "chưa" (60); in a block with a target and a result, the figures make it
  // the remaining column again (remaining = target − done).
  { role: "target", note: "everyone still to reach", score: 72, phrases: [
    "tong (so|cong) … chua", "so (cong dan|nguoi|tre|tre em|ho so|truong hop|cd|doi tuong|nhan khau) chua [duoc] (cap|lam|thu nhan|kich hoat|co)",
  ] },
  { role: "target", note: "target, plan, need", score: 55, phrases: [
    "chi tieu", "^ct", "ke hoach", "^kh", "nhu cau", "giao", "phan bo", "dinh muc", "muc tieu", "phan dau", "(so|tong so) (can|phai)",
  ] },
  // The base population of a block ("Công dân từ 14 tuổi trở lên", "Số công dân trong độ tuổi").
  { role: "target", note: "base population", score: 50, reference: true, phrases: [
    "trong do tuoi", "(so|tong so|tong) (cong dan|nguoi|nhan khau|tre|tre em|ho so|doi tuong)", "^cong dan", "dan so", "nhan khau",
    "doi tuong", "so luong", "thuoc dien", "(chua co|chua duoc cap) (cccd|can cuoc|the|tai khoan)",
  ] },
  // Households ("Số hộ", "Tổng số hộ gia đình"): a reference count beside the figures, like the population.
  { role: "target", note: "households", score: 45, reference: true, phrases: ["^[tong] [so] ho [gia dinh|dan]$", "ho gia dinh", "so ho (dan|gia dinh)", "so ho$"] },
  { role: "target", note: "a total", score: 35, phrases: ["^tong"], fallback: true },

  // Done: "Đã thực hiện", "Kết quả (thực hiện)", "Đã thu nhận / cấp / kích hoạt", "Số đã làm", "Lũy kế".
  { role: "done", note: "cumulative result", score: 70, phrases: [
    "luy ke", "da thuc hien", "ket qua thuc hien", "tong so da", "so da", "da (thu nhan|cap|kich hoat|lam|dat|hoan thanh|xong)",
    "(thu nhan|cap|kich hoat|thuc hien|lam|tiep nhan) duoc", "dat duoc", "ket qua dat", "ket qua (den|tinh den)", "tu dau dot",
    "cong don", "tich luy", "da tiep nhan", "so (thuc hien|tiep nhan)",
  ] },
  // "Số hồ sơ làm sạch được", "Số tài khoản kích hoạt được": what was achieved ("được" closing the header).
  { role: "done", note: "… achieved", score: 65, phrases: ["duoc$"], unless: ["(giao|phan bo|phan giao|duyet)$", "^(so )?duoc"] },
  { role: "done", note: "a result", score: 60, phrases: ["da", "ket qua", "kq", "thuc te", "hoan thanh"] },
  { role: "done", note: "carried out", score: 50, phrases: ["thuc hien", "th"] },

  // English headers (a sheet made from an English template, or by a translator): weaker than the Vietnamese.
  { role: "daily", note: "English: per day", score: 88, phrases: ["(per|a|each) day", "^daily"] },
  { role: "rate", note: "English: a share", score: 80, phrases: ["^rate", "percent", "completion", "^share"] },
  { role: "remaining", note: "English: still to do", score: 75, phrases: ["remaining", "^left", "outstanding", "^balance", "to go"] },
  { role: "target", note: "English: target", score: 52, phrases: ["^target", "^quota", "^plan", "^goal", "assigned"] },
  { role: "done", note: "English: done", score: 58, phrases: ["^done", "achieved", "^actual", "^result", "cumulative", "completed", "issued", "activated", "received"] },
];

export interface CompiledRoleRule extends RoleRule {
  matchers: Phrase[];
  cancellers: Phrase[];
}

/**
 * The rules compiled, main rules first and the fallbacks after (they apply only when no other rule names a role);
 * compiled again whenever a rule or a phrase is added (next month's wording, added at run time).
 */
export const compiledRoleRules = rebuiltWhenTablesChange(
  () => {
    let key = addLength(0, ROLE_RULES);
    for (const r of ROLE_RULES) key = addLength(addLength(key, r.phrases), r.unless ?? NO_WORDS);
    return key;
  },
  (): CompiledRoleRule[] => {
    const compiled = ROLE_RULES.map((r) => ({ ...r, matchers: compileAll(r.phrases), cancellers: compileAll(r.unless ?? []) }));
    return [...compiled.filter((r) => !r.fallback), ...compiled.filter((r) => r.fallback)];
  },
);
