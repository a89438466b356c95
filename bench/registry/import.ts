// Benchmark: dry-run analysis of a 100,000-row × 19-column office workbook (target ≤ 15 s, flat
// memory). Generates the workbook once into bench/out/ (git-ignored), then times the analysis and
// samples RSS and heap every 50 ms. Prints the figures; does not write bench/RESULTS.md.
//
//   node bin/run-ts.js bench/registry/import.ts [--rows 100000] [--regenerate]
//   node --expose-gc bin/run-ts.js bench/registry/import.ts --gc-marks   (live heap after GC at each 10 %)

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { loadRegionDirectory, startAnalysis } from "../../src/server/modules/registry/import";

const argv = process.argv.slice(2);
const rowsArg = argv.indexOf("--rows");
const ROWS = rowsArg >= 0 ? Number(argv[rowsArg + 1]) : 100_000;
const OUT_DIR = join("bench", "out");
const FILE = join(OUT_DIR, `registry-import-${ROWS}.xlsx`);
const REGENCY = "62.71";
const GC_MARKS = argv.includes("--gc-marks");

const HEADER = [
  "NO",
  "NAMA PEMILIK",
  "NIK / No. KTP",
  "No. KK",
  "L/P",
  "TTL",
  "ALAMAT",
  "RT/RW",
  "Desa/Kelurahan",
  "Kecamatan",
  "No. HP/WA",
  "NAMA USAHA",
  "JENIS USAHA",
  "NIB/IUMK",
  "Omset per bulan sebelum Covid",
  "Omset saat pandemi",
  "Jml Tenaga Kerja",
  "Terdampak",
  "Kendala",
];
const VILLAGES = [
  "Langkai",
  "Kel. Pahandut",
  "PANARUNG",
  "Menteng",
  "Palangka",
  "Bukit Tunggal",
  "Kalampangan",
  "Sabaru",
  "Tangkiling",
  "Kereng Bangkirai",
];
const NAMES = [
  "Siti Aminah",
  "Budi Santoso",
  "Hj. Nurhayati",
  "Ahmad Fauzi",
  "Dewi Lestari",
  "Rahmat Hidayat",
  "Sri Wahyuni",
  "Agus Salim",
  "Yuliana",
  "Slamet Riyadi",
];
const MONTHS = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agt",
  "September",
  "Okt",
  "November",
  "Des",
];
const SECTORS = ["Kuliner", "Konveksi", "Kerajinan", "Jasa", "Perdagangan"];

// Deterministic pseudo-random numbers so every run reads the same file.
let seed = 20_200_512;
const rand = (n: number) => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed % n;
};
const pad = (n: number, w: number) => String(n).padStart(w, "0");
const rupiah = (n: number) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
const PREFIXES = [
  "11",
  "12",
  "13",
  "21",
  "22",
  "23",
  "52",
  "53",
  "56",
  "57",
  "58",
  "77",
  "78",
  "81",
  "95",
  "96",
];

function row(i: number): (string | number | Date | null)[] {
  const woman = rand(2) === 1;
  const day = 1 + rand(28);
  const month = 1 + rand(12);
  const year = 1950 + rand(50);
  const nik = `6271${pad(1 + (i % 5), 2)}${pad(day + (woman ? 40 : 0), 2)}${pad(month, 2)}${pad(year % 100, 2)}${pad(1 + (i % 9999), 4)}`;
  const messy = rand(100);
  return [
    i + 1,
    `${NAMES[rand(NAMES.length)]} ${i}`,
    messy < 2 ? Number(nik) : messy < 3 ? "6.27101E+15" : nik,
    `627101${pad(1 + rand(28), 2)}${pad(1 + rand(12), 2)}${pad(10 + rand(10), 2)}${pad(1 + rand(9999), 4)}`,
    woman ? "P" : "L",
    messy < 10
      ? `Palangka Raya, ${day} ${MONTHS[month - 1]} ${year}`
      : `Palangka Raya, ${pad(day, 2)}-${pad(month, 2)}-${year}`,
    `Jl. Tjilik Riwut Km ${1 + rand(30)} No. ${rand(200)}`,
    `${pad(1 + rand(20), 3)}/${pad(1 + rand(9), 3)}`,
    VILLAGES[rand(VILLAGES.length)] ?? "Langkai",
    "Pahandut",
    messy < 5
      ? "0812-3456-7890 / 0813-1111-2222"
      : `08${PREFIXES[rand(PREFIXES.length)]}${pad(rand(100_000_000), 8)}`,
    `Usaha ${i}`,
    SECTORS[rand(SECTORS.length)] ?? "Jasa",
    messy < 50 ? `9120${pad(rand(1_000_000_000), 9)}` : "IUMK 503/12/2019",
    messy < 30 ? `Rp ${rupiah((1 + rand(40)) * 125_000)}` : (1 + rand(40)) * 100_000,
    messy < 30 ? `${1 + rand(9)},5 jt` : (1 + rand(20)) * 50_000,
    messy < 20 ? `${rand(10)} orang` : rand(10),
    rand(5) === 0 ? "Tidak" : "Ya",
    rand(3) === 0 ? "Bahan baku karet elastis sulit didapat" : "-",
  ];
}

