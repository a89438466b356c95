// Rows for the authorisation matrix and route tests: training events inside Palangka Raya (62.71)
// and in Dharmasraya (13.10, outside every Kalteng user's scope), one of each held with a certificate.
import { eq } from "drizzle-orm";
import type { Database } from "../../../platform/db/pool";
import { type Ctx, systemCtx } from "../../access";
import { storeOutsideList } from "../../linkage";
import { createBusiness } from "../../registry";
import { issueCertificates } from "../certificates";
import { changeEventStatus } from "../change-status";
import type { CreateEventBody } from "../contract";
import { createEvent } from "../manage-events";
import { addParticipants } from "../manage-participants";
import { storePrakerjaRows } from "../prakerja/import-list";
import { recordAttendance } from "../record-attendance";
import { participants } from "../schema";

export type TrainingAuthzFixture = {
  eventIn: string;
  eventOut: string;
  heldIn: string;
  heldOut: string;
  seatIn: string;
  seatOut: string;
  certificateIn: string;
  businessIn: string;
  businessOut: string;
  prakerjaIn: string;
  prakerjaOut: string;
};

export const eventBody = (over: Partial<CreateEventBody> = {}): CreateEventBody => ({
  title: "Pelatihan Pemasaran Digital",
  topic: "Pemasaran daring",
  targetSizeClass: "mikro",
  mode: "in_person",
  venue: "Aula PLUT",
  onlineLink: null,
  fundingSource: "DAK",
  budget: 50_000_000,
  quota: 20,
  trainers: ["Pelatih Uji"],
  startsOn: "2020-04-14",
  endsOn: null,
  ...over,
});

export const VILLAGE_IN = "62.71.01.1003"; // Langkai, Palangka Raya
export const VILLAGE_OUT = "13.10.01.2002"; // Koto Baru, Dharmasraya
let serial = 4000;

/** A register business with its owner (a woman born 12 May 1980, NIK of the village's district). */
export async function newBusiness(ctx: Ctx, village: string, name = "Siti Rahmawati"): Promise<string> {
  serial = serial >= 9999 ? 4000 : serial + 1;
  const nik = `${village.slice(0, 8).replace(/\./g, "")}520580${serial}`;
  const created = await createBusiness({
    ctx,
    input: {
      owner: { nik, name, sex: "P", birthDate: "1980-05-12", villageCode: village },
      business: {
        name: `Usaha ${name}`,
        sector: "konveksi",
        regionCode: village,
        annualTurnover: 60_000_000,
      },
      impact: { assessedOn: "2020-05-04", affected: true, reasons: ["demand_down"] },
      // Look-alike owners on purpose (one name, one birth date): past the duplicate gate with a reason.
      duplicateDecision: { kind: "new_person", reason: "distinct test participant" },
    },
  });
  return created.page.business.id;
}

async function heldWithCertificate(ctx: Ctx, regionCode: string, village: string) {
  const event = await createEvent({ ctx, input: eventBody({ regionCode }) });
  const business = await newBusiness(ctx, village);
  const added = await addParticipants({ ctx, eventId: event.id, input: { businessIds: [business] } });
  const seat = added.participants[0]?.id ?? "";
  await recordAttendance({ ctx, eventId: event.id, input: { participantIds: [seat], attended: true } });
  await changeEventStatus({ ctx, id: event.id, input: { status: "held" } });
  await issueCertificates({ ctx, eventId: event.id });
  return { eventId: event.id, seat };
}

/** A one-row Kartu Prakerja list of the regency, stored as the import stores it. */
async function prakerjaList(ctx: Ctx, regionCode: string): Promise<string> {
  const row = {
    sheet: "Peserta",
    rowNumber: 2,
    nik: `${regionCode.replace(".", "")}014101850077`,
    name: "Rina Oktaviani",
    birthDate: null,
    wave: "3",
    statusText: "Lulus",
    registered: true,
    passed: true,
    incentive: false,
  };
  const blank = { noKk: null, sex: null, birthPlace: null, phone: null, address: null, rt: null, rw: null };
  const rows = [{ ...row, ...blank, villageCode: null, businessName: null }];
  const listId = await storeOutsideList(ctx, {
    fields: { name: "Prakerja uji", kind: "prakerja", regionCode },
    file: { name: "prakerja.csv", mime: "text/csv", data: Buffer.from("NIK,Nama\n") },
    rows,
  });
  await storePrakerjaRows(ctx, { listId, regionCode, rows });
  return listId;
}

export async function seedTrainingAuthz(database: Database): Promise<TrainingAuthzFixture> {
  const ctx = systemCtx(database, "test");
  const eventIn = await createEvent({ ctx, input: eventBody({ regionCode: "62.71" }) });
  const eventOut = await createEvent({ ctx, input: eventBody({ regionCode: "13.10" }) });
  const heldIn = await heldWithCertificate(ctx, "62.71", VILLAGE_IN);
  const heldOut = await heldWithCertificate(ctx, "13.10", VILLAGE_OUT);
  const [seat] = await database.db.select().from(participants).where(eq(participants.id, heldIn.seat));
  return {
    eventIn: eventIn.id,
    eventOut: eventOut.id,
    heldIn: heldIn.eventId,
    heldOut: heldOut.eventId,
    seatIn: heldIn.seat,
    seatOut: heldOut.seat,
    certificateIn: seat?.certificateCode ?? "",
    businessIn: await newBusiness(ctx, VILLAGE_IN, "Dewi Lestari"),
    businessOut: await newBusiness(ctx, VILLAGE_OUT, "Dewi Lestari"),
    prakerjaIn: await prakerjaList(ctx, "62.71"),
    prakerjaOut: await prakerjaList(ctx, "13.10"),
  };
}
