// The dedup engine's thread (see engine-thread.ts): for each request, runs dedupRecords on the
// records it was given and posts back the result's plain parts.
import { parentPort } from "node:worker_threads";
import { dedupRecords } from "../domain/dedup";
import type { EngineReply, EngineRequest } from "./engine-thread";

parentPort?.on("message", ({ id, records, options }: EngineRequest) => {
  let reply: EngineReply;
  try {
    const { isCandidate: _dropped, ...result } = dedupRecords(records, options);
    reply = { id, type: "done", result };
  } catch (err) {
    reply = { id, type: "error", message: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort?.postMessage(reply);
});
