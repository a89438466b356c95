// The registry's port to linkage's review queue. Registry sits left of linkage, so it neither
// imports linkage nor writes its tables: the composition root hands it this port. Two uses:
// a "not sure" answer to "Apakah ini orang yang sama?" puts the pair (new record, candidate) in the
// queue in the same transaction, and new records (an import commit, a synced record) queue the
// incremental dedup job, also in the transaction that saves them (a crash after the save cannot
// lose the job, a save that fails queues nothing). Without a port (CLI, verb tests) the answer
// stays on the record only.
import type { Tx } from "../../../platform/db/pool";
import type { Jobs } from "../../../platform/jobs/jobs";
import { log } from "../../../platform/log";
import type { Ctx } from "../../access";

/** A pair the user could not decide: the new business and the registered one it may duplicate. */
export type ReviewRequest = { businessId: string; candidateBusinessId: string };

/** The new records to compare with the register: one import batch, or a few businesses. */
export type NewRecords = { regionCode: string } & ({ importBatchId: string } | { businessIds: string[] });

export type DuplicateReview = {
  /** Puts the pair in the review queue (idempotent), inside the caller's transaction. */
  ask(t: Tx, ctx: Ctx, pair: ReviewRequest): Promise<void>;
  /** Queues the incremental dedup of new records inside the caller's transaction; returns the job id. */
  queueNewRecords(t: Tx, jobs: Jobs, records: NewRecords, createdBy: string | null): Promise<string>;
};

let port: DuplicateReview | null = null;

/** Called once by the composition root (routes and job services). */
export function provideDuplicateReview(p: DuplicateReview): void {
  port = p;
}

export function duplicateReview(): DuplicateReview | null {
  return port;
}

/**
 * Queues the incremental dedup of the records `t` saves, in `t`: the job exists once the records
 * are committed, never without them. The queue statement runs in a savepoint, so a queue failure is
 * logged, not thrown, and the save stands: the next full dedup run still compares the records.
 */
export async function queueNewRecords(t: Tx, jobs: Jobs, ctx: Ctx, records: NewRecords): Promise<void> {
  const p = port;
  if (!p) return;
  const createdBy = ctx.actor.kind === "user" ? ctx.actor.userId : null;
  try {
    await t.transaction((savepoint) => p.queueNewRecords(savepoint, jobs, records, createdBy));
  } catch (err) {
    log.error(
      { err, records: "importBatchId" in records ? records : records.businessIds.length },
      "dedup queue",
    );
  }
}
