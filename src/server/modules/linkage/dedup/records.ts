// Register rows and typed records → the engine's LinkRecord. One place decides which register
// column feeds which engine field, so dedup runs, list linking and hints compare alike.
import type { LinkRecord } from "../domain/types";

/** A business with its owner as the registry reads it for linkage. */
export type BusinessRecordSource = {
  businessId: string;
  regionCode: string;
  businessName: string;
  sector: string;
  businessStreet: string | null;
  nik: string;
  noKk: string | null;
  name: string;
  sex: string | null;
  birthPlace: string | null;
  birthDate: string | null;
  phone: string | null;
  personStreet: string | null;
  rt: string | null;
  rw: string | null;
};

/** A person (owner) as stored, for match keys and hints. */
export type PersonRecordSource = {
  id: string;
  regionCode: string;
  nik: string | null;
  noKk: string | null;
  name: string | null;
  sex: string | null;
  birthPlace: string | null;
  birthDate: string | null;
  phone: string | null;
  street: string | null;
  rt: string | null;
  rw: string | null;
  villageCode: string | null;
};

const v = (x: string | null | undefined): string => x ?? "";

/** A business record: the owner's identity plus the business's name and address. */
export function businessToLinkRecord(r: BusinessRecordSource): LinkRecord {
  return {
    id: r.businessId,
    nationalId: v(r.nik),
    familyId: v(r.noKk),
    fullName: r.name,
    sex: v(r.sex),
    birthPlace: v(r.birthPlace),
    birthDate: v(r.birthDate),
    address: v(r.businessStreet ?? r.personStreet),
    rt: v(r.rt),
    rw: v(r.rw),
    regionCode: r.regionCode,
    phone: v(r.phone),
    businessName: r.businessName,
    businessField: r.sector,
  };
}

/** A person record: identity and the KTP address (village, else the registering region). */
export function personToLinkRecord(r: PersonRecordSource): LinkRecord {
  return {
    id: r.id,
    nationalId: v(r.nik),
    familyId: v(r.noKk),
    fullName: v(r.name),
    sex: v(r.sex),
    birthPlace: v(r.birthPlace),
    birthDate: v(r.birthDate),
    address: v(r.street),
    rt: v(r.rt),
    rw: v(r.rw),
    regionCode: r.villageCode ?? r.regionCode,
    phone: v(r.phone),
  };
}
