// The public self-registration page of a training: what the owner sees, and the registration itself.
// The owner is matched to the register (the exact NIK, or the linkage engine's candidate search on
// name and birth date); a match with one active business gets a seat at once, anything else waits
// as a pending registration for the operator. The same person twice is refused, and the last seat
// goes to one registration only (the event row is locked).
import { and, eq, ne } from "drizzle-orm";
import { isValidNik } from "../../../../shared/nik";
import { nameKey } from "../../../../shared/person-name";
import { toE164Mobile } from "../../../../shared/phone";
import { notFound, validation } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { type Ctx, recordAudit, tx } from "../../access";
import { linkageOwnerMatcher } from "../../linkage";
import {
  type BusinessBrief,
  findHintCandidateIds,
  findPersonsByNikInScope,
  readHintPersons,
  readPersonsBusinesses,
  selectBusinessBriefs,
} from "../../registry";
import type { PublicEvent, RegisterBody, RegistrationResult } from "../contract-engagement";
import { canAddParticipants } from "../domain";
import { lockEvent, presentEvents } from "../repository";
import { events } from "../schema";
import { registrations } from "../schema-engagement";
import { engagementError } from "./errors";
import { insertSeat, requireNotSeated, requireSeatLeft } from "./seat";

export async function readPublicEvent({ ctx, id }: { ctx: Ctx; id: string }): Promise<PublicEvent> {
  return tx(ctx, async (t) => {
    const [row] = await t.select().from(events).where(eq(events.id, id));
    if (!row) throw notFound();
    const [e] = await presentEvents(t, [row]);
    if (!e) throw notFound();
    const seatsLeft = Math.max(0, e.quota - e.participants);
    return {
      id: e.id,
      title: e.title,
      topic: e.topic,
      status: e.status,
      mode: e.mode,
      venue: e.venue,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      regionName: e.regionName,
      seatsLeft,
      open: canAddParticipants(e.status) && seatsLeft > 0,
    };
  });
}

type Match = { businessId: string | null; suggestions: string[] };

const NO_ADDRESS = {
  noKk: null,
  sex: null,
  birthPlace: null,
  street: null,
  rt: null,
  rw: null,
  villageCode: null,
};

/**
 * Persons of the register with exactly this name (the shared name key) and birth date, found through
 * the register's candidate index with the engine's blocking keys.
 */
async function sameNameAndBirth(ctx: Ctx, name: string, birthDate: string, regionCode: string) {
  const keys = linkageOwnerMatcher.matchKeys({
    ...NO_ADDRESS,
    id: "typed",
    nik: null,
    name,
    birthDate,
    phone: null,
    regionCode,
  });
  const ids = await findHintCandidateIds(ctx.db.db, {
    keys,
    nik: null,
    phone: null,
    prefix: ctx.actor.scope,
    limit: 200,
  });
  const persons = await tx(ctx, (t) => readHintPersons(t, ids));
  const key = nameKey(name);
  return persons.filter((p) => p.birthDate === birthDate && nameKey(p.name) === key).map((p) => p.personId);
}

/** Persons the owner surely is (exact NIK; else one person with the same name and birth date, or the engine's "match"), and those it only may be. */
async function candidatePersons(ctx: Ctx, input: RegisterBody, phone: string, regionCode: string) {
  if (input.nik) {
    const found = await findPersonsByNikInScope({ ctx, nik: input.nik });
    if (found.length > 0 || !input.name || !input.birthDate)
      return { sure: found.map((p) => p.personId), maybe: [] as string[] };
  }
  const name = input.name ?? "";
  const birthDate = input.birthDate ?? "";
  const found = await linkageOwnerMatcher.candidates(ctx, {
    ...NO_ADDRESS,
    nik: input.nik ?? null,
    name,
    birthDate,
    phone,
    regionCode,
  });
  const exact = await sameNameAndBirth(ctx, name, birthDate, regionCode);
  const engineSure = found.filter((c) => c.decision === "match").map((c) => c.personId);
  const sure = [...new Set([...engineSure, ...exact])];
  const maybe = found.filter((c) => c.decision === "possible").map((c) => c.personId);
  return { sure, maybe: maybe.filter((id) => !sure.includes(id)) };
}

