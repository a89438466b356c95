// The incremental dedup judges new records with the model the last full dedup run trained for a
// scope covering them, as the next full run would; without one (or with one that no longer parses)
// it uses the default model. A model from another province is never used.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";
import { systemCtx, tx } from "../../access";
import { defaultModel } from "../domain/default-model";
import { serialiseModel } from "../domain/model";
import { runs } from "../schema";
import { dedupNewRecords } from "./incremental-dedup";

const t = await createTestApp();
const operator = await t.login("operator.palangkaraya");
const ctx = systemCtx(t.database, "test");

const owner = (nik: string) => ({
  nik,
  name: "Sri Wahyuningsih",
  sex: "P",
  birthDate: "1978-04-17",
  phone: "081251338801",
  villageCode: "62.71.01.1003",
});
const business = { name: "Keripik Singkong Bu Sri", sector: "kuliner", regionCode: "62.71.01.1003" };

async function register(payload: object): Promise<string> {
  const res = await t.app.inject({
    method: "POST",
    url: "/api/registry/businesses",
    headers: { cookie: operator },
    payload,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().business.id as string;
}

// A model no pair can pass: a prior chance of a match so small that no evidence outweighs it.
const strictModel = () => JSON.stringify({ ...JSON.parse(serialiseModel(defaultModel())), lambda: 1e-300 });

async function addRun(region: string, model: string, finishedAt: Date): Promise<string> {
  const id = crypto.randomUUID();
  await tx(ctx, (q) =>
    q.insert(runs).values({
      id,
      regionCode: region,
      kind: "dedup",
      state: "completed",
      stats: { trained: true },
      model,
      startedByName: "test",
      finishedAt,
    }),
  );
  return id;
}

describe("the model of the incremental dedup", () => {
  it("uses the covering scope's last trained model, passes over a broken one, else the default", async () => {
    await register({ owner: owner("6271015704780031"), business });
    // The same woman again under a one-digit NIK typo, saved as new with a reason.
    const second = await register({
      owner: owner("6271015704780037"),
      business,
      duplicateDecision: { kind: "new_person", reason: "NIK di KTP berbeda, dicek nanti" },
    });
    const records = { regionCode: "62.71", businessIds: [second] };

    const strict = await addRun("62", strictModel(), new Date(Date.now() - 60_000));
    await addRun("63", serialiseModel(defaultModel()), new Date(Date.now() - 30_000));
    await addRun("62.71", "{not a model", new Date());
    const judged = await dedupNewRecords(ctx, records);
    expect(judged.model).toEqual({ runId: strict });
    expect(judged.pairsFound).toBe(0);

    await tx(ctx, (q) => q.delete(runs).where(eq(runs.kind, "dedup")));
    const byDefault = await dedupNewRecords(ctx, records);
    expect(byDefault.model).toBe("default");
    expect(byDefault.pairsFound).toBeGreaterThanOrEqual(1);
  });
});
