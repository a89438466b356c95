// What the entry form holds while a person types: plain strings (money and counts as typed), so a
// half-filled record can be kept, validated and turned into the API body only when it is complete.
import type {
  AffectedReason,
  ConstraintType,
  Need,
  SalesChannel,
  Sector,
} from "../../../../shared/registry-vocab";

export type OwnerDraft = {
  nik: string;
  noKk: string;
  name: string;
  sex: "" | "L" | "P";
  birthPlace: string;
  /** As typed: "12-05-1980", "12 Mei 1980", "12/5/80". */
  birthDate: string;
  phone: string;
  street: string;
  rt: string;
  rw: string;
  villageCode: string | null;
};

export type BusinessDraft = {
  name: string;
  nib: string;
  sector: Sector | "";
  products: string;
  dailyCapacity: string;
  employees: string;
  salesChannels: SalesChannel[];
  /** Business at the owner's address (the usual case for home industries). */
  atOwnerAddress: boolean;
  street: string;
  rt: string;
  rw: string;
  regionCode: string | null;
};

export type ImpactDraft = {
  affected: "" | "yes" | "no";
  turnoverBefore: string;
  turnoverAfter: string;
  workersLaidOff: string;
  workersSentHome: string;
  reasons: AffectedReason[];
  reasonNote: string;
  needs: Need[];
  needsNote: string;
};

export type ConstraintDraft = { enabled: boolean; type: ConstraintType | ""; description: string };

export type FieldDraft = {
  owner: OwnerDraft;
  business: BusinessDraft;
  impact: ImpactDraft;
  constraint: ConstraintDraft;
};

export const blankDraft: FieldDraft = {
  owner: {
    nik: "",
    noKk: "",
    name: "",
    sex: "",
    birthPlace: "",
    birthDate: "",
    phone: "",
    street: "",
    rt: "",
    rw: "",
    villageCode: null,
  },
  business: {
    name: "",
    nib: "",
    sector: "",
    products: "",
    dailyCapacity: "",
    employees: "",
    salesChannels: [],
    atOwnerAddress: true,
    street: "",
    rt: "",
    rw: "",
    regionCode: null,
  },
  impact: {
    affected: "",
    turnoverBefore: "",
    turnoverAfter: "",
    workersLaidOff: "",
    workersSentHome: "",
    reasons: [],
    reasonNote: "",
    needs: [],
    needsNote: "",
  },
  constraint: { enabled: false, type: "", description: "" },
};