/** The register business the registration is for, or none (with the businesses it may be). */
async function matchOwner(ctx: Ctx, input: RegisterBody, phone: string, regionCode: string): Promise<Match> {
  const { sure, maybe } = await candidatePersons(ctx, input, phone, regionCode);
  const owned = await tx(ctx, (t) => readPersonsBusinesses(t, [...sure, ...maybe]));
  const active = (ids: string[]) =>
    ids.flatMap((id) => owned.get(id) ?? []).filter((b) => b.status === "active");
  const all = active([...sure, ...maybe]).map((b) => b.id);
  if (sure.length !== 1) return { businessId: null, suggestions: all };
  const mine = active(sure);
  const typed = nameKey(input.businessName);
  const named = mine.filter((b) => nameKey(b.name) === typed || nameKey(b.name).includes(typed));
  const pick = named.length === 1 ? named[0] : mine.length === 1 ? mine[0] : undefined;
  return pick ? { businessId: pick.id, suggestions: [] } : { businessId: null, suggestions: all };
}

function checkInput(input: RegisterBody): string {
  const phone = toE164Mobile(input.phone);
  const issues = [];
  if (!phone) issues.push({ path: "body.phone", message: "nomor HP/WhatsApp tidak valid" });
  if (input.nik && !isValidNik(input.nik)) issues.push({ path: "body.nik", message: "NIK tidak valid" });
  if (!phone || issues.length > 0)
    throw validation(issues, {
      id: "Periksa NIK dan nomor HP/WhatsApp.",
      en: "Please check the NIK and the mobile/WhatsApp number.",
    });
  return phone;
}

export const identityKeyOf = (input: RegisterBody): string =>
  input.nik ?? `${nameKey(input.name ?? "")}|${input.birthDate ?? ""}`;

export async function registerSelf({
  ctx,
  eventId,
  input,
}: {
  ctx: Ctx;
  eventId: string;
  input: RegisterBody;
}): Promise<RegistrationResult> {
  const phone = checkInput(input);
  const [event] = await tx(ctx, (t) => t.select().from(events).where(eq(events.id, eventId)));
  if (!event) throw notFound();
  if (!canAddParticipants(event.status)) throw engagementError("TRAINING_REGISTRATION_CLOSED");
  const match = await matchOwner(ctx, input, phone, event.regionCode);
  return tx(ctx, async (t) => {
    const ev = await lockEvent(t, eventId);
    if (!ev) throw notFound();
    if (!canAddParticipants(ev.status)) throw engagementError("TRAINING_REGISTRATION_CLOSED");
    const identityKey = identityKeyOf(input);
    const twice = await t
      .select({ id: registrations.id })
      .from(registrations)
      .where(
        and(
          eq(registrations.eventId, eventId),
          eq(registrations.identityKey, identityKey),
          ne(registrations.status, "refused"),
        ),
      );
    if (twice.length > 0) throw engagementError("TRAINING_ALREADY_REGISTERED");
    const [brief]: (BusinessBrief | undefined)[] = match.businessId
      ? await selectBusinessBriefs(t, [match.businessId])
      : [];
    if (brief) await requireNotSeated(t, eventId, brief);
    await requireSeatLeft(t, ev);
    const seat = brief ? await insertSeat(t, ctx, ev, brief, phone) : null;
    const id = newId();
    await t.insert(registrations).values({
      id,
      eventId,
      regionCode: ev.regionCode,
      identityKey,
      nik: input.nik ?? null,
      name: input.name ?? null,
      birthDate: input.birthDate ?? null,
      phone,
      businessName: input.businessName,
      status: seat ? "seated" : "pending",
      participantId: seat?.participantId ?? null,
      suggestedBusinessIds: match.suggestions,
      createdAt: ctx.now,
    });
    await recordAudit(t, ctx, {
      action: "training.self-register",
      entityType: "training_event",
      entityId: eventId,
      entityRegion: ev.regionCode,
      after: { registrationId: id, status: seat ? "seated" : "pending", participantId: seat?.participantId },
    });
    return { status: seat ? "seated" : "pending", code: seat?.code ?? null };
  });
}
