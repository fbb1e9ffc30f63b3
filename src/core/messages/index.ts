// Every text a clerk reads, in Vietnamese and English, in one place: code refers to keys, never to sentences.
import type { Lang, Msg } from "../types";
import type { Catalogue, Entry } from "./catalogue";
import { formatNumber } from "../numbers";
import { mathsMessages } from "./maths";
import { readerMessages } from "./reader";
import { readerRoleMessages } from "./reader-roles";
import { reportMessages } from "./report";
import { paneMessages } from "./pane";
import { excelMessages } from "./excel";
import { campaignHintMessages } from "./campaign-hints";
import { allocationReportMessages } from "./allocation-report";
import { allocationMessages } from "./allocation";
import { consolidationMessages } from "./consolidation";
import { inputMessages } from "./input";
import { copyMessages } from "./copy";
import { workbookMessages } from "./workbook";
import { historyMessages } from "./history";
import { readerSectionMessages } from "./reader-sections";
import { phaseMessages } from "./phase";
import { pictureMessages } from "./picture";
import { readerRateMessages } from "./reader-rates";
import { rateMessages } from "./rates";

// A catalogue file declares its object with `satisfies Catalogue` (not `: Catalogue`), so its keys stay literal
// and join MessageKey when the file is spread in here.
const merged = { ...mathsMessages, ...readerMessages, ...readerRoleMessages, ...reportMessages, ...paneMessages, ...excelMessages, ...campaignHintMessages, ...allocationReportMessages,
  ...allocationMessages, ...consolidationMessages, ...inputMessages, ...copyMessages, ...workbookMessages, ...historyMessages,
  ...readerSectionMessages, ...phaseMessages, ...pictureMessages, ...readerRateMessages, ...rateMessages };

/** Keys written out in the catalogue files (an index signature, from a file typed `: Catalogue`, adds none). */
type LiteralKeys<T> = keyof { [K in keyof T as string extends K ? never : K]: T[K] };

/** Every message key: a mistyped key in msg() or t() fails to compile. */
export type MessageKey = LiteralKeys<typeof merged> & string;

export const catalogue: Catalogue & Record<MessageKey, Entry> = merged;

/** Decimals a figure really has (at most 4), so 16.5 stays 16,5 and 3100 gets no ",00". */
function decimalsOf(n: number): number {
  for (let d = 0; d < 4; d++) if (Math.abs(n * 10 ** d - Math.round(n * 10 ** d)) < 1e-9) return d;
  return 4;
}

/** A parameter as the clerk reads it: figures grouped the language's way (3.100 / 3,100); text as is. */
function paramText(v: string | number, lang: Lang): string {
  return typeof v === "number" && Number.isFinite(v) ? formatNumber(v, lang, decimalsOf(v)) : String(v);
}

/**
 * The text of a message in a language; an unknown key shows itself so it is noticed, never crashes.
 * Number parameters are figures (targets, sums, days): pass row numbers and codes as strings.
 */
export function t(lang: Lang, msg: Msg | MessageKey, params?: Msg["params"]): string {
  const m: Msg = typeof msg === "string" ? { key: msg, params } : msg;
  const entry = catalogue[m.key];
  const template = entry ? entry[lang] : m.key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = m.params?.[name];
    return v === undefined ? whole : paramText(v, lang);
  });
}

export function msg(key: MessageKey, params?: Msg["params"]): Msg {
  return params ? { key, params } : { key };
}

/**
 * Office's UI language to ours, the one rule the manifest, the functions' metadata and the pane follow:
 * Vietnamese for vi-*, English for every other language (en-GB, fr-FR…). Unknown (outside Office): Vietnamese.
 */
export function langFromLocale(locale: string | null | undefined): Lang {
  if (!locale) return "vi";
  return /^vi\b/i.test(locale) ? "vi" : "en";
}
