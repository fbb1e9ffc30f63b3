// Every text a clerk reads, in Vietnamese and English, in one place: code refers to keys, never to sentences.
import type { Lang, Msg } from "../types";
import type { Catalogue } from "./catalogue";
import { formatNumber } from "../numbers";
import { mathsMessages } from "./maths";
import { readerMessages } from "./reader";
import { reportMessages } from "./report";
import { paneMessages } from "./pane";
import { workbookMessages } from "./workbook";
import { historyMessages } from "./history";

export const catalogue: Catalogue = { ...mathsMessages, ...readerMessages, ...reportMessages, ...paneMessages, ...workbookMessages, ...historyMessages };

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
export function t(lang: Lang, msg: Msg | string, params?: Msg["params"]): string {
  const m: Msg = typeof msg === "string" ? { key: msg, params } : msg;
  const entry = catalogue[m.key];
  const template = entry ? entry[lang] : m.key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = m.params?.[name];
    return v === undefined ? whole : paramText(v, lang);
  });
}

export function msg(key: string, params?: Msg["params"]): Msg {
  return params ? { key, params } : { key };
}

/** Office's UI language ("vi-VN", "en-US", …) to ours: Vietnamese unless the UI is English. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return locale && /^en\b/i.test(locale) ? "en" : "vi";
}
