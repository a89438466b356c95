// The whole entry form: all checks at once, and the finished draft as the API body. The client id
// is not made here: the caller makes one per record (crypto.randomUUID) and keeps it on retries.

import type { ImpactInput } from "../../../../server/modules/registry/contract-business-page";
import type { CreateConstraintBody } from "../../../../server/modules/registry/contract-constraints";
import type { CreateBusinessBody, PersonInput } from "../../../../server/modules/registry/contract-register";
import { toIsoDate } from "../../../../shared/calendar";
import { toE164Mobile } from "../../../../shared/phone";
import { normaliseRtRw } from "../../../../shared/rt-rw";
import {
  checkBusiness,
  checkConstraint,
  checkImpact,
  isProblem,
  readCount,
  readMoney,
} from "./check-business";
import { checkOwner, readBirthDate } from "./check-owner";
import type { FieldDraft } from "./field-draft";
import type { Problems } from "./problems";

/**
 * What the queue stores and the sync sends: the business with owner and impact, then the kendala.
 * `draft` (never sent) lets a refused record be reopened in the form exactly as it was typed.
 */
export type FieldRecordPayload = {
  body: CreateBusinessBody;
  constraint?: CreateConstraintBody;
  draft?: FieldDraft;
};

export type CheckOptions = { today: string; final: boolean };

export function checkDraft(draft: FieldDraft, options: CheckOptions): Problems {
  return {
    ...checkOwner(draft.owner, options),
    ...checkBusiness(draft.business, options),
    ...checkImpact(draft.impact, options),
    ...checkConstraint(draft.constraint, options),
  };
}

const text = (value: string): string | undefined => {
  const trimmed = value.trim().replace(/\s+/g, " ");
  return trimmed === "" ? undefined : trimmed;
};
const digits = (value: string) => text(value.replace(/[\s.-]/g, ""));
const count = (value: string) => {
  const read = readCount(value);
  return typeof read === "number" ? read : undefined;
};
const money = (value: string) => {
  const read = readMoney(value);
  return typeof read === "number" ? read : undefined;
};
const rtRw = (value: string) => (value.trim() === "" ? undefined : (normaliseRtRw(value) ?? undefined));

function ownerInput(draft: FieldDraft, today: string): PersonInput {
  const { owner } = draft;
  const birth = readBirthDate(owner.birthDate, today);
  return {
    nik: digits(owner.nik) ?? "",
    noKk: digits(owner.noKk),
    name: text(owner.name) ?? "",
    sex: owner.sex === "P" ? "P" : "L",
    birthPlace: text(owner.birthPlace),
    birthDate: birth && !isProblem(birth) ? toIsoDate(birth) : undefined,
    phone: owner.phone.trim() === "" ? undefined : (toE164Mobile(owner.phone) ?? owner.phone.trim()),
    street: text(owner.street),
    rt: rtRw(owner.rt),
    rw: rtRw(owner.rw),
    villageCode: owner.villageCode ?? undefined,
  };
}

function impactInput(draft: FieldDraft, today: string): ImpactInput {
  const { impact } = draft;
  const affected = impact.affected === "yes";
  return {
    assessedOn: today,
    affected,
    turnoverBefore: money(impact.turnoverBefore),
    turnoverAfter: money(impact.turnoverAfter),
    workersLaidOff: count(impact.workersLaidOff),
    workersSentHome: count(impact.workersSentHome),
    reasons: affected && impact.reasons.length > 0 ? impact.reasons : undefined,
    reasonNote: affected ? text(impact.reasonNote) : undefined,
    needs: impact.needs.length > 0 ? impact.needs : undefined,
    needsNote: text(impact.needsNote),
  };
}

/** The API body of a checked draft (call only when `checkDraft(..., final)` found no errors). */
export function toPayload(
  draft: FieldDraft,
  options: { clientId: string; today: string; source: "form" | "field" },
): FieldRecordPayload {
  const { business, constraint } = draft;
  const address = business.atOwnerAddress ? draft.owner : business;
  const regionCode = business.atOwnerAddress ? draft.owner.villageCode : business.regionCode;
  const body: CreateBusinessBody = {
    clientId: options.clientId,
    owner: ownerInput(draft, options.today),
    business: {
      name: text(business.name) ?? "",
      nib: digits(business.nib),
      sector: business.sector === "" ? "lainnya" : business.sector,
      products: text(business.products),
      dailyCapacity: count(business.dailyCapacity),
      employees: count(business.employees),
      salesChannels: business.salesChannels.length > 0 ? business.salesChannels : undefined,
      street: text(address.street),
      rt: rtRw(address.rt),
      rw: rtRw(address.rw),
      regionCode: regionCode ?? "",
    },
    impact: impactInput(draft, options.today),
    source: { kind: options.source },
  };
  const kendala =
    constraint.enabled && constraint.type !== ""
      ? { type: constraint.type, description: text(constraint.description) ?? "" }
      : undefined;
  return kendala ? { body, constraint: kendala, draft } : { body, draft };
}
