// The picture's sizes and colours in one table. The picture is read on a phone, at the width a chat app shows
// it: 1080 px wide, every text at least 28 px high, and no part taller than a phone screen's shape (9 : 19.5),
// because a chat app shows a taller picture shrunk to fit the screen, which makes the text too small again.
export const LOOK = {
  width: 1080,
  /** A phone screen's height at 1080 px wide: a part never grows taller than this (a long table is split). */
  maxHeight: 2340,
  margin: 28,
  titlePx: 40,
  textPx: 30,
  headerPx: 28,
  /** Line height as a multiple of the font size (room for the marks above Vietnamese capitals). */
  lineHeight: 1.38,
  cellPadX: 18,
  cellPadY: 8,
  /** The unit column never narrower than this; the status column gives way first (its colour stays). */
  minUnitWidth: 300,
  gap: 14,
  background: "#FFFFFF",
  ink: "#1F1F1F",
  muted: "#404040",
  grid: "#BFBFBF",
  headerFill: "#DDEBF7",
  totalFill: "#F2F2F2",
  font: "Noto Sans",
} as const;

/** Vertical offset from a line's centre to its baseline, as a fraction of the font size. */
export const BASELINE_SHIFT = 0.36;
