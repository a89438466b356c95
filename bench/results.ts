// Appends a dated section to bench/RESULTS.md (never rewrites earlier sections).
import { appendFileSync, existsSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "RESULTS.md");

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? "cpu";
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export function appendResults(title: string, lines: string[]): void {
  if (!existsSync(FILE))
    writeFileSync(FILE, "# Benchmark results\n\nEach section: date, machine, figures. Newest last.\n");
  const date = new Date().toISOString().slice(0, 16).replace("T", " ");
  appendFileSync(FILE, `\n## ${title} — ${date} UTC\n\nMachine: ${machine()}\n\n${lines.join("\n")}\n`);
}

/** The p-th percentile (0–100) of some timings, nearest rank. */
export function pct(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}
