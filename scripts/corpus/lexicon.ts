// The words a corpus is written with. MAIN holds the wordings of domain.md and of offices' own plans, which the
// reader's lists were built from; HELD_OUT holds other wordings of the same families, never used to build them:
// a reader that generalises reads both.
import type { Role } from "../../src/core/types";
import { h, UnitHeading, UNIT_HEADINGS } from "./units";
import { HELD_OUT_TITLE_WORDS, MAIN_TITLE_WORDS, TitleWords } from "./title-words";
import { RESULT_PARENTS, ROLE_WORDINGS, TARGET_PARENTS, TODAY_WORDINGS, TOTAL_LABELS, w, Wording } from "./wordings";

export interface Lexicon {
  name: string;
  roles: Record<Role, readonly Wording[]>;
  /** Cumulative done wordings, beside a day's result column. */
  cumulative: readonly Wording[];
  targetParents: readonly Wording[];
  unitHeadings: readonly UnitHeading[];
  totals: readonly Wording[];
  today: readonly string[];
  resultParents: readonly string[];
  /** Days, period and data date in the title. */
  titles: TitleWords;
}

export const MAIN: Lexicon = {
  name: "main",
  roles: ROLE_WORDINGS,
  cumulative: ROLE_WORDINGS.done.filter((x) => x.family === "done:lũy kế"),
  targetParents: TARGET_PARENTS,
  unitHeadings: UNIT_HEADINGS,
  totals: TOTAL_LABELS,
  today: TODAY_WORDINGS,
  resultParents: RESULT_PARENTS,
  titles: MAIN_TITLE_WORDS,
};

export const HELD_OUT: Lexicon = {
  name: "held-out",
  roles: {
    target: [
      ...w("target:phân bổ", "Chỉ tiêu phân bổ", "Số được phân bổ"),
      ...w("target:số giao", "Số giao", "Số lượng giao", "KH giao"),
      ...w("target:cần", "Số cần {verb}", "Số lượng cần {verb}"),
      ...w("target:mục tiêu", "Mục tiêu", "Mục tiêu {verb}"),
    ],
    done: [
      ...w("done:hoàn thành", "Đã hoàn thành", "Số đã hoàn thành"),
      ...w("done:được", "Thực hiện được", "Số {object} {verb} được", "Kết quả đạt được"),
      ...w("done:cộng dồn", "Cộng dồn", "Cộng dồn đến nay"),
    ],
    remaining: [
      ...w("remaining:chưa hoàn thành", "Chưa hoàn thành", "Số chưa hoàn thành"),
      ...w("remaining:còn thiếu", "Còn thiếu", "Số còn thiếu", "Số còn phải {verb}"),
    ],
    rate: [
      ...w("rate:% hoàn thành", "% hoàn thành", "Tỉ lệ hoàn thành", "Tỷ lệ (%) đạt được"),
      ...w("rate:đạt tỷ lệ", "Đạt tỷ lệ (%)", "Tỷ lệ %"),
    ],
    daily: [
      ...w("daily:mỗi ngày", "Bình quân mỗi ngày", "Chỉ tiêu mỗi ngày", "Mỗi ngày"),
      ...w("daily:TB/ngày", "TB/ngày", "Trung bình ngày", "Số phải {verb} 01 ngày"),
    ],
  },
  cumulative: w("done:cộng dồn", "Cộng dồn", "Cộng dồn từ đầu đợt", "Tổng cộng dồn"),
  targetParents: [
    ...w("target-parent:chưa có", "Số công dân chưa có thẻ Căn cước", "Số trẻ em chưa được cấp Căn cước"),
    ...w("target-parent:phân bổ", "Chỉ tiêu phân bổ", "Số giao"),
  ],
  unitHeadings: [
    ...h("unit:đơn vị hành chính", "commune", "Đơn vị hành chính", "Tên đơn vị hành chính"),
    ...h("unit:xã phường", "commune", "Phường, xã", "Tên xã, phường", "Xã/thị trấn"),
    ...h("unit:quận huyện", "district", "Huyện/thị xã/thành phố", "Quận, huyện, thị xã", "Tên huyện"),
    ...h("unit:công an", "police", "Công an các xã, thị trấn", "Công an phường, xã"),
    ...h("unit:thôn ấp", "hamlet", "Ấp, khu phố", "Thôn, tổ dân phố", "Bản"),
    ...h("unit:cơ quan", "team", "Cơ quan, đơn vị", "Đơn vị công tác"),
  ],
  totals: [
    ...w("total:tổng số", "Tổng số", "TỔNG SỐ"),
    ...w("total:tổng toàn", "Tổng toàn huyện", "Tổng cộng toàn tỉnh", "Toàn đơn vị"),
    ...w("total:cộng", "Cộng chung", "CỘNG"),
  ],
  today: ["Số liệu trong ngày", "Trong ngày hôm nay", "Kết quả ngày"],
  resultParents: ["Kết quả đạt được", "Số đã hoàn thành"],
  titles: HELD_OUT_TITLE_WORDS,
};

export const LEXICONS: Record<string, Lexicon> = { main: MAIN, "held-out": HELD_OUT };
