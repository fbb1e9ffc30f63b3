// The held-out set's own wordings, chosen from how commune and district offices write their sheets (families of
// domain.md, variants picked independently of the team's corpus). Each list is one family.

/** Unit-column headers, with the kind of units listed under them. */
export type UnitKind = "commune" | "district" | "hamlet" | "team";
export const UNIT_HEADERS: readonly { text: string; kind: UnitKind }[] = [
  { text: "Đơn vị", kind: "commune" },
  { text: "Tên đơn vị", kind: "commune" },
  { text: "Đơn vị (Công an xã)", kind: "commune" },
  { text: "Xã, thị trấn", kind: "commune" },
  { text: "Tên xã/phường", kind: "commune" },
  { text: "Xã/phường/thị trấn", kind: "commune" },
  { text: "Công an xã, thị trấn", kind: "commune" },
  { text: "Địa bàn", kind: "commune" },
  { text: "Đơn vị thực hiện", kind: "commune" },
  { text: "Quận/Huyện", kind: "district" },
  { text: "Huyện, thị xã, thành phố", kind: "district" },
  { text: "Tổ dân phố/Thôn", kind: "hamlet" },
  { text: "Thôn, bản", kind: "hamlet" },
  { text: "Đội nghiệp vụ", kind: "team" },
];

export const COMMUNES = [
  "Phú Lương", "Hòa Bình", "Tân Lập", "Đông Sơn", "Yên Ninh", "Minh Đức", "Quang Trung", "Nghĩa Hưng", "Thượng Lâm",
  "Bình Thành", "Vĩnh Hảo", "Cẩm Giàng", "Phúc Thịnh", "Thanh Xuân", "Lạc Đạo", "Hợp Tiến", "Mỹ Lộc", "Đức Phổ",
  "Xuân Trường", "Kim Sơn", "Tiên Hưng", "Phong Châu", "Hương Mạc", "Định Hóa",
];
export const COMMUNE_PREFIXES = ["Xã ", "Phường ", "Thị trấn ", "", "", "CA xã "];
export const DISTRICTS = [
  "Huyện Văn Lâm", "Huyện Mỹ Hào", "Thành phố Hưng Yên", "Huyện Kim Động", "Thị xã Phú Thọ", "Huyện Tam Nông",
  "Quận Ngô Quyền", "Quận Lê Chân", "Huyện Thủy Nguyên", "Huyện Tiên Lãng", "Thị xã Quảng Yên",
];
export const HAMLETS = [
  "Tổ dân phố 1", "Tổ dân phố 2", "Tổ dân phố 3", "TDP Đồng Tâm", "Thôn Đông", "Thôn Đoài", "Thôn Trung",
  "Bản Nà Hừ", "Bản Pa Vệ", "Thôn Hạ", "Xóm Mới", "Thôn Lương Xá",
];
export const TEAMS = ["Đội Cảnh sát QLHC", "Đội CSĐTTP về TTXH", "Đội Tổng hợp", "Tổ công tác số 1", "Tổ công tác số 2", "Đội CS giao thông"];

/** What each measure is about: a parent header over its block. */
export const TOPICS = [
  "Thu nhận hồ sơ cấp thẻ Căn cước",
  "Cấp tài khoản ĐDĐT mức 2",
  "Kích hoạt tài khoản định danh điện tử",
  "Làm sạch dữ liệu dân cư",
  "Thu nhận hồ sơ CCCD gắn chip",
  "Kích hoạt VNeID mức 2",
];
export const AGE_GROUPS = ["Dưới 14 tuổi", "Từ đủ 14 tuổi trở lên", "Từ 0 đến dưới 6 tuổi", "Từ 6 đến dưới 14 tuổi"];

