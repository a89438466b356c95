// Writers for pairs.csv, clusters.csv and saved models.
import { createWriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { type LinkageModel, serialiseModel } from "../domain/model";
import { closeStream, csvLine, writeChunk } from "./csv";

export type PairRow = {
  idA: string;
  idB: string;
  weight: number;
  probability: number;
  decision: "match" | "review";
};

/** pairs.csv: id_a,id_b,weight,probability,decision (strongest first). */
export async function writePairs(path: string, pairs: readonly PairRow[]): Promise<void> {
  const out = createWriteStream(path);
  await writeChunk(out, "id_a,id_b,weight,probability,decision\n");
  const sorted = [...pairs].sort((x, y) => y.weight - x.weight);
  let chunk = "";
  for (const [k, p] of sorted.entries()) {
    chunk += csvLine([p.idA, p.idB, p.weight.toFixed(3), p.probability.toFixed(6), p.decision]);
    if (k % 10_000 === 9_999) {
      await writeChunk(out, chunk);
      chunk = "";
    }
  }
  await writeChunk(out, chunk);
  await closeStream(out);
}

/** clusters.csv: record_id,cluster_id for every record. */
export async function writeClusters(
  path: string,
  ids: readonly string[],
  clusters: readonly string[],
): Promise<void> {
  const out = createWriteStream(path);
  await writeChunk(out, "record_id,cluster_id\n");
  let chunk = "";
  for (let i = 0; i < ids.length; i++) {
    chunk += csvLine([ids[i] ?? "", clusters[i] ?? ""]);
    if (i % 20_000 === 19_999) {
      await writeChunk(out, chunk);
      chunk = "";
    }
  }
  await writeChunk(out, chunk);
  await closeStream(out);
}

export async function writeModel(path: string, model: LinkageModel): Promise<void> {
  await writeFile(path, serialiseModel(model));
}
