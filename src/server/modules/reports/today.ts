// Each role's work for today on its home page: named counts read from the modules that own the
// facts (their index.ts read functions), each with the page that lists them. Under the caller's scope.
import { type Ctx, type Role, requireUser } from "../access";
import { countProposalsReturned, countProposalsToVerify } from "../aid";
import { countPairsToReview } from "../linkage";
import { countAllocationsDue, countOrdersToHandOver, countPaymentsToCheck } from "../market";
import { countConstraintsAssignedToMe, countImportsWaiting, countOpenConstraints } from "../registry";
import type { TodayItem } from "./contract";

type Work = { key: TodayItem["key"]; href: string; count: (ctx: Ctx) => Promise<number> };

const scoped = (f: (i: { ctx: Ctx; region: string }) => Promise<number>) => (ctx: Ctx) =>
  f({ ctx, region: "*" });
const plain = (f: (i: { ctx: Ctx }) => Promise<number>) => (ctx: Ctx) => f({ ctx });

/** What each role does first on a working day, in that order. */
export const WORK_BY_ROLE: Partial<Record<Role, readonly Work[]>> = {
  konsultan_plut: [
    { key: "ordersToHandOver", href: "/app/toko/pesanan", count: plain(countOrdersToHandOver) },
    { key: "paymentsToCheck", href: "/app/toko/pembayaran", count: plain(countPaymentsToCheck) },
    { key: "allocationsDue", href: "/app/toko/pra-pesan", count: plain(countAllocationsDue) },
  ],
  operator_kabkota: [
    { key: "importsWaiting", href: "/app/impor", count: plain(countImportsWaiting) },
    { key: "pairsToReview", href: "/app/duplikat", count: plain(countPairsToReview) },
    { key: "constraintsOpen", href: "/app/kendala", count: scoped(countOpenConstraints) },
    { key: "proposalsReturned", href: "/app/bantuan", count: plain(countProposalsReturned) },
  ],
  pendamping: [
    { key: "constraintsAssigned", href: "/app/kendala", count: plain(countConstraintsAssignedToMe) },
  ],
  admin_provinsi: [
    { key: "proposalsToVerify", href: "/app/bantuan", count: plain(countProposalsToVerify) },
    { key: "pairsToReview", href: "/app/duplikat", count: plain(countPairsToReview) },
  ],
};

export async function readToday({ ctx }: { ctx: Ctx }): Promise<{ asOf: string; items: TodayItem[] }> {
  const work = WORK_BY_ROLE[requireUser(ctx).role] ?? [];
  const items: TodayItem[] = [];
  for (const w of work) items.push({ key: w.key, href: w.href, count: await w.count(ctx) });
  return { asOf: ctx.now.toISOString(), items };
}
