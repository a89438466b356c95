// Benchmark: checking a 5,000-item BPUM proposal against a 1,000,000-record register and all other
// proposals of the programme (~100,000 items in 20 regencies, an approved exclusive programme, a
// 100,000-row DTKS list), through the real verbs under an operator's scoped transaction (RLS).
// Target: ≤ 10 s. Appends a dated section to bench/RESULTS.md.
//
//   node bin/run-ts.js bench/aid/check.ts [--records 1000000] [--reuse] [--no-append] [--copy-from sinergi_bench_registry]
// --copy-from copies the register of another bench database (same server) instead of generating it.
import { sql } from "drizzle-orm";
import type { Ctx } from "../../src/server/modules/access";
import { systemCtx } from "../../src/server/modules/access";
import { addManyItems, createProgramme, createProposal, recheckProposal } from "../../src/server/modules/aid";
import { BPUM_RULES, OPEN_RULES } from "../../src/server/modules/aid/domain";
import { flag, numberArg, stringArg } from "../lib/args";
import { benchDatabaseUrl } from "../lib/bench-db";
import { fillRegister } from "../registry/fill-register";
import { appendResults } from "../results";
import { BENCH_DB, openAidBenchDatabase } from "./bench-db";
import { copyRegister } from "./copy-register";
import { owners, seedOthers } from "./seed-others";

const RECORDS = numberArg("records", 1_000_000);
const log = (m: string) => console.log(m);
const s = (ms: number) => (ms / 1000).toFixed(2);

async function main(): Promise<void> {
  const { database, existing } = await openAidBenchDatabase({ reuse: flag("reuse") });
  const have = Number(
    (await database.pool.query("select count(*)::int as n from registry.businesses")).rows[0]?.n ?? 0,
  );
  let fill = "reused";
  if (!existing || have !== RECORDS) {
    await database.pool.query("truncate registry.businesses, registry.persons cascade");
    const from = stringArg("copy-from");
    if (flag("copy-from") && from) {
      log(`copying the register of ${from} into ${BENCH_DB} …`);
      const urls = { fromUrl: benchDatabaseUrl(from), toUrl: benchDatabaseUrl(BENCH_DB) };
      fill = `copied from ${from} in ${s(await copyRegister(database, urls))} s`;
    } else {
      log(`filling ${RECORDS.toLocaleString("en")} businesses + owners into ${BENCH_DB} …`);
      const f = await fillRegister(database, { records: RECORDS, seed: 2020, log });
      fill = `generated: load ${s(f.loadMs)} s + indexes ${s(f.indexMs)} s`;
    }
  }
  await database.pool.query("truncate aid.programmes cascade; truncate linkage.lists cascade");
  const sys = systemCtx(database, "bench");
  const base = { kind: "cash" as const, periodStart: "2020-08-17", phases: [], requiredDocuments: [] };
  const bpum = await createProgramme({
    ctx: sys,
    input: {
      ...base,
      code: "BPUM-2020",
      name: "BPUM 2020",
      fundSource: "APBN",
      amount: 2_400_000,
      rules: {
        ...BPUM_RULES,
        sizeClasses: ["mikro"],
        sectors: [],
        excludedOccupations: ["pns", "tni", "polri", "bumn"],
      },
      exclusions: [],
    },
  });
  const stimulus = await createProgramme({
    ctx: sys,
    input: {
      ...base,
      code: "STIMULUS",
      name: "Stimulus APBD",
      fundSource: "APBD",
      amount: 1_000_000,
      rules: { ...OPEN_RULES, sizeClasses: [], sectors: [], excludedOccupations: [] },
      exclusions: [{ programmeId: bpum.id, from: null, to: null }],
    },
  });

  const regencies = (
    await database.db.execute<{ r: string; n: number }>(
      sql`select left(region_code, 5) as r, count(*)::int as n from registry.businesses where status = 'active' group by 1 order by 2 desc limit 21`,
    )
  ).rows.map((x) => x.r);
  const [targetRegency, ...others] = regencies;
  if (!targetRegency) throw new Error("empty register");
  const target = await owners(database, targetRegency, 5000);
  const t0 = performance.now();
  const seeded = await seedOthers(database, {
    bpum: bpum.id,
    stimulus: stimulus.id,
    regencies: others,
    targetRegency,
    target,
  });
  log(
    `other proposals: ${seeded.items.toLocaleString("en")} items in ${seeded.proposals} proposals, exclusive ${seeded.exclusiveItems}, list ${seeded.listRows.toLocaleString("en")} rows (${s(performance.now() - t0)} s)`,
  );

  const ctx: Ctx = {
    db: database,
    actor: {
      kind: "user",
      userId: "0190f000-0000-7000-8000-00000000b001",
      username: "operator.bench",
      role: "operator_kabkota",
      scope: targetRegency,
      businessId: null,
    },
    now: new Date(),
    requestId: "bench",
    lang: "id",
  };
  const proposal = await createProposal({ ctx, input: { programmeId: bpum.id, regionCode: targetRegency } });
  const a0 = performance.now();
  const added = await addManyItems({
    ctx,
    proposalId: proposal.id,
    input: { businessIds: target.map((t) => t.business_id) },
  });
  const addMs = performance.now() - a0;
  log(
    `add 5,000 from the register + check: ${s(addMs)} s (${added.added} added, ${added.withProblems} with problems)`,
  );
  const runs: number[] = [];
  let last = { checked: 0, withProblems: 0, openProblems: 0, ms: 0 };
  for (let i = 0; i < 3; i++) {
    const r0 = performance.now();
    last = await recheckProposal({ ctx, proposalId: proposal.id });
    runs.push(performance.now() - r0);
  }
  const byCode = await database.db.execute<{
    code: string;
    n: number;
  }>(sql`select p->>'code' as code, count(*)::int as n
    from aid.proposal_items i cross join lateral jsonb_array_elements(i.problems) p where i.proposal_id = ${proposal.id} group by 1 order by 1`);
  const codes = byCode.rows.map((r) => `${r.code} ${r.n}`).join(", ");
  log(`re-check: ${runs.map(s).join(" / ")} s; problems: ${codes}`);
  const sorted = [...runs].sort((x, y) => x - y);
  const lines = [
    `Register: ${RECORDS.toLocaleString("en")} businesses + owners (${fill}); target regency ${targetRegency}; other proposals of the programme: ${seeded.items.toLocaleString("en")} items in ${seeded.proposals} proposals (20 regencies); an approved proposal of a programme excluding BPUM (${seeded.exclusiveItems} items); a DTKS list of ${seeded.listRows.toLocaleString("en")} rows. Planted overlaps: 300 same NIK elsewhere, 200 same No. KK through a second proposer, 200 approved in the exclusive programme, 300 on the list.`,
    "",
    "| step (real verbs, operator's RLS scope) | wall |",
    "|---|---|",
    `| add 5,000 register businesses to a proposal (insert + audit + all checks) | ${s(addMs)} s |`,
    `| **re-check the 5,000-item proposal** (target ≤ 10 s), median of 3 | **${s(sorted[1] ?? 0)} s** (runs ${runs.map(s).join(" / ")}) |`,
    "",
    `Items with problems: ${last.withProblems} of ${last.checked}; problems by code: ${codes}.`,
  ];
  if (!flag("no-append")) appendResults("Aid: checking a 5,000-item proposal (bench/aid/check.ts)", lines);
  console.log(lines.join("\n"));
  await database.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
