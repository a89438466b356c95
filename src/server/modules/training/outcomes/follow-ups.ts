// Follow-ups of a held training: each participant who attended is due for an outcome 3 and 6 months
// after the event's last day (size class and monthly turnover). Recording one also sets the
// business's size class in the register, with history, through the registry's write function.
// When each may be recorded is the domain's rule (domain/follow-up.ts), on calendar days in the
// zone of the event's region.
import { type SQL, sql } from "drizzle-orm";
import { localDateKey } from "../../../../shared/dates";
import { localDate } from "../../../../shared/local-time";
import { underRegion } from "../../../platform/db/grouped";
import type { Tx } from "../../../platform/db/pool";
import { notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../../access";
import { recordSizeClass } from "../../registry";
import type { FollowUp, FollowUpQuery, RecordOutcomeBody } from "../contract-outcomes";
import {
  countsAsHeld,
  type EventStatus,
  type FollowUpSlot,
  followUpRefusal,
  followUpState,
  HELD_STATUSES,
} from "../domain";
import { requirePermission } from "../permissions";
import { outcomes } from "../schema-outcomes";
import { notDue, outcomeError } from "./errors";

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
  later_recorded: boolean;
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
        to_char(o.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as recorded_at,
        exists (select 1 from training.outcomes l
          where l.participant_id = p.id and l.checkpoint > k.checkpoint) as later_recorded
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

const slotOf = (r: Row): FollowUpSlot => ({
  dueOn: r.due_on,
  recorded: r.size_class !== null,
  laterRecorded: r.later_recorded === true,
});

/** The office's calendar day: the zone of the event's region. */
const todayFor = (ctx: Ctx, r: Row): string => localDate(ctx.now, r.region_code);

/**
 * The follow-ups due (their day has come, not recorded), upcoming, recorded or missed, in the
 * caller's scope. SQL narrows by the day's bounds across Indonesia's zones (WIB is the earliest
 * day, WIT the latest); the domain rule then decides each row in its own office's zone.
 */
export async function listFollowUps({ ctx, query }: { ctx: Ctx; query: FollowUpQuery }): Promise<FollowUp[]> {
  requirePermission(ctx, "training.read");
  const earliest = localDateKey(ctx.now, "Asia/Jakarta");
  const latest = localDateKey(ctx.now, "Asia/Jayapura");
  const open = sql`f.size_class is null and not f.later_recorded`;
  const state = {
    recorded: sql`f.size_class is not null`,
    missed: sql`f.size_class is null and f.later_recorded`,
    due: sql`${open} and f.due_on <= ${latest}`,
    upcoming: sql`${open} and f.due_on >= ${earliest}`,
  }[query.status];
  const region = query.region ? underRegion(sql`f.business_region`, query.region) : sql`true`;
  return tx(ctx, async (t) => {
    const rows = await t.execute<Row>(followUpQuery(sql`${state} and ${region}`, 1000));
    return rows.rows
      .filter((r) => followUpState(slotOf(r), todayFor(ctx, r)) === query.status)
      .map(toFollowUp);
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
    const seats = await t.execute<{ region_code: string; status: EventStatus }>(
      sql`select p.region_code, e.status from training.participants p
        join training.events e on e.id = p.event_id where p.id = ${input.participantId} for update of p`,
    );
    const seat = seats.rows[0];
    if (!seat) throw notFound();
    requireScope(ctx, seat.region_code);
    if (!countsAsHeld(seat.status)) throw outcomeError("TRAINING_OUTCOME_NOT_HELD");
    const row = await findFollowUp(t, input.participantId, input.checkpoint);
    if (!row) throw outcomeError("TRAINING_OUTCOME_NOT_ELIGIBLE");
    const refusal = followUpRefusal(slotOf(row), todayFor(ctx, row));
    if (refusal === "recorded") throw outcomeError("TRAINING_OUTCOME_RECORDED");
    if (refusal === "missed") throw outcomeError("TRAINING_OUTCOME_MISSED");
    if (refusal === "not_due") throw notDue(input.checkpoint, row.due_on, row.region_code);
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