/** Role wordings; {d} is the as-of day ("15/9"). */
export const TARGET_WORDS = [
  "Chỉ tiêu được giao năm 2024", "Chỉ tiêu giao", "Chỉ tiêu đã giao", "Số hồ sơ phải thu nhận", "Kế hoạch",
  "Chỉ tiêu", "Chỉ tiêu được giao", "Nhu cầu cấp", "Số công dân trong độ tuổi phải cấp", "Số phải kích hoạt",
  "Chỉ tiêu huyện giao",
];
export const DONE_WORDS = [
  "Kết quả thực hiện lũy kế đến ngày {d}", "Kết quả thực hiện", "Đã thu nhận", "Lũy kế từ đầu đợt", "Số đã thực hiện",
  "Tổng số đã thu nhận", "Lũy kế đến nay", "Kết quả đạt được", "Số đã làm",
];
export const REMAINING_WORDS = ["Số còn phải thực hiện", "Còn lại", "Chưa thực hiện", "Còn phải thu nhận", "Số còn lại"];
export const RATE_WORDS = ["Tỷ lệ hoàn thành (%)", "Tỷ lệ (%)", "% đạt", "Đạt (%)", "Tỷ lệ đạt", "Tỷ lệ % so với chỉ tiêu"];
export const DAILY_WORDS = [
  "Bình quân 01 ngày phải đạt", "Chỉ tiêu TB 01 ngày", "CT/ngày", "Chỉ tiêu bình quân/ngày", "Theo ngày", "Trung bình 01 ngày",
];
export const DAY_RESULT_WORDS = ["Kết quả trong ngày", "Trong ngày", "Thực hiện trong ngày"];

/** Parents of an allocation table's target columns. */
export const ALLOCATION_PARENTS = [
  "Chỉ tiêu được giao", "Tổng số công dân chưa cấp Căn cước", "Số hồ sơ phải thu nhận", "Chỉ tiêu giao theo độ tuổi",
];
export const TOTAL_COLUMN_WORDS = ["Tổng", "Tổng số", "Cộng"];

export const TOTAL_ROWS = ["Tổng cộng", "Cộng", "Toàn huyện", "TỔNG", "Tổng số", "Toàn tỉnh"];
export const SECTIONS: readonly { head: string; subtotal: string }[] = [
  { head: "I. KHỐI PHƯỜNG", subtotal: "Cộng khối phường" },
  { head: "II. KHỐI XÃ", subtotal: "Cộng khối xã" },
  { head: "III. KHỐI THỊ TRẤN", subtotal: "Cộng khối thị trấn" },
];
export const NOTES = [
  "Ghi chú: Số liệu do Công an các xã, thị trấn báo cáo.",
  "* Các đơn vị chậm tiến độ tập trung lực lượng, làm cả ngày Lễ, cuối tuần.",
  "Nơi nhận: - Như trên; - Lưu: VT.",
];
export const SIGNERS = [["NGƯỜI LẬP BIỂU", "Nguyễn Thị Hoa"], ["TRƯỞNG CÔNG AN HUYỆN", "Trần Văn Minh"], ["KT. TRƯỞNG PHÒNG", "Lê Quang Huy"]];

/** Title words. */
export const TITLE_HEADS = [
  "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU",
  "BẢNG TỔNG HỢP TIẾN ĐỘ THU NHẬN HỒ SƠ CĂN CƯỚC",
  "KẾT QUẢ CẤP, KÍCH HOẠT TÀI KHOẢN ĐỊNH DANH ĐIỆN TỬ",
  "Biểu tổng hợp kết quả thực hiện",
];
export const ALLOCATION_TITLE_HEADS = ["BẢNG GIAO CHỈ TIÊU", "PHÂN BỔ CHỈ TIÊU THU NHẬN HỒ SƠ CĂN CƯỚC", "Chỉ tiêu giao cho các đơn vị"];
export const UNIT_OF_MEASURE = ["Đơn vị tính: hồ sơ", "ĐVT: tài khoản", "Đơn vị tính: Hồ sơ"];
