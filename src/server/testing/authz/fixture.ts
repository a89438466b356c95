import { createUser, type Role, systemCtx } from "../../modules/access";
import { createTestApp, DEMO_PASSWORD, type TestApp } from "../test-app";
import type { Fixture } from "./types";

/** One signed-in user per role, all scoped to Kalimantan Tengah / Palangka Raya. */
export const ROLE_USERS: Record<Role, string> = {
  admin_provinsi: "admin.kalteng",
  operator_kabkota: "operator.palangkaraya",
  pendamping: "pendamping.palangkaraya",
  konsultan_plut: "konsultan.plut",
  pimpinan: "pimpinan.kalteng",
  pelaku_usaha: "usaha.matrix",
  pembeli_instansi: "instansi.matrix",
};

export async function createFixture(): Promise<Fixture> {
  const t: TestApp = await createTestApp({ workers: true });
  const ctx = systemCtx(t.database, "test");
  const mk = (username: string, role: Role, scope: string) =>
    createUser({ ctx, input: { username, displayName: username, role, scope, password: DEMO_PASSWORD } });
  await mk("usaha.matrix", "pelaku_usaha", "62.71");
  await mk("instansi.matrix", "pembeli_instansi", "62.71");
  const inScope = await mk("target.inscope", "pimpinan", "62.71");
  const outScope = await mk("target.outscope", "pimpinan", "13.10");
  const finishedJob = await t.jobs.enqueue(
    "platform.selftest",
    { steps: 1 },
    { createdBy: null, scope: "62.71" },
  );
  const job = await t.jobs.enqueue("platform.selftest", { steps: 1 }, { createdBy: null, scope: "62.71" });
  for (let i = 0; i < 100 && (await t.jobs.status(finishedJob))?.state !== "completed"; i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  let n = 0;
  return {
    t,
    unique: () => `${Date.now().toString(36)}${n++}`,
    ids: { userInScope: inScope.id, userOutOfScope: outScope.id, job, finishedJob },
  };
}
