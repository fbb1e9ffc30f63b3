// The command line's --help, in both languages: only the command line prints it, so it stays out of the message
// catalogue the task pane loads (the pane's first screen has a size budget).
import type { Lang } from "../core/types";

type HelpText = Record<Lang, string>;

const commands: HelpText = {
  vi: [
    "quota-report: đọc bảng giao chỉ tiêu trong tệp .xlsx, tính tiến độ và lập báo cáo ngày.",
    "",
    "  quota-report analyze TỆP.xlsx [tùy chọn] [--json]",
    "      In kết quả từng đơn vị (chỉ tiêu ngày, tỷ lệ đạt, tiến độ, tình trạng).",
    "  quota-report report TỆP.xlsx [-o KẾT-QUẢ.xlsx] [tùy chọn] [--measure MÃ] [--text] [--force]",
    "      Ghi bản sao có trang báo cáo mới và tô màu đơn vị chậm; tệp gốc không bị sửa.",
    "      Tệp KẾT-QUẢ đã có thì được giữ (bản sao lấy tên \"KẾT-QUẢ (2).xlsx\"), trừ khi có --force.",
    "      --image ẢNH.png: thêm ảnh bảng báo cáo để gửi nhóm Zalo (rộng 1080 px; bảng dài thành ẢNH-1.png, ẢNH-2.png…);",
    "      dùng được cả khi không có -o; với --week/--phase là ảnh báo cáo tuần/đợt. Tệp ảnh đã có cũng được giữ như trên.",
    "",
    "Tùy chọn:",
    "  --sheet TÊN            trang có bảng (mặc định: trang ghi ngày mới nhất, không có thì trang đầu tiên có bảng)",
    "  --from NGÀY --to NGÀY  thời gian đợt, dạng ngày/tháng/năm (01/08/2024)",
    "  --days N               số ngày theo kế hoạch (\"90 ngày đêm\" → 90)",
    "  --as-of NGÀY           ngày số liệu (mặc định: ngày trang ghi, \"tính đến ngày …\"; không có thì hôm nay)",
    "  --working-days         chỉ tính ngày làm việc; --holidays NGÀY,NGÀY… ngày nghỉ lễ",
    "  --rounding half-up|up  làm tròn chỉ tiêu ngày (mặc định half-up: 16,5 → 17)",
    "  --lang vi|en           ngôn ngữ (mặc định vi)",
    "  --unit-col CỘT         cột tên đơn vị, khi không tự nhận ra (ví dụ --unit-col B)",
    "  --role CỘT=VAI-TRÒ     vai trò của một cột (lặp lại được, hoặc C=target,D=done): target (chỉ tiêu),",
    "                         done (đã thực hiện), remaining (còn lại), rate (tỷ lệ), daily (chỉ tiêu 01 ngày),",
    "                         ignore (bỏ qua cột)",
  ].join("\n"),
  en: [
    "quota-report: reads the quota table of an .xlsx file, computes progress and writes the daily report.",
    "",
    "  quota-report analyze FILE.xlsx [options] [--json]",
    "      Prints every unit's figures (daily target, completion, pace, status).",
    "  quota-report report FILE.xlsx [-o OUT.xlsx] [options] [--measure ID] [--text] [--force]",
    "      Writes a copy with a new report sheet and the lagging units coloured; the input is never changed.",
    "      An existing OUT is kept (the copy is named \"OUT (2).xlsx\") unless --force is given.",
    "      --image PIC.png: also a picture of the report table for a chat group (1080 px wide; a long table becomes",
    "      PIC-1.png, PIC-2.png…); works without -o too; with --week/--phase, the period report's picture.",
    "      Existing pictures are kept the same way.",
    "",
    "Options:",
    "  --sheet NAME           the sheet holding the table (default: the latest-dated one, else the first with a table)",
    "  --from DATE --to DATE  the campaign's dates, day/month/year (01/08/2024)",
    "  --days N               the plan's own number of days (\"90 ngày đêm\" → 90)",
    "  --as-of DATE           the date of the data (default: the one the sheet states, \"tính đến ngày …\"; else today)",
    "  --working-days         count working days only; --holidays DATE,DATE… holidays",
    "  --rounding half-up|up  rounding of the daily target (default half-up: 16.5 → 17)",
    "  --lang vi|en           language (default vi)",
    "  --unit-col COL         the unit-name column, when it is not recognised (e.g. --unit-col B)",
    "  --role COL=ROLE        a column's role (repeat it, or C=target,D=done): target, done, remaining, rate,",
    "                         daily (daily target), ignore (leave the column out)",
  ].join("\n"),
};