async function generate(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: FILE,
    useSharedStrings: true,
    useStyles: false,
  });
  const ws = wb.addWorksheet("Kec. Pahandut");
  ws.addRow(["DATA UMKM TERDAMPAK COVID-19 KOTA PALANGKA RAYA"]).commit();
  ws.addRow([]).commit();
  ws.addRow(HEADER).commit();
  for (let i = 0; i < ROWS; i++) ws.addRow(row(i)).commit();
  ws.commit();
  await wb.commit();
}

function mb(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(0)} MB`;
}

async function main(): Promise<void> {
  if (argv.includes("--generate-only")) {
    const t = performance.now();
    await generate();
    console.log(`generated ${FILE} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    return;
  }
  if (!existsSync(FILE) || argv.includes("--regenerate")) {
    // A separate process, so that the generator's garbage does not blur the memory figures.
    const child = spawnSync(
      process.execPath,
      ["bin/run-ts.js", "bench/registry/import.ts", "--generate-only", "--rows", String(ROWS)],
      { stdio: "inherit" },
    );
    if (child.status !== 0) throw new Error("generation failed");
  }
  const tRegions = performance.now();
  const regions = await loadRegionDirectory();
  const regionsMs = performance.now() - tRegions;
  global.gc?.();
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed;
  const timeline: string[] = [];
  let done = 0;
  let total = 0;
  let nextMark = 0.1;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    if (total > 0 && done / total >= nextMark) {
      // With --gc-marks (and node --expose-gc) the heap is measured after a full GC: live memory.
      if (GC_MARKS) global.gc?.();
      const live = GC_MARKS ? process.memoryUsage() : m;
      timeline.push(`${Math.round((done / total) * 100)}%: rss ${mb(live.rss)} heap ${mb(live.heapUsed)}`);
      nextMark += 0.1;
    }
  }, 50);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const started = await startAnalysis({
    file: FILE,
    regencyCode: REGENCY,
    regions,
    onProgress: (p) => {
      done = p.rowsDone;
      total = p.rowsTotalEstimate;
    },
  });
  if (!started.ok) throw new Error(started.error.message);
  let rows = 0;
  for await (const _ of started.run.rows) rows++;
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clearInterval(sampler);
  const s = started.run.summary();
  console.log(`file: ${FILE} (${mb(statSync(FILE).size)}), ${ROWS} rows × ${HEADER.length} columns`);
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${mb(totalmem())}, Node ${process.version}`,
  );
  console.log(
    `region directory load (once per process, not timed below): ${(regionsMs / 1000).toFixed(2)} s`,
  );
  console.log(
    `dry-run analysis: ${seconds.toFixed(2)} s wall, ${Math.round(rows / seconds)} rows/s; process CPU ${cpuSeconds.toFixed(2)} s (wall > CPU when other processes share the 2 cores)`,
  );
  console.log(
    `rows: ${s.rows_total} (valid ${s.rows_valid}, warning ${s.rows_warning}, rejected ${s.rows_rejected})`,
  );
  const reasons = Object.entries(s.reasons).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
  console.log(`reasons: ${reasons.map(([code, n]) => `${code} ${n}`).join(", ")}`);
  console.log(
    `memory: baseline rss ${mb(baseline.rss)} heap ${mb(baseline.heapUsed)}; peak rss ${mb(peakRss)} heap ${mb(peakHeap)}`,
  );
  console.log(`timeline: ${timeline.join(" | ")}`);
}

await main();
