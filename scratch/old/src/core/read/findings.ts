// Building findings (diagnostics and warnings) with their cell address.
import type { Finding, Msg } from "../types";
import { cellAddress } from "../address";

export function info(code: string, key: string, params?: Msg["params"], cell: string | null = null): Finding {
  return { code, severity: "info", msg: params ? { key, params } : { key }, cell };
}

export function warning(code: string, key: string, params: Msg["params"], row: number | null, col: number | null): Finding {
  const cell = row !== null && col !== null ? cellAddress(row, col) : null;
  return { code, severity: "warning", msg: { key, params }, cell };
}
