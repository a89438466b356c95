// Rows for the authorisation matrix: programmes, proposals in and out of a Palangka Raya user's
// scope (draft, verified, approved with a bank file and findings), and their items.
import { eq } from "drizzle-orm";
import type { Database } from "../../../platform/db/pool";
import { systemCtx } from "../../access";
import { OPEN_RULES } from "../domain";
import { importDisbursement } from "../exchange/import-disbursement";
import { recordHandover } from "../handovers/record-handover";
import { createProgramme } from "../programmes/manage-programmes";
import { addItem } from "../proposals/add-items";
import { approveProposal, submitProposal, verifyProposal } from "../proposals/flow-proposal";
import { createProposal } from "../proposals/manage-proposals";
import { reconciliationFindings } from "../schema-exchange";
import { bankCsv } from "./http";

export type AidAuthzFixture = {
  programme: string;
  programmeOut: string;
  draftIn: string;
  draftOut: string;
  itemIn: string;
  itemOut: string;
  problemKey: string;
  verifiedIn: string;
  verifiedIn2: string;
  approvedIn: string;
  approvedOut: string;
  approvedItemIn: string;
  findingIn: string;
  inKindIn: string;
  inKindItemIn: string;
  handoverIn: string;
  handoverOut: string;
};

const rules = { ...OPEN_RULES, sizeClasses: [], sectors: [], excludedOccupations: [] };

let serial = 1000;
const nik = (region: string) =>
  `${region.replace(".", "")}01${String(10 + (serial % 18)).padStart(2, "0")}0385${String(serial++).padStart(4, "0")}`;

async function proposalWithItem(ctx: ReturnType<typeof systemCtx>, programmeId: string, regionCode: string) {
  const p = await createProposal({ ctx, input: { programmeId, regionCode } });
  const added = await addItem({
    ctx,
    proposalId: p.id,
    input: { nik: nik(regionCode), nama: "Siti Rahmah", noKk: nik(regionCode) },
  });
  return { id: p.id, itemId: added.item.id };
}

export async function seedAidAuthz(database: Database): Promise<AidAuthzFixture> {
  const ctx = systemCtx(database, "test");
  const base = {
    fundSource: "APBN" as const,
    kind: "cash" as const,
    amount: 2_400_000,
    periodStart: "2020-08-17",
    phases: [],
    rules,
    requiredDocuments: [],
    exclusions: [],
  };
  const programme = (
    await createProgramme({ ctx, input: { ...base, code: "AUTHZ-NATIONAL", name: "Program Uji Nasional" } })
  ).id;
  const programmeOut = (
    await createProgramme({
      ctx,
      input: { ...base, code: "AUTHZ-SUMBAR", name: "Program Uji Sumbar", ownerRegion: "13" },
    })
  ).id;
  const draftIn = await proposalWithItem(ctx, programme, "62.71");
  const bad = await addItem({
    ctx,
    proposalId: draftIn.id,
    input: { nik: "6271017002850004", nama: "Tanggal Mustahil" },
  });
  const draftOut = await proposalWithItem(ctx, programme, "13.10");
  const verified = async () => {
    const p = await proposalWithItem(ctx, programme, "62.71");
    await submitProposal({ ctx, id: p.id });
    await verifyProposal({ ctx, id: p.id });
    return p.id;
  };
  const verifiedIn = await verified();
  const verifiedIn2 = await verified();
  const approve = async (region: string) => {
    const p = await proposalWithItem(ctx, programme, region);
    await submitProposal({ ctx, id: p.id });
    await verifyProposal({ ctx, id: p.id });
    await approveProposal({ ctx, id: p.id, input: { decreeNumber: "SK-UJI/2020" } });
    return p;
  };
  const approvedIn = await approve("62.71");
  const approvedOut = await approve("13.10");
  const csv = bankCsv([{ nik: "6271010101900009", name: "Orang Tak Dikenal", reference: "AUTHZ-1" }]);
  await importDisbursement({
    ctx,
    proposalId: approvedIn.id,
    file: { name: "bank.csv", mime: "text/csv", data: Buffer.from(csv) },
  });
  const inKind = (
    await createProgramme({
      ctx,
      input: {
        ...base,
        kind: "in_kind",
        code: "AUTHZ-MASKER",
        name: "Masker Uji",
        amount: 250_000,
        unit: "masker",
        unitsPerRecipient: 50,
      },
    })
  ).id;
  const handedOver = async (region: string) => {
    const p = await proposalWithItem(ctx, inKind, region);
    const second = await addItem({ ctx, proposalId: p.id, input: { nik: nik(region), nama: "Wati" } });
    await submitProposal({ ctx, id: p.id });
    await verifyProposal({ ctx, id: p.id });
    await approveProposal({ ctx, id: p.id, input: { decreeNumber: "SK-MASKER/2020" } });
    const receipt = { name: "tanda-terima.pdf", mime: "application/pdf", data: Buffer.from("%PDF-1.4 uji") };
    const h = await recordHandover({
      ctx,
      proposalId: p.id,
      itemId: p.itemId,
      input: { quantity: 50, handedOn: "2020-07-01", receivedBy: "Siti Rahmah" },
      receipt,
    });
    return { proposalId: p.id, openItem: second.item.id, handover: h.id };
  };
  const kindIn = await handedOver("62.71");
  const kindOut = await handedOver("13.10");
  const [finding] = await database.db
    .select()
    .from(reconciliationFindings)
    .where(eq(reconciliationFindings.proposalId, approvedIn.id))
    .limit(1);
  if (!finding) throw new Error("no finding seeded");
  return {
    programme,
    programmeOut,
    draftIn: draftIn.id,
    draftOut: draftOut.id,
    itemIn: bad.item.id,
    itemOut: draftOut.itemId,
    problemKey: bad.problems[0]?.key ?? "none",
    verifiedIn,
    verifiedIn2,
    approvedIn: approvedIn.id,
    approvedOut: approvedOut.id,
    approvedItemIn: approvedIn.itemId,
    findingIn: finding.id,
    inKindIn: kindIn.proposalId,
    inKindItemIn: kindIn.openItem,
    handoverIn: kindIn.handover,
    handoverOut: kindOut.handover,
  };
}
