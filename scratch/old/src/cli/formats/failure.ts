// A refusal the command line prints as one line (exit status 2) in the clerk's language.
import type { Msg } from "../../core/types";

export class CliFailure extends Error {
  /** `file`: the input the message is about, when the message itself does not name it (a sheet's problem). */
  constructor(readonly msg: Msg, readonly file?: string) {
    super(msg.key);
  }
}

export function refuse(key: string, params: Msg["params"]): never {
  throw new CliFailure({ key, params });
}
