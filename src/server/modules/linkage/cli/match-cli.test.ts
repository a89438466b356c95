import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runMatchCli } from "./match-cli";

function sink() {
  let text = "";
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

async function run(args: string[]) {
  const out = sink();
  const err = sink();
  const code = await runMatchCli(args, { stdout: out.stream, stderr: err.stream });
  return { code, stderr: err.text() };
}

const dir = mkdtempSync(path.join(tmpdir(), "sinergi-match-"));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

const HEADER =
  "record_id,nik,no_kk,nama,jenis_kelamin,tempat_lahir,tanggal_lahir,alamat,rt,rw,kode_wilayah,no_hp,nama_usaha,bidang_usaha,sumber";
const ROWS = [
  "R1,6271011506850003,6271010101120005,Muhammad Rizki Pratama,L,Palangka Raya,1985-06-15,Jl. Tjilik Riwut No. 12,002,003,62.71.01.1001,+6281234567890,Warung Makan Berkah,Kuliner,Pendataan",
  'R2,6271011506850000,6271010101120005,"MOH. RIZKI PRATAMA, S.E.",Laki-laki,Palangka Raya,15-06-1985,Jalan Tjilik Riwut Nomor 12,2,3,62.71.01.1001,081234567890,WARUNG MAKAN BERKAH,Kuliner,BPUM',
  "R3,3204110609970001,3204110101100001,Budi Santoso,L,Bandung,1997-09-06,Gg. Mawar No. 1,001,002,32.04.11.2001,+6281300000001,Toko Budi,Perdagangan,DTKS",
  "R4,6271014303620001,6271010101120005,Siti Aminah,P,Palangka Raya,1962-03-03,Jl. Tjilik Riwut No. 12,002,003,62.71.01.1001,,Warung Makan Berkah,Kuliner,Pendataan",
];

describe("sinergi match dedup", () => {
  it("writes pairs and clusters for a canonical file", async () => {
    const input = file("register.csv", `${HEADER}\n${ROWS.join("\n")}\n`);
    const pairs = path.join(dir, "pairs.csv");
    const clusters = path.join(dir, "clusters.csv");
    const { code, stderr } = await run(["dedup", input, "--out", pairs, "--clusters", clusters]);
    expect(code).toBe(0);
    expect(stderr).toContain("dedup:");
    const pairLines = readFileSync(pairs, "utf8").trim().split("\n");
    expect(pairLines[0]).toBe("id_a,id_b,weight,probability,decision");
    expect(pairLines.some((l) => /^R1,R2,.*,match$/.test(l))).toBe(true);
    expect(pairLines.some((l) => l.includes("R4"))).toBe(false);
    const clusterLines = readFileSync(clusters, "utf8").trim().split("\n");
    expect(clusterLines[0]).toBe("record_id,cluster_id");
    const clusterOf = new Map(clusterLines.slice(1).map((l) => l.split(",") as [string, string]));
    expect(clusterOf.get("R1")).toBe(clusterOf.get("R2"));
    expect(clusterOf.get("R1")).not.toBe(clusterOf.get("R4"));
    expect(clusterOf.size).toBe(4);
  });

  it("runs in two worker threads by province and agrees with one thread", async () => {
    const rows = [...ROWS, ROWS[2]?.replace("R3,", "R5,").replace("Budi Santoso", "BUDI SANTOSA") ?? ""];
    const input = file("two-provinces.csv", `${HEADER}\n${rows.join("\n")}\n`);
    const one = path.join(dir, "one.csv");
    const two = path.join(dir, "two.csv");
    expect(
      (await run(["dedup", input, "--out", path.join(dir, "p1.csv"), "--clusters", one, "--threads", "1"]))
        .code,
    ).toBe(0);
    const parallel = await run([
      "dedup",
      input,
      "--out",
      path.join(dir, "p2.csv"),
      "--clusters",
      two,
      "--parallel-min-rows",
      "1",
    ]);
    expect(parallel.code).toBe(0);
    expect(parallel.stderr).toContain("2 partitions");
    const same = (p: string) => {
      const m = new Map(
        readFileSync(p, "utf8")
          .trim()
          .split("\n")
          .slice(1)
          .map((l) => l.split(",") as [string, string]),
      );
      return [m.get("R1") === m.get("R2"), m.get("R3") === m.get("R5"), m.get("R1") === m.get("R4")];
    };
    expect(same(two)).toEqual([true, true, false]);
    expect(same(two)).toEqual(same(one));
  });

  it.each([
    [["dedup", path.join(dir, "missing.csv"), "--out", path.join(dir, "x.csv")], 1, "file not found"],
    [["dedup", "--out"], 2, "needs a value"],
    [["dedup"], 2, "usage"],
    [["frobnicate"], 2, "usage"],
  ])("%j exits %s", async (args, exitCode, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(exitCode);
    expect(stderr).toContain(message);
  });

  it("names the missing columns of a file in another layout", async () => {
    const input = file("other.csv", "id,full_name\n1,Budi\n");
    const { code, stderr } = await run(["dedup", input, "--out", path.join(dir, "x.csv")]);
    expect(code).toBe(1);
    expect(stderr).toContain("missing column(s) record_id, nama");
  });

  it("maps other layouts with a config file, and rejects a bad config", async () => {
    const input = file(
      "febrl.csv",
      "rec_id, given_name, surname, date_of_birth, soc_sec_id\nrec-1-org, kayla, harrington, 19150612, 9004242\nrec-1-dup-0, kayla, harringtn, 19150612, 9004242\nrec-2-org, sarah, bruhn, 19300213, 7535316\n",
    );
    const config = file(
      "cfg.json",
      JSON.stringify({
        columns: {
          rec_id: "id",
          given_name: "given_name",
          surname: "surname",
          date_of_birth: "birth_date",
          soc_sec_id: "national_id",
        },
        dateOrder: "ymd",
      }),
    );
    const pairs = path.join(dir, "febrl-pairs.csv");
    expect((await run(["dedup", input, "--out", pairs, "--config", config])).code).toBe(0);
    expect(readFileSync(pairs, "utf8")).toContain("rec-1-org,rec-1-dup-0");
    const bad = file("bad.json", JSON.stringify({ columns: { rec_id: "shoe_size" } }));
    const { code, stderr } = await run(["dedup", input, "--out", pairs, "--config", bad]);
    expect(code).toBe(1);
    expect(stderr).toContain("is invalid");
  });
});

describe("sinergi match link / hash / link-hashed", () => {
  const a = file("a.csv", `${HEADER}\n${ROWS[0]}\n${ROWS[2]}\n`);
  const b = file("b.csv", `${HEADER}\n${ROWS[1]}\n${ROWS[3]}\n`);
  const key = file("key.txt", "shared-secret-between-agencies\n");

  it("links two files", async () => {
    const out = path.join(dir, "link.csv");
    expect((await run(["link", a, b, "--out", out])).code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/R1,R2,[^\n]*,match/);
  });

  it("hashes without leaking raw values and links hashed to hashed or to plain", async () => {
    const ha = path.join(dir, "a.hashed.csv");
    const hb = path.join(dir, "b.hashed.csv");
    expect((await run(["hash", a, "--key-file", key, "--out", ha])).code).toBe(0);
    expect((await run(["hash", b, "--key-file", key, "--out", hb])).code).toBe(0);
    const hashed = readFileSync(ha, "utf8");
    expect(hashed.split("\n")[0]).toBe(
      "record_id,h_nik,h_nik15,h_dob,h_name,h_firstDob,h_lastDob,h_skeletonDob,h_district,h_nameDistrict,h_familyId,h_phone,bf_name,bf_dob,bf_address,bf_business,hx_nikVariants,hx_cardVariants,hx_nikParts,hx_dobParts,hx_dobVariants,hx_household,hx_houseTraits,hx_firstVariants,hx_blocking,nik_trusted",
    );
    const exact = path.join(dir, "a.exact.csv");
    expect((await run(["hash", a, "--key-file", key, "--out", exact, "--format", "exact"])).code).toBe(0);
    expect(readFileSync(exact, "utf8").split("\n")[0]).not.toContain("bf_");
    const badFormat = await run(["hash", a, "--key-file", key, "--out", exact, "--format", "md5"]);
    expect(badFormat.code).toBe(1);
    expect(badFormat.stderr).toContain("unknown --format");
    expect(hashed).not.toContain("6271011506850003");
    // Not even a NIK's date part or a deletion form of it.
    expect(hashed).not.toMatch(/150685|627101150685/);
    expect(hashed).not.toMatch(/RIZKI/i);
    const out = path.join(dir, "hl.csv");
    expect((await run(["link-hashed", ha, hb, "--out", out])).code).toBe(0);
    expect((await run(["link-hashed", ha, b, "--key-file", key, "--out", out])).code).toBe(0);
    const missingKey = await run(["link-hashed", ha, b, "--out", out]);
    expect(missingKey.code).toBe(1);
    expect(missingKey.stderr).toContain("key-file");
  });
});
