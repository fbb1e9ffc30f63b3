// A refusal the command line prints as one line (exit status 2) in the clerk's language.
import type { Msg } from "../../core/types";

export class CliFailure extends Error {
  constructor(readonly msg: Msg) {
    super(msg.key);
  }
}

export function refuse(key: string, params: Msg["params"]): never {
  throw new CliFailure({ key, params });
}
