// One action on the workbook at a time. The pane and the ribbon run in one shared runtime: two overlapping runs
// would both list the sheets before either adds one and pick the same "fresh" name (the second then fails at
// Excel's duplicate-name check), or save the same day twice. Each run waits for the one before it to end.
let last: Promise<unknown> = Promise.resolve();
let running = 0;

/** Run `work` after every run queued before it has ended (whether it succeeded or failed). */
export function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  running++;
  const next = last.then(work, work).finally(() => {
    running--;
  });
  last = next.catch(() => undefined);
  return next;
}

/** True while a run is in progress or waiting (the ribbon says its click will follow the running one). */
export function isBusy(): boolean {
  return running > 0;
}
