// How offices word a campaign in the lines around a quota table: the plan's own days, its period, its phases,
// the day the figures are counted to, and the date of the document that carries them. Each list is written
// the way a clerk types it; src/core/campaign-hints.ts folds every phrase with the one normaliser (diacritics,
// case, quotes and commas dropped), so "“22 ngày, đêm”", "22 ngay dem" and "22 NGÀY ĐÊM" are one phrase.
// Adding next month's wording is one line here (even at run time: the patterns are rebuilt when a list grows) and one title in test/core/campaign-hints-generated.test.ts.

export const CAMPAIGN_PHRASES = {
  /** After the number of days of the plan: "cao điểm 90 ngày đêm", "“22 ngày, đêm”". */
  daysAndNights: ["ngày đêm", "ngày và đêm", "ngày, đêm"],

  /** Opening a period: "từ ngày 01/8/2024", "(Từ 03/6/2023", "kể từ ngày". */
  periodStart: ["từ ngày", "từ", "kể từ ngày", "kể từ", "bắt đầu từ ngày", "bắt đầu từ"],

  /** Between the two days of a period: "đến ngày", "đến hết ngày" (the end day is still counted). */
  periodEnd: ["đến hết ngày", "đến ngày", "đến hết", "đến", "tới ngày", "tới", "kết thúc ngày", "và kết thúc ngày"],

  /** A phase's name: "Đợt 1: từ 01/8 đến 30/8/2024", "Giai đoạn II". The name's number follows. */
  phaseWords: ["đợt", "giai đoạn", "phase"],

  /**
   * Right before the day the figures are counted to (a time of day may come between: "17h00", "17 giờ"):
   * "tính đến ngày 15/9/2024", "Số liệu đến 17h00 ngày 15/09/2024", "lũy kế đến ngày".
   */
  dataDateLead: [
    "số liệu tính đến hết ngày", "số liệu tính đến ngày", "số liệu tính đến", "số liệu đến hết ngày", "số liệu đến ngày",
    "số liệu đến", "số liệu ngày", "tính đến hết ngày", "tính đến ngày", "tính đến", "tính tới ngày", "tính tới",
    "lũy kế đến ngày", "lũy kế đến", "cập nhật đến ngày", "cập nhật đến", "kết quả đến ngày", "kết quả đến",
    "kết quả thực hiện đến ngày", "kết quả thực hiện đến", "thực hiện đến ngày", "thực hiện đến",
    "số liệu cập nhật ngày", "cập nhật ngày", "cập nhật lúc",
  ],

  /**
   * A label of its own before a date ("Ngày báo cáo: 15/9/2024", "Thời điểm chốt số liệu: 17h ngày 15/9/2024",
   * "Số liệu tổng hợp đến: 15/9"): a label holding one of these words speaks of the report or its data, and its
   * date is the data date. Any wording of the label, as long as it says what the date is of.
   */
  dataDateLabelWords: [
    "báo cáo", "số liệu", "dữ liệu", "kết quả", "thống kê", "tổng hợp", "chốt", "cập nhật", "lũy kế", "tiến độ",
    "thực hiện", "report", "data", "as of",
  ],

  /** Between the lead and the time or day: "Tính đến thời điểm 17h00' ngày 15/9/2024". */
  dataDateFiller: ["thời điểm", "lúc"],

  /**
   * Right before a period that is the data's span, not the campaign's: "Số liệu từ ngày 01/8/2024 đến ngày
   * 15/9/2024", "lũy kế từ đầu đợt (từ 01/8 đến 15/9/2024)": its end is the data date. Only right before: in
   * "Kết quả thực hiện đợt cao điểm từ … đến …" the period is the campaign's.
   */
  dataSpanLead: ["số liệu", "kết quả", "lũy kế", "lũy kế từ đầu đợt", "số liệu lũy kế", "kết quả lũy kế"],

  /** A title opening with these and ending in "ngày 15/9/2024" gives the data date: "BÁO CÁO KẾT QUẢ … NGÀY 15/9/2024". */
  reportTitle: ["báo cáo", "tiến độ", "kết quả", "tổng hợp kết quả", "tổng hợp", "bảng tổng hợp", "bảng theo dõi", "biểu", "biểu tổng hợp", "thống kê"],

  /**
   * A reference to another document: its date is the document's, not the data's ("Kèm theo Báo cáo số
   * 12/BC-CAH ngày 16/9/2024"). "số" followed by the document's number marks it.
   */
  documentReference: ["kèm theo", "số"],

  /** Words of a time of day between the lead and the day: "17 giờ 00 phút", "17h00", "17g". */
  timeWords: ["giờ", "phút", "h", "g"],
};

/** The document's date is usually the morning after the data: the data date is taken as this many days before. */
export const DOCUMENT_DATE_LAG_DAYS = 1;
