// Kalimantan Tengah: Palangka Raya's BPUM proposal approved and paid (figures for the reports), and
// the province's stimulus proposal for the city, where five of the BPUM recipients come up as
// excluded by programme.
import { eq } from "drizzle-orm";
import { type Ctx, tx } from "../../access";
import { listSampleBusinessIds } from "../../registry";
import { addManyItems } from "../proposals/add-items";
import { createProposal } from "../proposals/manage-proposals";
import { proposals } from "../schema";
import { payBatch } from "./paid-batch";

export const PALANGKA_RAYA_BPUM = "Dinas Koperasi dan UKM Kota Palangka Raya";
const CITY = "62.71";
const at = (ctx: Ctx, iso: string): Ctx => ({ ...ctx, now: new Date(iso) });

function cityBusinesses(ctx: Ctx, offset: number, limit: number): Promise<string[]> {
  return tx(ctx, (t) => listSampleBusinessIds(t, { regionPrefix: CITY, affectedMicro: true, offset, limit }));
}

async function paidBpum(ctx: Ctx, programmeId: string): Promise<string[]> {
  const batch = await payBatch(ctx, {
    programmeId,
    regionCode: CITY,
    proposerName: PALANGKA_RAYA_BPUM,
    businessIds: await cityBusinesses(ctx, 0, 30),
    decreeNumber: "B-245/KUKM/IX/2020",
    bank: {
      prefix: "BRI-PKY-",
      accountPrefix: "0021",
      fileName: "bri-salur-bpum-palangkaraya.csv",
      paidOn: "2020-09-15",
    },
    times: {
      proposed: "2020-08-21T01:00:00Z",
      settled: "2020-08-22T03:00:00Z",
      submitted: "2020-08-24T02:00:00Z",
      verified: "2020-08-27T03:00:00Z",
      approved: "2020-09-02T03:00:00Z",
      imported: "2020-09-16T02:00:00Z",
    },
  });
  return batch.paid;
}

export async function seedKalteng(
  ctx: Ctx,
  programmes: { bpum: string; stimulus: string },
): Promise<{ skipped: boolean }> {
  const done = await tx(ctx, (t) =>
    t
      .select({ id: proposals.id })
      .from(proposals)
      .where(eq(proposals.proposerName, PALANGKA_RAYA_BPUM))
      .limit(1),
  );
  if (done.length > 0) return { skipped: true };
  const bpumIds = await paidBpum(ctx, programmes.bpum);
  if (bpumIds.length === 0) return { skipped: true };
  const c = at(ctx, "2020-09-21T02:00:00Z");
  const s = await createProposal({
    ctx: c,
    input: {
      programmeId: programmes.stimulus,
      regionCode: CITY,
      proposerName: "Dinas Koperasi dan UKM Kota Palangka Raya (stimulus)",
    },
  });
  const more = await cityBusinesses(ctx, 30, 35);
  await addManyItems({ ctx: c, proposalId: s.id, input: { businessIds: [...bpumIds.slice(0, 5), ...more] } });
  return { skipped: false };
}
