// The #VALUE! error a custom function hands to Excel, with a message for the cell's error flag.
// Outside Excel (jest, node) the CustomFunctions global does not exist: a look-alike with the same
// `code` and `message` stands in, so the functions run and are tested the same way.
import type { Lang, Msg } from "../core/types";
import { t } from "../core/messages";
import { getLang } from "./lang";

const VALUE_ERROR_CODE = "#VALUE!";

/** Stand-in for CustomFunctions.Error when no Excel runtime is loaded. */
export class FallbackFunctionError {
  constructor(
    public readonly code: string,
    public readonly message?: string,
  ) {}
}

export type FunctionError = CustomFunctions.Error | FallbackFunctionError;

/** The arguments' names as Excel shows them; the message names them in the UI language. */
export type ArgName = "target" | "done" | "start" | "end" | "days" | "rounding" | "as_of" | "text" | "total" | "weights" | "minimum"
  | "dates" | "cumulative" | "rate" | "base" | "target_rate";

/** A bad argument, with the catalogue message that says which one and why. Caught at the function's edge. */
export class ArgumentProblem extends Error {
  constructor(
    public readonly key: string,
    public readonly arg: ArgName | null,
    public readonly params: Msg["params"] = {},
  ) {
    super(key);
  }

  text(lang: Lang): string {
    const arg = this.arg === null ? "" : t(lang, `maths.argName.${this.arg}`);
    return t(lang, { key: this.key, params: { ...this.params, arg } });
  }
}

interface RuntimeLike {
  Error: new (code: string, message?: string) => CustomFunctions.Error;
  ErrorCode: { invalidValue: string };
}

function runtime(): RuntimeLike | null {
  const cf = (globalThis as { CustomFunctions?: RuntimeLike }).CustomFunctions;
  return cf && typeof cf.Error === "function" ? cf : null;
}

function valueError(message: string): FunctionError {
  const cf = runtime();
  return cf ? new cf.Error(cf.ErrorCode.invalidValue, message) : new FallbackFunctionError(VALUE_ERROR_CODE, message);
}

/** Any failure as a #VALUE! error in the UI language; unexpected ones say so rather than escape. */
export function toFunctionError(e: unknown): FunctionError {
  if (e instanceof ArgumentProblem) return valueError(e.text(getLang()));
  if (e instanceof FallbackFunctionError) return e;
  const cf = runtime();
  if (cf && e instanceof cf.Error) return e;
  return valueError(e instanceof Error ? e.message : String(e));
}

export function isFunctionError(x: unknown): x is FunctionError {
  if (x instanceof FallbackFunctionError) return true;
  const cf = runtime();
  return cf !== null && x instanceof cf.Error;
}
