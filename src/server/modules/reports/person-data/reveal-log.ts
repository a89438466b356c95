// The NIK reveal log for admins: every full-NIK reveal (one person, a list page, an export, staged
// import rows, a person's data export) with who, whom, when and the reason given — read from the
// audit log through access.
import { type Ctx, readAuditLog, tx } from "../../access";
import { findPersonRows } from "../../registry";
import type { RevealLog, RevealLogQuery } from "../contract-person";
import { requirePermission } from "../permissions";

/** A single reveal, a list page, an export, import rows — and a person's data export (full NIK too). */
export const REVEAL_ACTIONS = ["registry.reveal-nik", "reports.person-data-export"] as const;
const EXPORT = "reports.person-data-export";

type After = { via?: unknown; reason?: unknown; persons?: unknown; rows?: unknown };

const text = (v: unknown): string | null => (typeof v === "string" ? v : null);

/** How many people one event showed (a single reveal is 1; a list page counts its owners). */
function countShown(entityType: string, after: After): number {
  if (entityType === "person") return 1;
  if (Array.isArray(after.persons)) return new Set(after.persons).size;
  if (Array.isArray(after.rows)) return after.rows.length;
  return 0;
}

/** One page of reveals inside the reader's scope, newest first (audit.read). */
export async function readRevealLog({ ctx, query }: { ctx: Ctx; query: RevealLogQuery }): Promise<RevealLog> {
  requirePermission(ctx, "reports.nik_reveals");
  return tx(ctx, async (t) => {
    const page = await readAuditLog(t, {
      actions: REVEAL_ACTIONS,
      within: ctx.actor.scope,
      limit: query.limit,
      offset: query.offset,
    });
    const personIds = page.events
      .filter((e) => e.entityType === "person" && e.entityId)
      .map((e) => e.entityId!);
    const names = new Map((await findPersonRows(t, [...new Set(personIds)])).map((p) => [p.id, p.name]));
    return {
      total: page.total,
      items: page.events.map((e) => {
        const after = (e.after ?? {}) as After;
        return {
          at: e.at.toISOString(),
          actorName: e.actorName,
          entityType: e.entityType,
          entityId: e.entityId,
          regionCode: e.entityRegion,
          personName: e.entityType === "person" && e.entityId ? (names.get(e.entityId) ?? null) : null,
          persons: countShown(e.entityType, after),
          via: e.action === EXPORT ? "person-data" : text(after.via),
          reason: text(after.reason),
        };
      }),
    };
  });
}
