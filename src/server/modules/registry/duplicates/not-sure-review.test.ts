// "Not sure" in the duplicate question (online form or a synced offline record) puts the pair in
// linkage's review queue, where an operator sees it and decides.
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";
import { businessBody, mistypedNik } from "../testing/fixtures";

const t = await createTestApp({ workers: true });
const operator = await t.login("operator.palangkaraya");
const call = (o: { method?: "GET" | "POST"; url: string; payload?: unknown }) =>
  t.app.inject({ method: o.method ?? "GET", ...o, headers: { cookie: operator } } as never);

type Item = {
  id: string;
  note: string | null;
  status: string;
  a: { businessId: string };
  b: { businessId: string };
};
const openPairs = async (): Promise<Item[]> =>
  (await call({ url: "/api/linkage/reviews?status=open&limit=100" })).json().items;
const hasPair = (items: Item[], x: string, y: string) =>
  items.filter((i) => [i.a.businessId, i.b.businessId].sort().join() === [x, y].sort().join());

async function registeredAndAsked(name: string, clientId?: string) {
  const first = businessBody({ name });
  const created = await call({ method: "POST", url: "/api/registry/businesses", payload: first });
  expect(created.statusCode, created.body).toBe(201);
  const again = {
    ...businessBody({ name, nik: mistypedNik(first.owner?.nik ?? ""), ...(clientId ? { clientId } : {}) }),
  };
  const asked = await call({ method: "POST", url: "/api/registry/businesses", payload: again });
  expect(asked.statusCode).toBe(409);
  const personId = created.json().owner.id as string;
  const payload = { ...again, duplicateDecision: { kind: "not_sure", personId } };
  const res = await call({ method: "POST", url: "/api/registry/businesses", payload });
  expect(res.statusCode, res.body).toBe(201);
  return {
    payload,
    registered: created.json().business.id as string,
    added: res.json().business.id as string,
  };
}

describe("'not sure' → the linkage review queue", () => {
  it("lists the pair from the online form, and the operator's decision there works", async () => {
    const { registered, added } = await registeredAndAsked("Wati Sulastri");
    const [item, ...more] = hasPair(await openPairs(), registered, added);
    expect(more).toHaveLength(0);
    expect(item).toMatchObject({ note: "askedAtEntry", status: "open" });
    const decided = await call({
      method: "POST",
      url: `/api/linkage/reviews/${item?.id}/decision`,
      payload: { decision: "reject" },
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().item.status).toBe("rejected");
    expect(hasPair(await openPairs(), registered, added)).toHaveLength(0);
  });

  it("lists the pair of a synced offline record once, however often the device resends it", async () => {
    const clientId = "7a1f1c55-2d4e-4a55-9a0b-3c1de2f0a001";
    const { payload, registered, added } = await registeredAndAsked("Lina Marlina", clientId);
    const resent = await call({ method: "POST", url: "/api/registry/businesses", payload });
    expect(resent.statusCode).toBe(200);
    expect(resent.json().business.id).toBe(added);
    const [item, ...more] = hasPair(await openPairs(), registered, added);
    expect(more).toHaveLength(0);
    expect(item?.note).toBe("askedAtEntry");
    const accepted = await call({
      method: "POST",
      url: `/api/linkage/reviews/${item?.id}/decision`,
      payload: { decision: "accept" },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().merge.survivorId).toBe(registered);
  });

  it("keeps an asked pair open and marked as asked through a full dedup run", async () => {
    // Another name under a mistyped NIK: the run scores the pair itself, and must keep it marked as asked.
    const first = businessBody({ name: "Kartini Juwita" });
    const created = await call({ method: "POST", url: "/api/registry/businesses", payload: first });
    const other = businessBody({ name: "Ratna Handayani", nik: mistypedNik(first.owner?.nik ?? "") });
    const personId = created.json().owner.id as string;
    const payload = { ...other, duplicateDecision: { kind: "not_sure", personId } };
    const res = await call({ method: "POST", url: "/api/registry/businesses", payload });
    expect(res.statusCode, res.body).toBe(201);
    const [registered, added] = [created.json().business.id as string, res.json().business.id as string];
    expect(hasPair(await openPairs(), registered, added)).toHaveLength(1);
    const run = await call({
      method: "POST",
      url: "/api/linkage/dedup-runs",
      payload: { regionCode: "62.71" },
    });
    expect(run.statusCode, run.body).toBe(202);
    const jobId = run.json().jobId as string;
    for (
      let i = 0;
      i < 240 && !["completed", "failed"].includes((await t.jobs.status(jobId))?.state ?? "");
      i++
    )
      await new Promise((r) => setTimeout(r, 250));
    expect((await t.jobs.status(jobId))?.state).toBe("completed");
    expect(hasPair(await openPairs(), registered, added).map((i) => i.note)).toEqual(["askedAtEntry"]);
  });
});
