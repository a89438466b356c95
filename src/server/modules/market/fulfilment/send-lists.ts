// Buyer messages per event as a send list for the PLUT: one row per buyer with the text filled in
// (the PLUT's own wording or the default), a wa.me link that opens WhatsApp with it, and who marked
// it sent and when. The texts come from domain/buyer-messages.ts, the only place they live.
import { sql } from "drizzle-orm";
import { formatDateTimeId, fromLocal } from "../../../../shared/dates";
import { formatRupiah } from "../../../../shared/money";
import { openingHoursFor } from "../../../../shared/opening-hours";
import { toE164Mobile } from "../../../../shared/phone";
import type { Tx } from "../../../platform/db/pool";
import { notFound } from "../../../platform/errors";
import { actorName, type Ctx, requireScope, tx } from "../../access";
import { expireOverdue } from "../allocation/expire-unpaid";
import type { SendListItem, SendListQuery } from "../contract-plut";
import { type BuyerMessageEvent, messageTemplate, paymentLine, renderMessage, whatsappLink } from "../domain";
import { plutZone } from "../domain/supply-day";
import { explainLine, type RunSummary } from "../orders/track-order";
import { requirePermission } from "../permissions";
import { buyerMessages } from "../schema-money";
import { plutRegion, plutRow } from "./plut-settings";

type Row = {
  id: string;
  code: string;
  buyer_name: string;
  buyer_phone: string;
  total: number;
  status: string;
  payment_status: string;
  pay_by: Date | string | null;
  product: string;
  units: number;
  allocation: unknown;
  summary: unknown;
  sent_by: string | null;
  sent_at: Date | string | null;
};

/** Which orders of the day an event concerns (the day: its supply date, or ready orders placed that day). */
function eventFilter(event: BuyerMessageEvent, date: string, start: Date, end: Date) {
  const ofDay = sql`(o.supply_date = ${date}::date or (o.mode = 'ready' and o.created_at >= ${start} and o.created_at < ${end}))`;
  switch (event) {
    case "allocation":
      return sql`o.mode = 'preorder' and o.supply_date = ${date}::date and i.allocation_run_id is not null`;
    case "waitlist_offer":
      return sql`o.mode = 'preorder' and o.supply_date = ${date}::date and o.message = 'waitlist_offer' and o.status in ('allocated', 'fulfilled')`;
    case "payment_received":
      return sql`o.payment_status = 'paid' and exists (select 1 from market.payments p where p.order_id = o.id
        and p.kind = 'payment' and p.status = 'confirmed' and p.confirmed_at >= ${start} and p.confirmed_at < ${end})`;
    case "ready_for_pickup":
      return sql`${ofDay} and o.fulfilment = 'pickup' and o.status in ('reserved', 'allocated')`;
    case "dispatched":
      return sql`${ofDay} and o.fulfilment = 'delivery' and exists (select 1 from market.deliveries d
        where d.order_id = o.id and d.status in ('sent', 'delivered'))`;
  }
}

async function loadRows(t: Tx, region: string, query: SendListQuery): Promise<Row[]> {
  const start = fromLocal({ date: query.date, tz: plutZone(region) });
  const end = new Date(start.getTime() + 86_400_000);
  const res = await t.execute(sql`
    select o.id, o.code, o.buyer_name, o.buyer_phone, o.total, o.status, o.payment_status, o.pay_by, p.name as product,
      coalesce(i.allocated, i.quantity) as units, i.allocation, r.summary, m.sent_by, m.sent_at
    from market.orders o
    join lateral (select * from market.order_items x where x.order_id = o.id order by x.id limit 1) i on true
    join market.products p on p.id = i.product_id
    left join market.allocation_runs r on r.id = i.allocation_run_id
    left join market.buyer_messages m on m.order_id = o.id and m.event = ${query.event}
    where o.region_code = ${region} and ${eventFilter(query.event, query.date, start, end)}
    order by o.created_at, o.id
    limit 2000`);
  return res.rows as Row[];
}

/** The send list of an event on a day, with each buyer's text and WhatsApp link. */
export async function listSendList({
  ctx,
  query,
  trackBase,
}: {
  ctx: Ctx;
  query: SendListQuery;
  trackBase: string;
}): Promise<SendListItem[]> {
  requirePermission(ctx, "market.read");
  const region = plutRegion(ctx);
  await expireOverdue(ctx, { supplyDate: query.date });
  return tx(ctx, async (t) => {
    const plut = await plutRow(t, region);
    const template = messageTemplate(query.event, plut?.messageTemplates);
    const zone = plutZone(region);
    return (await loadRows(t, region, query)).map((r) => {
      const hasil =
        r.allocation && r.summary
          ? explainLine(r.summary as RunSummary, r.allocation as Parameters<typeof explainLine>[1], "id")
          : null;
      const total = formatRupiah(Number(r.total));
      const deadline = r.pay_by ? formatDateTimeId(new Date(r.pay_by), zone) : null;
      const bayar = paymentLine({ status: r.status, total, deadline, paid: r.payment_status === "paid" });
      const text = renderMessage(template, {
        nama: r.buyer_name,
        kode: r.code,
        produk: r.product,
        jumlah: String(r.units),
        total,
        bayar,
        ...(deadline ? { batas: deadline } : {}),
        ...(hasil ? { hasil } : {}),
        ...(plut
          ? {
              plut: plut.name,
              alamat: plut.address,
              ...(openingHoursFor(plut, "id") ? { jam: openingHoursFor(plut, "id") } : {}),
              ...(plut.mapUrl ? { peta: plut.mapUrl } : {}),
            }
          : {}),
        lacak: `${trackBase}/toko/pesanan/${r.code}`,
      });
      return {
        orderId: r.id,
        code: r.code,
        buyerName: r.buyer_name,
        phone: toE164Mobile(r.buyer_phone) ?? r.buyer_phone,
        text,
        link: whatsappLink(r.buyer_phone, text),
        sentBy: r.sent_by,
        sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
      };
    });
  });
}

/** Marks an event's message to a buyer as sent (the first mark stays: who and when). */
export async function markMessageSent({
  ctx,
  orderId,
  event,
}: {
  ctx: Ctx;
  orderId: string;
  event: BuyerMessageEvent;
}): Promise<{ sentBy: string; sentAt: string }> {
  requirePermission(ctx, "market.manage");
  return tx(ctx, async (t) => {
    const res = await t.execute(sql`select region_code from market.orders where id = ${orderId}`);
    const order = res.rows[0] as { region_code: string } | undefined;
    if (!order) throw notFound();
    requireScope(ctx, order.region_code);
    await t
      .insert(buyerMessages)
      .values({
        orderId,
        event,
        regionCode: order.region_code,
        sentBy: actorName(ctx.actor),
        sentAt: ctx.now,
      })
      .onConflictDoNothing();
    const row = await t.execute(
      sql`select sent_by, sent_at from market.buyer_messages where order_id = ${orderId} and event = ${event}`,
    );
    const sent = row.rows[0] as { sent_by: string; sent_at: Date | string };
    return { sentBy: sent.sent_by, sentAt: new Date(sent.sent_at).toISOString() };
  });
}
