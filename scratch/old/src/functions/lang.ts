// The language of the custom functions' texts, from Office itself: Excel may start the runtime only to
// calculate, with no pane ever opened, so the functions cannot wait for the pane to tell them.
import type { Lang } from "../core/types";
import { langFromLocale } from "../core/messages";

interface OfficeLike {
  context?: { displayLanguage?: string };
}

/** Office's UI language when Office.js has it, else the browser's (the same setting on Office's own hosts). */
export function getLang(): Lang {
  let locale: string | undefined;
  try {
    locale = (globalThis as { Office?: OfficeLike }).Office?.context?.displayLanguage;
  } catch {
    locale = undefined;
  }
  if (!locale && typeof navigator !== "undefined") locale = navigator.language;
  return langFromLocale(locale);
}
