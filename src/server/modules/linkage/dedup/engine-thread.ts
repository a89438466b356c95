// The engine of a register dedup run in a worker thread: a national register is scored province
// by province for a minute or more, and the process that runs jobs is, by default, also the one
// answering the API. The thread gets the records and options by structured clone and sends back
// the plain parts of the result (pairs, entity ids, model, stats), so the API's event loop stays
// free. One thread per process, started on first use and kept (starting one costs most of a
// second: it loads the engine's modules), runs the requests one after another; a thread that dies
// fails its requests and the next request starts a new one.
import { Worker } from "node:worker_threads";
import type { DedupOptions, DedupResult } from "../domain/dedup";
import type { LinkRecord } from "../domain/types";

/** What crosses back from the thread: the result without its candidate look-up (a function). */
export type ThreadDedupResult = Omit<DedupResult, "isCandidate">;

/** The options a thread can take: plain data only (no progress callback). */
export type ThreadDedupOptions = Omit<DedupOptions, "onProgress">;

export type EngineRequest = { id: number; records: readonly LinkRecord[]; options: ThreadDedupOptions };
export type EngineReply =
  | { id: number; type: "done"; result: ThreadDedupResult }
  | { id: number; type: "error"; message: string };

/** Young-generation size of the thread: normalising a million records makes many short-lived strings. */
const YOUNG_GENERATION_MB = 192;

type Waiting = { resolve: (r: ThreadDedupResult) => void; reject: (e: Error) => void };

let engine: { worker: Worker; waiting: Map<number, Waiting> } | null = null;
let nextId = 1;

function start(): NonNullable<typeof engine> {
  const worker = new Worker(new URL("./engine-worker-boot.mjs", import.meta.url), {
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  const current = { worker, waiting: new Map<number, Waiting>() };
  const failAll = (err: Error) => {
    if (engine === current) engine = null;
    for (const w of current.waiting.values()) w.reject(err);
    current.waiting.clear();
  };
  worker.on("message", (m: EngineReply) => {
    const w = current.waiting.get(m.id);
    current.waiting.delete(m.id);
    if (current.waiting.size === 0) worker.unref();
    if (m.type === "done") w?.resolve(m.result);
    else w?.reject(new Error(m.message));
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`the dedup thread stopped (exit code ${code})`)));
  // An idle thread does not keep the process alive.
  worker.unref();
  return current;
}

export function dedupInThread(
  records: readonly LinkRecord[],
  options: ThreadDedupOptions,
): Promise<ThreadDedupResult> {
  engine ??= start();
  const { worker, waiting } = engine;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker.ref();
    const request: EngineRequest = { id, records, options };
    worker.postMessage(request);
  });
}
