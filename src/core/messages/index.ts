// Every text a clerk reads, in Vietnamese and English, in one place: code refers to keys, never to sentences.
import type { Lang, Msg } from "../types";
import type { Catalogue } from "./catalogue";
import { mathsMessages } from "./maths";
import { readerMessages } from "./reader";
import { reportMessages } from "./report";
import { paneMessages } from "./pane";

export const catalogue: Catalogue = { ...mathsMessages, ...readerMessages, ...reportMessages, ...paneMessages };

/** The text of a message in a language; an unknown key shows itself so it is noticed, never crashes. */
export function t(lang: Lang, msg: Msg | string, params?: Msg["params"]): string {
  const m: Msg = typeof msg === "string" ? { key: msg, params } : msg;
  const entry = catalogue[m.key];
  const template = entry ? entry[lang] : m.key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = m.params?.[name];
    return v === undefined ? whole : String(v);
  });
}

export function msg(key: string, params?: Msg["params"]): Msg {
  return params ? { key, params } : { key };
}

/** Office's UI language ("vi-VN", "en-US", …) to ours: Vietnamese unless the UI is English. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return locale && /^en\b/i.test(locale) ? "en" : "vi";
}