const history: HelpText = {
  vi: [
    "",
    "Sổ có mỗi ngày một trang (\"13-9\", \"14-9\", \"Ngay 15-9\", \"15-9-2024\" hoặc tiêu đề \"BÁO CÁO … NGÀY 15/9/2024\"):",
    "  mặc định đọc trang có ngày mới nhất (--sheet chọn trang khác) và lấy ngày đó làm ngày số liệu (--as-of thay được);",
    "  các trang ngày trước, trang \"Lịch sử tiến độ\" và cột \"trong ngày\" cho kết quả trong ngày, TB 7 ngày, thay đổi hạng.",
    "  --week                 (report) báo cáo tuần: 7 ngày đến ngày số liệu, so với chỉ tiêu của tuần",
    "  --phase N              (report) báo cáo đợt N theo kế hoạch; --phase-from NGÀY --phase-to NGÀY ghi ngày của đợt",
    "  --chart-unit TÊN       (report) vẽ thêm biểu đồ tiến độ lũy kế của đơn vị này bên cạnh toàn huyện",
    "  Mỗi lần lập báo cáo, số liệu hôm nay được lưu vào trang \"Lịch sử tiến độ\" của bản sao.",
  ].join("\n"),
  en: [
    "",
    "A workbook with one sheet per day (\"13-9\", \"14-9\", \"Ngay 15-9\", \"15-9-2024\" or a title \"BÁO CÁO … NGÀY 15/9/2024\"):",
    "  the latest day's sheet is read by default (--sheet picks another) and its day is the as-of date (--as-of overrides);",
    "  earlier day sheets, the \"Lịch sử tiến độ\" sheet and a \"trong ngày\" column give today's results, 7-day average, rank change.",
    "  --week                 (report) weekly report: the 7 days to the as-of date against the week's share of the target",
    "  --phase N              (report) report of phase N of the plan; --phase-from DATE --phase-to DATE give its dates",
    "  --chart-unit NAME      (report) also draw this unit's cumulative progress chart beside the total's",
    "  Every report saves today's figures in the copy's \"Lịch sử tiến độ\" sheet.",
  ].join("\n"),
};

const allocation: HelpText = {
  vi: [
    "  quota-report allocate TỆP.xlsx --total N [--base-col CỘT] [--days N] [--minimum N] [--method proportional] -o KẾT-QUẢ.xlsx",
    "      Phân bổ tổng chỉ tiêu N cho các đơn vị theo cột làm căn cứ (chữ cột, ví dụ D), cộng lại đúng bằng N,",
    "      kèm chỉ tiêu 01 ngày cộng lại đúng bằng chỉ tiêu ngày của toàn đơn vị; ghi vào trang mới của bản sao.",
    "      --method proportional: làm tròn riêng từng đơn vị như nhiều kế hoạch in (có thể lệch tổng; số lệch được ghi).",
    "  quota-report merge TỆP1 TỆP2 … --plan KẾ-HOẠCH.xlsx [--map SÁP-NHẬP.xlsx] [--province TỈNH] -o TỔNG-HỢP.xlsx",
    "      Tổng hợp báo cáo các xã (mỗi tệp một mẫu riêng) vào trang \"Tổng hợp\"; --plan: bảng kế hoạch (đơn vị, thứ tự,",
    "      chỉ tiêu; --units cũng được); --map: bảng hai cột tên cũ → tên mới (nhiều tên cũ → một xã: cộng; một → một:",
    "      đổi tên). Đơn vị chưa gửi để trống; số liệu lệch, tên gần giống được nêu kèm tệp, trang, ô để xem lại.",
  ].join("\n"),
  en: [
    "  quota-report allocate FILE.xlsx --total N [--base-col COL] [--days N] [--minimum N] [--method proportional] -o OUT.xlsx",
    "      Gives out the total N over the units by the base column (a letter, e.g. D), adding up to exactly N,",
    "      with daily targets adding up to the whole's daily target; written to a new sheet of a copy.",
    "      --method proportional: each unit rounded on its own, as many plans print (may miss the total; the gap is said).",
    "  quota-report merge FILE1 FILE2 … --plan PLAN.xlsx [--map MAPPING.xlsx] [--province NAME] -o OUT.xlsx",
    "      Gathers the communes' reports (each file in its own layout) into a \"Tổng hợp\" sheet; --plan: the plan (units,",
    "      order, targets; --units works too); --map: two columns old → new name (several old → one: added; one → one:",
    "      renamed). Who sent nothing stays empty; differing figures and near names are listed with file, sheet, cell.",
  ].join("\n"),
};

/** The whole --help: the commands and shared options, the history options, allocation and consolidation. */
export function helpText(lang: Lang): string {
  return `${commands[lang]}\n${history[lang]}\n\n${allocation[lang]}`;
}
