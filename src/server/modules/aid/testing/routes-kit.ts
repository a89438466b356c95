// What the aid route tests share: a test app with two cash programmes (BPUM, and a regional
// stimulus that excludes BPUM recipients), three signed-in users and request helpers.
import { expect } from "vitest";
import { createTestApp } from "../../../testing/test-app";
import { systemCtx } from "../../access";
import { OPEN_RULES } from "../domain";
import { createProgramme } from "../programmes/manage-programmes";

export type AddedPerson = {
  item: { id: string; status: string; nikMasked: string };
  problems: Array<{ key: string; code: string; message: string; evidence: Record<string, unknown> }>;
};

export async function aidRoutesKit() {
  const t = await createTestApp();
  const ctx = systemCtx(t.database, "test");
  const base = {
    fundSource: "APBN" as const,
    kind: "cash" as const,
    amount: 2_400_000,
    periodStart: "2020-08-17",
    phases: [],
    requiredDocuments: [],
    exclusions: [],
  };
  const rules = {
    ...OPEN_RULES,
    sizeClasses: [],
    sectors: [],
    excludedOccupations: [],
    oneBusinessPerHousehold: true,
  };
  const bpum = await createProgramme({ ctx, input: { ...base, code: "T-BPUM", name: "BPUM Uji", rules } });
  const stimulus = await createProgramme({
    ctx,
    input: {
      ...base,
      code: "T-STIM",
      name: "Stimulus Uji",
      fundSource: "APBD",
      amount: 1_000_000,
      ownerRegion: "62",
      rules,
      exclusions: [{ programmeId: bpum.id, from: null, to: null }],
    },
  });
  const operator = await t.login("operator.palangkaraya");
  const kotim = await t.login("operator.kotim");
  const admin = await t.login("admin.kalteng");

  async function call(cookie: string, method: "GET" | "POST", url: string, payload?: unknown) {
    return t.app.inject({
      method,
      url,
      headers: { cookie },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }

  async function newProposal(cookie: string, programmeId: string, regionCode: string): Promise<string> {
    const res = await call(cookie, "POST", "/api/aid/proposals", { programmeId, regionCode });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id;
  }

  async function addPerson(cookie: string, proposalId: string, body: Record<string, unknown>) {
    const res = await call(cookie, "POST", `/api/aid/proposals/${proposalId}/items`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as AddedPerson;
  }

  return { t, bpum, stimulus, operator, kotim, admin, call, newProposal, addPerson };
}
