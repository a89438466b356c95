// Kalimantan Tengah: Palangka Raya's BPUM proposal approved and paid (figures for the reports), and
// the province's stimulus proposal for the city, where five of the BPUM recipients come up as
// excluded by programme.
import { and, eq, gt } from "drizzle-orm";
import { type Ctx, tx } from "../../access";
import { listSampleBusinessIds } from "../../registry";
import { importDisbursement } from "../exchange/import-disbursement";
import { addManyItems } from "../proposals/add-items";
import { justifyProblem, removeItem } from "../proposals/edit-items";
import { approveProposal, submitProposal, verifyProposal } from "../proposals/flow-proposal";
import { createProposal } from "../proposals/manage-proposals";
import { proposalItems, proposals } from "../schema";

export const PALANGKA_RAYA_BPUM = "Dinas Koperasi dan UKM Kota Palangka Raya";
const CITY = "62.71";
const at = (ctx: Ctx, iso: string): Ctx => ({ ...ctx, now: new Date(iso) });

function cityBusinesses(ctx: Ctx, offset: number, limit: number): Promise<string[]> {
  return tx(ctx, (t) => listSampleBusinessIds(t, { regionPrefix: CITY, affectedMicro: true, offset, limit }));
}

/** What an operator does before submitting: DTKS evidence justified, anything else removed. */
async function settleProblems(ctx: Ctx, proposalId: string): Promise<void> {
  const open = await tx(ctx, (t) =>
    t
      .select()
      .from(proposalItems)
      .where(and(eq(proposalItems.proposalId, proposalId), gt(proposalItems.openProblems, 0))),
  );
  for (const item of open) {
    if (item.problems.every((p) => p.code === "AID_ON_OUTSIDE_LIST")) {
      for (const p of item.problems) {
        const text =
          "Penerima bansos DTKS tetap boleh diusulkan BPUM; usaha diperiksa langsung oleh pendamping.";
        await justifyProblem({ ctx, proposalId, itemId: item.id, input: { problemKey: p.key, text } });
      }
    } else {
      const reason = `Dikeluarkan: ${[...new Set(item.problems.map((p) => p.code))].join(", ")}`;
      await removeItem({ ctx, proposalId, itemId: item.id, input: { reason } });
    }
  }
}

async function paidBpum(ctx: Ctx, programmeId: string): Promise<string[]> {
  const p = await createProposal({
    ctx: at(ctx, "2020-08-21T01:00:00Z"),
    input: { programmeId, regionCode: CITY, proposerName: PALANGKA_RAYA_BPUM },
  });
  const ids = await cityBusinesses(ctx, 0, 30);
  await addManyItems({ ctx: at(ctx, "2020-08-21T01:00:00Z"), proposalId: p.id, input: { businessIds: ids } });
  await settleProblems(at(ctx, "2020-08-22T03:00:00Z"), p.id);
  await submitProposal({ ctx: at(ctx, "2020-08-24T02:00:00Z"), id: p.id });
  await verifyProposal({ ctx: at(ctx, "2020-08-27T03:00:00Z"), id: p.id });
  await approveProposal({
    ctx: at(ctx, "2020-09-02T03:00:00Z"),
    id: p.id,
    input: { decreeNumber: "B-245/KUKM/IX/2020", decreeDate: "2020-09-02" },
  });
  const items = await tx(ctx, (t) =>
    t
      .select()
      .from(proposalItems)
      .where(and(eq(proposalItems.proposalId, p.id), eq(proposalItems.status, "active"))),
  );
  const csv = [
    "NIK;NAMA;NO REKENING;NOMINAL;REFERENSI;TANGGAL SALUR;STATUS",
    ...items.map(
      (i, n) =>
        `${i.nik};${i.name.toUpperCase()};0021${String(100000 + n)};2400000;BRI-PKY-${String(n + 1).padStart(5, "0")};2020-09-15;BERHASIL`,
    ),
  ].join("\n");
  await importDisbursement({
    ctx: at(ctx, "2020-09-16T02:00:00Z"),
    proposalId: p.id,
    file: { name: "bri-salur-bpum-palangkaraya.csv", mime: "text/csv", data: Buffer.from(csv) },
  });
  return items.flatMap((i) => (i.businessId ? [i.businessId] : []));
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
