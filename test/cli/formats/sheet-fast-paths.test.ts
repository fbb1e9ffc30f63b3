// The sheet reader's in-place readers (a saved number, a shared-string index, a cell reference, a style index)
// give what the general parse gives: on generated spellings one by one, and on whole generated sheets read as
// written and read again with every value spelt through a character reference, which forces the general path.
import { cellRefNumbers } from "../../../src/core/address";
import { readSheetXml, type SheetContext } from "../../../src/cli/formats/sheet-stream";
import { COLS, decimalAt, refAt } from "../../../src/cli/formats/sheet-values";
import { mulberry32 } from "./xml-parts";

const random = mulberry32(90);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(random() * 10))).join("");

/** Saved numbers as writers spell them, and spellings that only the general parse reads. */
function numberText(): string {
  const sign = pick(["", "", "-", "+", " "]);
  const whole = digits(Math.floor(random() * 12));
  const frac = random() < 0.5 ? "." + digits(Math.floor(random() * 9)) : "";
  const tail = pick(["", "", "", "e3", "E-2", "x", " ", ".5"]);
  return sign + whole + frac + tail;
}

test("a saved number read in place is parseFloat's number, or is left to parseFloat", () => {
  const fixed = ["0", "-0", "1.", ".5", "-.5", "55.91", "0.1", "123456789012345", "1234567890123456", "9007199254740993", "0.30000000000000004", "1e5", "", "-", ".", "1.2.3", "00012.50"];
  for (const text of [...fixed, ...Array.from({ length: 5000 }, numberText)]) {
    const fast = decimalAt(text, 0, text.length);
    if (!Number.isNaN(fast)) expect({ text, n: fast }).toEqual({ text, n: parseFloat(text) });
    else expect({ text, plain: /^-?\d*\.?\d*$/.test(text) && text.replace(/\D/g, "").length > 0 && text.replace(/\D/g, "").length <= 15 }).toEqual({ text, plain: false });
  }
});

test("a cell reference read in place is cellRefNumbers' reference", () => {
  const fixed = ["A1", "b7", "XFD1048576", "XFE1", "A1048577", "A0", "A", "1", "A 1", "A1.0", "A01", "$A$1", "AA1e2", "Ä1"];
  const generated = Array.from({ length: 5000 }, () => pick(["", "A", "Z", "AB", "XFD", "xfe", "b"]) + pick(["", "0", "00"]) + digits(Math.floor(random() * 9)) + pick(["", "", " ", ".0", "e1"]));
  for (const ref of [...fixed, ...generated]) {
    const at = cellRefNumbers(ref);
    expect({ ref, at: refAt(ref, 0, ref.length) }).toEqual({ ref, at: at ? at[0] * COLS + at[1] : -1 });
  }
});

const VIET = ["Xã Số 1", "Đã cấp CCCD", "Phường Hòa Bình", "Tỷ lệ (%)", "3.903", "a & b", "1 000"];

/** A generated sheet part: numbers, shared strings, inline and formula text, booleans, errors, styles, gaps. */
function generatedSheet(): string {
  let rows = "";
  let r = 0;
  for (let k = 0; k < 40; k++) {
    r += 1 + Math.floor(random() * 3);
    const hidden = random() < 0.1 ? ' hidden="1"' : "";
    let cells = "";
    let c = 0;
    for (let j = 0; j < 8; j++) {
      c += 1 + Math.floor(random() * 2);
      const ref = random() < 0.1 ? "" : ` r="${String.fromCharCode(64 + c)}${r}"`;
      const s = random() < 0.4 ? ` s="${Math.floor(random() * 4)}"` : "";
      const kind = random();
      if (kind < 0.35) cells += `<c${ref}${s}><v>${numberText()}</v></c>`;
      else if (kind < 0.55) cells += `<c${ref}${s} t="s"><v>${pick(["0", "1", "2", "6", "7", "01", " 2"])}</v></c>`;
      else if (kind < 0.62) cells += `<c${ref} t="inlineStr"><is><t>${pick(VIET).replace("&", "&amp;")}</t></is></c>`;
      else if (kind < 0.68) cells += `<c${ref} t="b"><v>${pick(["1", "0", "true"])}</v></c>`;
      else if (kind < 0.72) cells += `<c${ref} t="e"><v>#DIV/0!</v></c>`;
      else if (kind < 0.8) cells += `<c${ref}${s}><f>SUM(A${r}:B${r})</f><v>${numberText()}</v></c>`;
      else if (kind < 0.85) cells += `<c${ref} t="str"><f>A1&amp;"x"</f><v>${pick(VIET).replace("&", "&amp;")}</v></c>`;
      else if (kind < 0.9) cells += `<c${ref}${s}/>`;
      else cells += `<c${ref}${s} t="n"><v>${numberText()}</v></c>`;
    }
    rows += `<row r="${r}"${hidden}>${cells}</row>`;
  }
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData><mergeCells><mergeCell ref="A1:B2"/></mergeCells></worksheet>`;
}

/** The same sheet with the first character of every reference, style and saved value written as &#NN;. */
function spelledThroughReferences(xml: string): string {
  const ref = (ch: string) => `&#${ch.codePointAt(0)};`;
  return xml
    .replace(/ (r|s)="([^"])/g, (_m, name: string, ch: string) => ` ${name}="${ref(ch)}`)
    .replace(/<v>([^<&])/g, (_m, ch: string) => `<v>${ref(ch)}`);
}

function cells(xml: string) {
  const ctx: SheetContext = { sharedStrings: ["STT", "Đơn vị", "Xã Số 1", "3.903"], formats: [undefined, "0.00", "dd/mm/yyyy", "[h]:mm"], date1904: false };
  try {
    const sheet = readSheetXml("Tiến độ", xml, ctx);
    const all = [...sheet.entries()].sort((a, b) => a.row - b.row || a.col - b.col);
    return { all, hiddenRows: [...sheet.hiddenRows].sort(), merges: sheet.merges };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

test("whole generated sheets read in place read as through the general path", () => {
  for (let k = 0; k < 200; k++) {
    const xml = generatedSheet();
    const spelled = spelledThroughReferences(xml);
    expect(spelled).not.toBe(xml);
    expect(cells(xml)).toEqual(cells(spelled));
  }
});
