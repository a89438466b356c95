// The PLUT's own settings as buyers see them (address, opening hours, map link, WhatsApp, payment
// window) and as the konsultan edits them, with the buyer message texts.
import { eq } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { type Ctx, recordAudit, requireScope, tx } from "../../access";
import type { PlutInfo } from "../contract";
import type { MessageTemplatesBody, PlutSettingsBody, PlutSettingsOut } from "../contract-plut";
import {
  BUYER_MESSAGE_EVENTS,
  DEFAULT_MESSAGE_TEMPLATES,
  MESSAGE_PLACEHOLDERS,
  messageTemplate,
} from "../domain";
import { marketError } from "../errors";
import { storeCtx } from "../orders/store-ctx";
import { requirePermission } from "../permissions";
import { plutSettings } from "../schema-money";

type PlutRow = typeof plutSettings.$inferSelect;

export function toPlutInfo(row: PlutRow): PlutInfo {
  return {
    name: row.name,
    whatsapp: row.whatsapp,
    address: row.address,
    city: row.city,
    openingDays: row.openingDays,
    openingHoursText: row.openingHoursText,
    mapUrl: row.mapUrl,
    paymentHours: row.paymentHours,
  };
}

export async function plutRow(t: Tx, regionCode: string): Promise<PlutRow | undefined> {
  const [row] = await t.select().from(plutSettings).where(eq(plutSettings.regionCode, regionCode)).limit(1);
  return row;
}

/** The PLUT the staff member works for: the given region within their scope, or their own scope. */
export function plutRegion(ctx: Ctx, given?: string): string {
  const region = given ?? (ctx.actor.scope === "*" ? "62" : ctx.actor.scope);
  requireScope(ctx, region);
  return region;
}

/** Every PLUT as buyers see it (the store's header). */
export async function listPluts({ ctx }: { ctx: Ctx }): Promise<Array<PlutInfo & { regionCode: string }>> {
  return tx(storeCtx(ctx), async (t) => {
    const rows = await t.select().from(plutSettings).orderBy(plutSettings.regionCode);
    return rows.map((r) => ({ regionCode: r.regionCode, ...toPlutInfo(r) }));
  });
}

function toSettingsOut(regionCode: string, row: PlutRow | undefined): PlutSettingsOut {
  const custom = row?.messageTemplates ?? {};
  return {
    regionCode,
    name: row?.name ?? "",
    city: row?.city ?? "",
    address: row?.address ?? "",
    openingDays: row?.openingDays ?? [],
    openingHoursText: row?.openingHoursText ?? "",
    mapUrl: row?.mapUrl ?? null,
    whatsapp: row?.whatsapp ?? null,
    paymentHours: row?.paymentHours ?? 24,
    templates: BUYER_MESSAGE_EVENTS.map((event) => ({
      event,
      text: messageTemplate(event, custom),
      defaultText: DEFAULT_MESSAGE_TEMPLATES[event],
      custom: Boolean(custom[event]?.trim()),
    })),
    placeholders: [...MESSAGE_PLACEHOLDERS],
  };
}

export async function getPlutSettings({ ctx, regionCode }: { ctx: Ctx; regionCode?: string | undefined }) {
  requirePermission(ctx, "market.read");
  const region = plutRegion(ctx, regionCode);
  return tx(ctx, async (t) => toSettingsOut(region, await plutRow(t, region)));
}

export async function savePlutSettings({ ctx, input }: { ctx: Ctx; input: PlutSettingsBody }) {
  requirePermission(ctx, "market.manage");
  const region = plutRegion(ctx, input.regionCode);
  const { regionCode: _r, ...fields } = input;
  return tx(ctx, async (t) => {
    const before = await plutRow(t, region);
    // Days entered replace the free text kept from before; without days it stays.
    const values = {
      ...fields,
      ...(fields.openingDays.length ? { openingHoursText: "" } : {}),
      updatedAt: ctx.now,
    };
    await t
      .insert(plutSettings)
      .values({ regionCode: region, ...values })
      .onConflictDoUpdate({ target: plutSettings.regionCode, set: values });
    await recordAudit(t, ctx, {
      action: "market.plut-settings",
      entityType: "plut",
      entityId: region,
      entityRegion: region,
      before: before ? { address: before.address, openingDays: before.openingDays } : null,
      after: { address: input.address, openingDays: input.openingDays, mapUrl: input.mapUrl },
    });
    return toSettingsOut(region, await plutRow(t, region));
  });
}

export async function saveMessageTemplates({ ctx, input }: { ctx: Ctx; input: MessageTemplatesBody }) {
  requirePermission(ctx, "market.manage");
  const region = plutRegion(ctx, input.regionCode);
  return tx(ctx, async (t) => {
    const before = await plutRow(t, region);
    if (!before) throw marketError("PLUT_SETTINGS_MISSING");
    const merged: Record<string, string> = { ...before.messageTemplates };
    for (const [event, text] of Object.entries(input.templates)) {
      if (text?.trim()) merged[event] = text.trim();
      else delete merged[event];
    }
    await t
      .update(plutSettings)
      .set({ messageTemplates: merged, updatedAt: ctx.now })
      .where(eq(plutSettings.regionCode, region));
    await recordAudit(t, ctx, {
      action: "market.message-templates",
      entityType: "plut",
      entityId: region,
      entityRegion: region,
      before: before.messageTemplates,
      after: merged,
    });
    return toSettingsOut(region, await plutRow(t, region));
  });
}
