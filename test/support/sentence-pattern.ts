// Finding a message in what the command line printed: its Vietnamese sentence from the catalogue, each blank
// ({name}) a wildcard, so a test names the message by its key and still fails on other words.
import { catalogue } from "../../src/core/messages";

/** The Vietnamese sentence of a message key, with its blanks as wildcards. */
export function sentencePattern(key: string): RegExp {
  const vi = catalogue[key].vi.split(/\{\w+\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(vi.join("[\\s\\S]*?"));
}
