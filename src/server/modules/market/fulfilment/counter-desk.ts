// The counter's two quick tools: open an order by its code (typed, pasted, or scanned from the QR
// of a slip, which holds the tracking link), and the day's cash total in the PLUT's zone, per staff.
import { and, eq, sql } from "drizzle-orm";
import { fromLocal } from "../../../../shared/dates";
import { localDate, regionZone } from "../../../../shared/local-time";
import { AppError } from "../../../platform/errors";
import { type Ctx, tx } from "../../access";
import { expireOverdue } from "../allocation/expire-unpaid";
import type { StaffOrder } from "../contract-orders";
import type { CashToday } from "../contract-plut";
import { normaliseOrderCode, orderCodeProblem } from "../domain";
import { requirePermission } from "../permissions";
import { orders } from "../schema-orders";
import { plutRegion } from "./plut-settings";
import { withItems } from "./staff-orders";

/** The code inside what the scanner or the clipboard gave: a bare code or a tracking link. */
export function codeFromScan(raw: string): string {
  const noQuery = raw.trim().split(/[?#]/)[0] ?? "";
  const parts = noQuery.split("/").filter(Boolean);
  return parts.length > 1 ? (parts[parts.length - 1] ?? "") : noQuery;
}

export async function findOrderByCode({ ctx, code }: { ctx: Ctx; code: string }): Promise<StaffOrder> {
  requirePermission(ctx, "market.read");
  const region = plutRegion(ctx);
  const parsed = normaliseOrderCode(codeFromScan(code));
  if (!parsed.ok) {
    throw new AppError("NOT_FOUND", {
      text: { id: orderCodeProblem(parsed, "id") ?? "", en: orderCodeProblem(parsed, "en") ?? "" },
    });
  }
  const notHere = () =>
    new AppError("NOT_FOUND", {
      text: {
        id: `Tidak ada pesanan ${parsed.code} di PLUT ini.`,
        en: `No order ${parsed.code} at this PLUT.`,
      },
    });
  const day = await tx(ctx, async (t) => {
    const [row] = await t
      .select({ supplyDate: orders.supplyDate })
      .from(orders)
      .where(and(eq(orders.code, parsed.code), eq(orders.regionCode, region)))
      .limit(1);
    if (!row) throw notHere();
    return row.supplyDate;
  });
  if (day) await expireOverdue(ctx, { supplyDate: day });
  return tx(ctx, async (t) => {
    const rows = await t
      .select()
      .from(orders)
      .where(and(eq(orders.code, parsed.code), eq(orders.regionCode, region)))
      .limit(1);
    const [order] = await withItems(t, rows);
    if (!order) throw notHere();
    return order;
  });
}

/** Cash recorded on a local day at the PLUT (refunds paid out in cash count negative), per staff. */
export async function cashToday({ ctx, date }: { ctx: Ctx; date?: string | undefined }): Promise<CashToday> {
  requirePermission(ctx, "market.read");
  const region = plutRegion(ctx);
  const zone = regionZone(region);
  const day = date ?? localDate(ctx.now, region);
  const start = fromLocal({ date: day, tz: zone });
  const end = new Date(start.getTime() + 86_400_000);
  return tx(ctx, async (t) => {
    const res = await t.execute(sql`
      select coalesce(confirmed_by, '-') as staff, sum(amount)::bigint as total,
        count(*) filter (where kind = 'payment')::int as count
      from market.payments
      where region_code = ${region} and method = 'cash' and status = 'confirmed'
        and confirmed_at >= ${start} and confirmed_at < ${end}
      group by 1 order by 1`);
    const byStaff = (res.rows as Array<{ staff: string; total: string | number; count: number }>).map(
      (r) => ({
        staff: r.staff,
        total: Number(r.total),
        count: Number(r.count),
      }),
    );
    return {
      date: day,
      zone,
      total: byStaff.reduce((s, r) => s + r.total, 0),
      count: byStaff.reduce((s, r) => s + r.count, 0),
      byStaff,
    };
  });
}
