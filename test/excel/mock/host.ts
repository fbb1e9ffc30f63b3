// The request/response machinery of the stand-in Excel (workbook.ts): a batch of queued operations sent at
// sync, as Office.js does. What it enforces, each from Office's documentation or a known issue:
// - a property read before load + sync throws PropertyNotLoaded;
// - a request or a response over 5 MB fails the whole batch (Excel on the web's payload limit, "Resource limits
//   and performance optimization of Office Add-ins");
// - an API newer than the host's ExcelApi set fails the batch (ApiNotFound; which call needs which set: refusals.ts);
// - a batch runs in order and stops at the first operation Excel refuses: what was queued before it is done,
//   what came after is dropped ("Excel JavaScript API error handling": the operations before the failing one
//   have been processed). Writes push an undo into the journal so a failure can drop the rest.
import { API_SETS, PAYLOAD_LIMIT_BYTES, type ExcelApi } from "./refusals";

const utf8 = new TextEncoder();
export const jsonBytes = (v: unknown) => (v === undefined ? 0 : utf8.encode(JSON.stringify(v)).length);

export function excelError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

interface Queued {
  /** Position in the batch's journal when queued. */
  at: number;
  run(): number;
}

/** What the host enforces; the next sync throws the first failure queued in its batch. */
export class Host {
  private unsupported: { at: number; api: string }[] = [];
  private failures: { at: number; error: Error }[] = [];
  private journal: (() => void)[] = [];
  private queued: Queued[] = [];
  requestBytes = 0;
  syncs = 0;
  responses: number[] = [];
  /** Bytes of each sync's request (cells and formats written, files sent, calls), in order. */
  requests: number[] = [];
  calcSuspended = false;
  /** Formula cells written while calculation was suspended and not recalculated since. */
  staleFormulas = 0;
  constructor(readonly apiMinor: number) {}

  /** `api` is queued now: the batch fails if the host's ExcelApi set is older than the one it needs. */
  requireSet(api: ExcelApi): void {
    const minor = API_SETS[api];
    if (this.apiMinor < minor) this.unsupported.push({ at: this.journal.length, api: `${api} (ExcelApi 1.${minor})` });
  }

  /** Excel refuses the operation being queued now: the sync throws, what was queued before it stays done. */
  fail(error: Error): void {
    this.failures.push({ at: this.journal.length, error });
  }

  /** A write done now (the mock records at once); undone if the batch fails before it. */
  wrote(undo: () => void): void {
    this.journal.push(undo);
  }

  /** Work done at the sync (a load's answer, a deletion): returns the response bytes. */
  atSync(run: () => number): void {
    this.queued.push({ at: this.journal.length, run });
  }

  async sync(): Promise<void> {
    this.syncs++;
    const { queued, failures, unsupported, journal } = this;
    const request = this.requestBytes;
    this.requests.push(request);
    this.queued = [];
    this.failures = [];
    this.unsupported = [];
    this.journal = [];
    this.requestBytes = 0;
    this.calcSuspended = false; // the suspension lasts until the next sync, whatever happens to the batch
    const dropFrom = (at: number) => {
      for (let i = journal.length - 1; i >= at; i--) journal[i]();
      for (const q of queued) if (q.at < at) q.run();
    };
    // The whole request is refused before anything runs.
    if (request > PAYLOAD_LIMIT_BYTES) {
      dropFrom(0);
      throw excelError("RequestPayloadSizeLimitExceeded", `${request} bytes sent`);
    }
    if (unsupported.length) {
      dropFrom(unsupported[0].at);
      throw excelError("ApiNotFound", unsupported.map((u) => u.api).join(", "));
    }
    if (failures.length) {
      dropFrom(failures[0].at);
      throw failures[0].error;
    }
    let response = 0;
    for (const q of queued) {
      try {
        response += q.run();
      } catch (e) {
        // A load Excel cannot answer: the writes queued after it are dropped, later loads never answered.
        for (let j = journal.length - 1; j >= q.at; j--) journal[j]();
        throw e;
      }
    }
    this.responses.push(response);
    if (response > PAYLOAD_LIMIT_BYTES) throw excelError("ResponsePayloadSizeLimitExceeded", `${response} bytes asked for`);
    await new Promise((r) => setTimeout(r, 0));
  }
}

/**
 * An object whose listed properties are readable only after load() and a sync, as in Office.js; `extra` holds its
 * methods and writable properties. A getter may throw: the sync then fails, as Excel's does.
 */
export function loadable<T extends object>(host: Host, props: Record<string, () => unknown>, extra: T): T & Record<string, any> {
  const loaded = new Map<string, unknown>();
  const target = extra as any;
  target.load = (spec?: string | string[]) => {
    const names = spec === undefined ? Object.keys(props) : (Array.isArray(spec) ? spec : spec.split(","))
      .map((n) => n.trim().split("/")[0]).filter((n) => n in props);
    // Excel answers isNullObject with any load of an *OrNullObject result.
    if ("isNullObject" in props && !names.includes("isNullObject")) names.push("isNullObject");
    host.atSync(() => {
      let bytes = 0;
      for (const n of names) {
        const v = props[n]();
        loaded.set(n, v);
        bytes += jsonBytes(v);
      }
      return bytes;
    });
    return proxy;
  };
  const proxy: any = new Proxy(target, {
    get(t, key) {
      if (typeof key === "string" && key in props) {
        if (!loaded.has(key)) throw excelError("PropertyNotLoaded", key);
        return loaded.get(key);
      }
      return Reflect.get(t, key, t);
    },
    set: (t, key, value) => Reflect.set(t, key, value, t),
  });
  return proxy;
}
