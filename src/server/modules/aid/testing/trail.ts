// What a proposal's writes left behind: its audit entries and its status events, oldest first.
import type { Database } from "../../../platform/db/pool";
import { readAuditTrail } from "../../access";

export async function proposalTrail(database: Database, proposalId: string) {
  const audit = await database.db.transaction((t) =>
    readAuditTrail(t, [{ entityType: "aid_proposal", ids: [proposalId] }]),
  );
  const events = await database.pool.query<{
    action: string;
    fromStatus: string;
    toStatus: string;
    reason: string;
  }>(
    `select action, from_status as "fromStatus", to_status as "toStatus", reason
       from aid.proposal_events where proposal_id = $1 order by at, id`,
    [proposalId],
  );
  return {
    audit: audit.reverse().map((a) => ({ action: a.action, after: a.after as Record<string, unknown> })),
    events: events.rows,
  };
}
