// How offices word the header of a quota table, as data: each wording belongs to a family (the name the score
// groups failures by). "{verb}" is the measure's verb ("thu nhận", "cấp", "kích hoạt"); "{object}" its object.
import type { Role } from "../../src/core/types";

export interface Wording {
  text: string;
  family: string;
}

export const w = (family: string, ...texts: string[]): Wording[] => texts.map((text) => ({ text, family }));

/** What a measure is about: the words its headers use. */
export interface Subject {
  label: string;
  verb: string;
  object: string;
}

export const SUBJECTS: readonly Subject[] = [
  { label: "Thu nhận hồ sơ cấp Căn cước", verb: "thu nhận", object: "hồ sơ" },
  { label: "Cấp CCCD", verb: "cấp", object: "CCCD" },
  { label: "Tài khoản ĐDĐT mức 2", verb: "cấp", object: "tài khoản" },
  { label: "Kích hoạt ĐDĐT", verb: "kích hoạt", object: "tài khoản" },
  { label: "Làm sạch dữ liệu dân cư", verb: "làm sạch", object: "hồ sơ" },
];

/** Age groups and other groups an office splits a target by (each group is a measure). */
export const GROUP_SETS: readonly (readonly string[])[] = [
  ["Dưới 14 tuổi", "Từ đủ 14 tuổi trở lên"],
  ["Trên 14 tuổi", "Dưới 14 tuổi"],
  ["Từ 0 đến dưới 6 tuổi", "Từ 6 đến dưới 14 tuổi"],
  ["Mức 1", "Mức 2"],
];

/** Role wordings of a column header, per role. */
export const ROLE_WORDINGS: Record<Role, readonly Wording[]> = {
  target: [
    ...w("target:chỉ tiêu", "Chỉ tiêu", "Chỉ tiêu {verb}"),
    ...w("target:chỉ tiêu giao", "Chỉ tiêu giao", "Chỉ tiêu được giao", "Chỉ tiêu đã giao"),
    ...w("target:kế hoạch", "Kế hoạch", "Kế hoạch giao", "Số {object} theo kế hoạch"),
    ...w("target:số phải", "Số phải {verb}", "Số {object} phải {verb}"),
    ...w("target:nhu cầu", "Nhu cầu", "Nhu cầu {verb}"),
    ...w("target:công dân trong độ tuổi", "Số công dân trong độ tuổi", "Công dân từ đủ 14 tuổi trở lên"),
  ],
  done: [
    ...w("done:đã thực hiện", "Đã thực hiện", "Số đã thực hiện"),
    ...w("done:kết quả", "Kết quả", "Kết quả thực hiện", "Kết quả {verb}"),
    ...w("done:đã {verb}", "Đã {verb}", "Số đã {verb}", "Số {object} đã {verb}"),
    ...w("done:số đã làm", "Số đã làm"),
    ...w("done:lũy kế", "Lũy kế", "Lũy kế đến nay", "Lũy kế từ đầu đợt"),
    ...w("done:tổng số đã", "Tổng số đã {verb}", "Tổng số đã thực hiện"),
  ],
  remaining: [
    ...w("remaining:còn lại", "Còn lại", "Số còn lại"),
    ...w("remaining:chưa", "Chưa thực hiện", "Chưa {verb}", "Số chưa {verb}"),
    ...w("remaining:còn phải", "Còn phải thực hiện", "Còn phải {verb}"),
  ],
  rate: [
    ...w("rate:tỷ lệ", "Tỷ lệ (%)", "Tỷ lệ", "Tỉ lệ %"),
    ...w("rate:tỷ lệ đạt", "Tỷ lệ đạt", "Tỷ lệ đạt (%)", "Tỷ lệ hoàn thành (%)"),
    ...w("rate:% đạt", "% đạt", "Đạt (%)"),
  ],
  daily: [
    ...w("daily:chỉ tiêu 01 ngày", "Chỉ tiêu TB 01 ngày", "Chỉ tiêu trung bình 01 ngày", "Chỉ tiêu 01 ngày"),
    ...w("daily:ct/ngày", "CT/ngày", "Chỉ tiêu/ngày"),
    ...w("daily:bình quân", "Bình quân/ngày", "Bình quân 01 ngày"),
    ...w("daily:theo ngày", "Theo ngày", "Chỉ tiêu vận động theo ngày"),
  ],
};

/** Parents over age groups in an allocation table: the people still to reach are the target. */
export const TARGET_PARENTS: readonly Wording[] = [
  ...w("target-parent:tổng số công dân chưa cấp", "Tổng số công dân chưa cấp Căn cước", "Tổng số công dân chưa được cấp CCCD"),
  ...w("target-parent:chỉ tiêu", "Chỉ tiêu giao", "Chỉ tiêu được giao", "Chỉ tiêu"),
  ...w("target-parent:số phải", "Số phải thu nhận", "Số hồ sơ phải thu nhận"),
];

/** A column of the group total in an allocation table. */
export const GROUP_TOTALS: readonly string[] = ["Tổng", "Tổng số", "Cộng"];

/**
 * Words over a whole table of measures (the top row of a three-row header). They name the work, never a role:
 * "Kết quả thực hiện" over targets would contradict the columns under it.
 */
export const TOP_PARENTS: readonly string[] = ["Thu nhận hồ sơ cấp Căn cước", "Cao điểm thu nhận hồ sơ", "Cấp Căn cước và định danh điện tử"];
/** Over a progress table only. */
export const PROGRESS_TOP_PARENTS: readonly string[] = [...TOP_PARENTS, "Tiến độ thực hiện"];

/** The day's result beside the cumulative done: set aside, never the done of a measure. */
export const TODAY_WORDINGS: readonly string[] = ["Kết quả trong ngày", "Trong ngày", "Thực hiện trong ngày", "Số {object} {verb} trong ngày"];
/** A parent over "Trong ngày | Lũy kế". */
export const RESULT_PARENTS: readonly string[] = ["Kết quả thực hiện", "Kết quả", "Số đã {verb}"];

/** Words that start the total row. */
export const TOTAL_LABELS: readonly Wording[] = [
  ...w("total:tổng", "Tổng", "TỔNG"),
  ...w("total:tổng cộng", "Tổng cộng", "TỔNG CỘNG"),
  ...w("total:cộng", "Cộng"),
  ...w("total:toàn", "Toàn huyện", "Toàn tỉnh", "Toàn thành phố"),
];

export const INDEX_HEADERS: readonly string[] = ["STT", "TT", "Số TT", "Stt"];

/** "Đơn vị tính" lines: they name the unit of measure, never the unit column. */
export const MEASURE_UNIT_LINES: readonly string[] = ["Đơn vị tính: hồ sơ", "ĐVT: người", "Đơn vị tính: Hồ sơ", "ĐVT: tài khoản", "(Đơn vị tính: người)"];

/** Fill a wording's placeholders with a subject's words. */
export function fillWording(text: string, subject: Subject): string {
  return text.replace(/\{verb\}/g, subject.verb).replace(/\{object\}/g, subject.object);
}
