// The language of the custom functions' error messages. The task pane sets it from Office's UI language;
// the functions only read it. The pane and the functions are separate bundles on the same shared-runtime page,
// each with its own copy of this module, so the value lives on the page's global object, not in the module.
import type { Lang } from "../core/types";

const KEY = "__quotaReportFunctionsLang";
type LangHolder = { [KEY]?: Lang };

export function getLang(): Lang {
  return (globalThis as LangHolder)[KEY] === "en" ? "en" : "vi";
}

export function setLang(lang: Lang): void {
  (globalThis as LangHolder)[KEY] = lang === "en" ? "en" : "vi";
}
