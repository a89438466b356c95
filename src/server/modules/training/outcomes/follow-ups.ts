// Follow-ups of a held training: each participant who attended is due for an outcome 3 and 6 months
// after the event's last day (size class and monthly turnover). Recording one also sets the
// business's size class in the register, with history, through the registry's write function.
import { type SQL, sql } from "drizzle-orm";
import { underRegion } from "../../../platform/db/grouped";
import type { Tx } from "../../../platform/db/pool";
import { notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../../access";
import { recordSizeClass } from "../../registry";
import { HELD_STATUSES } from "../domain";
import { requirePermission } from "../permissions";
import { outcomes } from "../schema-outcomes";
import type { FollowUp, FollowUpQuery, RecordOutcomeBody } from "./contract";
import { outcomeError } from "./errors";

type Row = {
  participant_id: string;
  event_id: string;
  title: string;
  event_on: string;
  business_id: string;
  business_name: string;
  owner_name: string;
  business_region: string;
  region_code: string;
  checkpoint: number;
  due_on: string;
  size_class: NonNullable<FollowUp["outcome"]>["sizeClass"] | null;
  monthly_turnover: string | number | null;
  note: string | null;
  recorded_by: string | null;
  recorded_at: string | null;
};

const held = sql.join(
  HELD_STATUSES.map((s) => sql`${s}`),
  sql`, `,
);

/** Every follow-up (participant × checkpoint) of attended seats at held events matching `where`. */
function followUpQuery(where: SQL, limit: number): SQL {
  return sql`
    select * from (
      select p.id as participant_id, p.event_id, e.title,
        to_char(coalesce(e.ends_on, e.starts_on), 'YYYY-MM-DD') as event_on,
        p.business_id, p.business_name, p.owner_name, p.business_region, p.region_code, k.checkpoint,
        to_char((coalesce(e.ends_on, e.starts_on) + make_interval(months => k.checkpoint))::date, 'YYYY-MM-DD') as due_on,
        o.size_class, o.monthly_turnover, o.note, o.recorded_by,
        to_char(o.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as recorded_at
      from training.participants p
      join training.events e on e.id = p.event_id
      cross join (values (3), (6)) as k(checkpoint)
      left join training.outcomes o on o.participant_id = p.id and o.checkpoint = k.checkpoint
      where p.attended is true and e.status in (${held})
    ) f
    where ${where}
    order by f.due_on, f.business_name, f.participant_id, f.checkpoint
    limit ${limit}`;
}

const toFollowUp = (r: Row): FollowUp => ({
  participantId: r.participant_id,
  eventId: r.event_id,
  eventTitle: r.title,
  eventOn: r.event_on,
  businessId: r.business_id,
  businessName: r.business_name,
  ownerName: r.owner_name,
  businessRegion: r.business_region,
  checkpoint: Number(r.checkpoint),
  dueOn: r.due_on,
  outcome:
    r.size_class === null
      ? null
      : {
          sizeClass: r.size_class,
          monthlyTurnover: Number(r.monthly_turnover),
          note: r.note,
          recordedBy: r.recorded_by ?? "",
          recordedAt: r.recorded_at ?? "",
        },
});

/** The follow-ups due (today or earlier, not recorded), upcoming, or recorded, in the caller's scope. */
export async function listFollowUps({ ctx, query }: { ctx: Ctx; query: FollowUpQuery }): Promise<FollowUp[]> {
  requirePermission(ctx, "training.read");
  const today = ctx.now.toISOString().slice(0, 10);
  const state =
    query.status === "recorded"
      ? sql`f.size_class is not null`
      : query.status === "due"
        ? sql`f.size_class is null and f.due_on <= ${today}`
        : sql`f.size_class is null and f.due_on > ${today}`;
  const region = query.region ? underRegion(sql`f.business_region`, query.region) : sql`true`;
  return tx(ctx, async (t) => {
    const rows = await t.execute<Row>(followUpQuery(sql`${state} and ${region}`, 1000));
    return rows.rows.map(toFollowUp);
  });
}

async function findFollowUp(t: Tx, participantId: string, checkpoint: number): Promise<Row | null> {
  const rows = await t.execute<Row>(
    followUpQuery(sql`f.participant_id = ${participantId} and f.checkpoint = ${checkpoint}`, 1),
  );
  return rows.rows[0] ?? null;
}

/** Records one follow-up's outcome and sets the business's size class (with history) in the register. */
export async function recordOutcome({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: RecordOutcomeBody;
}): Promise<FollowUp> {
  requirePermission(ctx, "training.manage");
  return tx(ctx, async (t) => {
    const seat = await t.execute<{ id: string }>(
      sql`select id from training.participants where id = ${input.participantId} for update`,
    );
    if (!seat.rows[0]) throw notFound();
    const row = await findFollowUp(t, input.participantId, input.checkpoint);
    if (!row) throw outcomeError("TRAINING_OUTCOME_NOT_ELIGIBLE");
    requireScope(ctx, row.region_code);
    if (row.size_class !== null) throw outcomeError("TRAINING_OUTCOME_RECORDED");
    if (row.due_on > ctx.now.toISOString().slice(0, 10)) throw outcomeError("TRAINING_OUTCOME_NOT_DUE");
    const id = newId();
    const by = actorName(ctx.actor);
    await t.insert(outcomes).values({
      id,
      regionCode: row.region_code,
      eventId: row.event_id,
      participantId: row.participant_id,
      businessId: row.business_id,
      checkpoint: input.checkpoint,
      dueOn: row.due_on,
      sizeClass: input.sizeClass,
      monthlyTurnover: input.monthlyTurnover,
      note: input.note || null,
      recordedBy: by,
      recordedAt: ctx.now,
    });
    const size = await recordSizeClass(t, {
      businessId: row.business_id,
      sizeClass: input.sizeClass,
      asOf: row.due_on,
      source: "training_outcome",
      sourceId: id,
      actorName: by,
      at: ctx.now,
    });
    await recordAudit(t, ctx, {
      action: "training.outcome",
      entityType: "training_event",
      entityId: row.event_id,
      entityRegion: row.region_code,
      after: { ...input, businessId: row.business_id, fromClass: size.fromClass },
    });
    const saved = await findFollowUp(t, input.participantId, input.checkpoint);
    if (!saved) throw notFound();
    return toFollowUp(saved);
  });
}
