// Synthetic Indonesian registers for the benchmark: generated once per size and seed under
// bench/out/linkage (git-ignored), then deduplicated in a child process.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { runGenerator } from "../../src/server/modules/registry/synth/cli";
import type { PairMetrics } from "./metrics";

export type SynthResult = {
  records: number;
  wallMs: number;
  peakRssMb: number;
  candidatePairs: number;
  pairsCompleteness: number;
  clusters: PairMetrics;
  pairs: PairMetrics;
};

const OUT_DIR = path.join("bench", "out", "linkage");

export async function ensureRegister(records: number, seed: number): Promise<string> {
  mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, `synth-${records}-s${seed}.csv`);
  const truth = file.replace(/\.csv$/, ".truth.csv");
  if (existsSync(file) && existsSync(truth)) return file;
  const code = await runGenerator([
    "--records",
    String(records),
    "--seed",
    String(seed),
    "--out",
    file,
    "--truth",
    truth,
  ]);
  if (code !== 0) throw new Error(`generator failed for ${records} records`);
  return file;
}

/** Runs the dedup CLI on the file in a fresh Node process and returns its figures. */
export function runSynthetic(file: string, onLine: (line: string) => void): Promise<SynthResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join("bin", "run-ts.js"), path.join("bench", "linkage", "synth-child.ts"), file],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      for (const line of d.toString().split("\n")) if (line.trim() !== "") onLine(line);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const last = stdout.trim().split("\n").pop() ?? "";
      if (code !== 0 || last === "") return reject(new Error(`benchmark child exited with ${code}`));
      resolve(JSON.parse(last) as SynthResult);
    });
  });
}
