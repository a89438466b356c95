// What training holds about one person (UU PDP Pasal 32): the seats they or their businesses held,
// attendance and certificates. Runs in the caller's transaction (row-level security applies).
import { sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/pool";

export type TrainingPersonData = {
  participations: {
    event: string;
    topic: string;
    startsOn: string;
    endsOn: string | null;
    businessName: string;
    ownerName: string;
    attended: boolean | null;
    certificateCode: string | null;
    certificateIssuedAt: string | null;
  }[];
};

type Subject = { personId: string; businessIds: readonly string[] };

/** Training's part of a person's data (an empty list when they never took part). */
export async function personDataOf(t: Tx, who: Subject): Promise<TrainingPersonData> {
  const rows = await t.execute<Record<string, unknown>>(sql`
    select e.title, e.topic, e.starts_on::text, e.ends_on::text, p.business_name, p.owner_name, p.attended,
      p.certificate_code, p.certificate_issued_at
    from training.participants p join training.events e on e.id = p.event_id
    where p.owner_id = ${who.personId} or p.business_id = any(${sql.param([...who.businessIds])}::uuid[])
    order by e.starts_on, p.id`);
  return {
    participations: rows.rows.map((r) => ({
      event: String(r.title),
      topic: String(r.topic),
      startsOn: String(r.starts_on),
      endsOn: r.ends_on === null ? null : String(r.ends_on),
      businessName: String(r.business_name),
      ownerName: String(r.owner_name),
      attended: r.attended === null ? null : Boolean(r.attended),
      certificateCode: r.certificate_code === null ? null : String(r.certificate_code),
      certificateIssuedAt:
        r.certificate_issued_at === null ? null : new Date(r.certificate_issued_at as Date).toISOString(),
    })),
  };
}
