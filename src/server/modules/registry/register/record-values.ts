// Builds the rows a verb inserts from clean input: one place for derived columns (normalised name,
// size class by the rule in force, source of the record).

import { newId } from "../../../platform/ids";
import type { Ctx } from "../../access";
import { actorName } from "../../access";
import type { ImpactInput } from "../contract-business-page";
import type { BusinessInput, PersonInput } from "../contract-register";
import { classifyBusinessSize } from "../domain/business-size";
import type { CleanBusiness, CleanPerson } from "../domain/form-checks";
import { nameKey } from "../domain/names";
import type { SourceKind } from "../domain/vocab";
import type { businesses, impactAssessments, persons, recordSources } from "../schema";

type PersonInsert = typeof persons.$inferInsert;
type BusinessInsert = typeof businesses.$inferInsert;
type SourceInsert = typeof recordSources.$inferInsert;
type ImpactInsert = typeof impactAssessments.$inferInsert;

export const today = (now: Date): string => now.toISOString().slice(0, 10);

/** Size class by UU 20/2008 before 2 Feb 2021 and PP 7/2021 from then on. */
export function sizeFields(
  input: {
    assets?: number | null | undefined;
    annualTurnover?: number | null | undefined;
    sizeAsOf?: string | undefined;
  },
  now: Date,
): Pick<BusinessInsert, "sizeClass" | "sizeRule" | "sizeAsOf"> {
  const date = input.sizeAsOf ?? today(now);
  const r = classifyBusinessSize({
    date,
    assets: input.assets ?? null,
    annualSales: input.annualTurnover ?? null,
  });
  return { sizeClass: r.kind === "classified" ? r.sizeClass : null, sizeRule: r.rule, sizeAsOf: date };
}

export function personValues(input: PersonInput, clean: CleanPerson, regionCode: string): PersonInsert {
  const name = clean.name ?? input.name;
  return {
    id: newId(),
    regionCode,
    nik: clean.nik ?? input.nik,
    noKk: clean.noKk ?? null,
    name,
    nameNorm: nameKey(name),
    sex: input.sex,
    birthPlace: input.birthPlace || null,
    birthDate: clean.birthDate ?? null,
    phone: clean.phone ?? null,
    street: input.street || null,
    rt: clean.rt ?? null,
    rw: clean.rw ?? null,
    villageCode: input.villageCode ?? null,
  };
}

export function businessValues(
  input: BusinessInput,
  clean: CleanBusiness,
  extra: {
    ownerId: string;
    sourceKind: SourceKind;
    now: Date;
    clientId?: string | undefined;
    clientPayloadHash?: string | null;
  },
): BusinessInsert {
  const name = clean.name ?? input.name;
  return {
    id: newId(),
    regionCode: input.regionCode,
    clientId: extra.clientId ?? null,
    clientPayloadHash: extra.clientPayloadHash ?? null,
    ownerId: extra.ownerId,
    name,
    nameNorm: nameKey(name),
    nib: clean.nib ?? null,
    sector: input.sector,
    kbliCode: input.kbliCode ?? null,
    kbliVersion: input.kbliCode ? (input.kbliVersion ?? null) : null,
    products: input.products || null,
    dailyCapacity: input.dailyCapacity ?? null,
    employees: input.employees ?? null,
    salesChannels: [...new Set(input.salesChannels ?? [])],
    street: input.street || null,
    rt: clean.rt ?? null,
    rw: clean.rw ?? null,
    assets: input.assets ?? null,
    annualTurnover: input.annualTurnover ?? null,
    ...sizeFields(input, extra.now),
    sourceKind: extra.sourceKind,
    createdAt: extra.now,
    updatedAt: extra.now,
  };
}

export function impactValues(
  input: ImpactInput,
  business: { id: string; regionCode: string },
  ctx: Ctx,
): ImpactInsert {
  return {
    id: newId(),
    regionCode: business.regionCode,
    businessId: business.id,
    assessedOn: input.assessedOn,
    turnoverBefore: input.turnoverBefore ?? null,
    turnoverAfter: input.turnoverAfter ?? null,
    workersLaidOff: input.workersLaidOff ?? null,
    workersSentHome: input.workersSentHome ?? null,
    affected: input.affected,
    reasons: [...new Set(input.reasons ?? [])],
    reasonNote: input.reasonNote || null,
    needs: [...new Set(input.needs ?? [])],
    needsNote: input.needsNote || null,
    recordedBy: actorName(ctx.actor),
    createdAt: ctx.now,
  };
}

/** The source row of a record typed by the current actor (office form or field assistant). */
export function sourceValues(
  ctx: Ctx,
  entity: { type: "person" | "business"; id: string; regionCode: string },
  opts: { kind: SourceKind; note?: string | undefined },
): SourceInsert {
  const actor = ctx.actor;
  return {
    id: newId(),
    regionCode: entity.regionCode,
    entityType: entity.type,
    entityId: entity.id,
    kind: opts.kind,
    officeCode: actor.scope === "*" ? null : actor.scope,
    userId: actor.kind === "user" ? actor.userId : null,
    userName: actorName(actor),
    note: opts.note || null,
    createdAt: ctx.now,
  };
}

/** Default source kind: field assistants collect in the field, everyone else uses the office form. */
export function defaultSourceKind(ctx: Ctx): "form" | "field" {
  return ctx.actor.kind === "user" && ctx.actor.role === "pendamping" ? "field" : "form";
}
