// The language of the custom functions' error messages. The task pane sets it from Office's UI language;
// the functions only read it.
import type { Lang } from "../core/types";

let current: Lang = "vi";

export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  current = lang === "en" ? "en" : "vi";
}
