// Validation of a saved model (JSON from a file or the database) before it is used.
import { z } from "zod";
import { COMPARISON_NAMES } from "./comparison-types";
import type { LinkageModel } from "./model";

const Probabilities = z.array(z.number().min(0).max(1)).min(2);

const ModelSchema = z.object({
  version: z.literal(1),
  comparisons: z
    .array(
      z.object({
        name: z.enum(COMPARISON_NAMES),
        levels: z.array(z.string()).min(2),
        m: Probabilities,
        u: Probabilities,
        uRandom: Probabilities,
      }),
    )
    .min(1),
  lambda: z.number().gt(0).lt(1),
  thresholds: z.object({ match: z.number().min(0).max(1), review: z.number().min(0).max(1) }),
  tf: z.record(
    z.string(),
    z.object({
      counts: z.record(z.string(), z.number().int().min(0)),
      total: z.number().positive(),
      unseen: z.number().positive(),
    }),
  ),
  trainedOn: z
    .object({ records: z.number(), candidatePairs: z.number(), iterations: z.number(), labels: z.number() })
    .optional(),
});

export type ModelParse = { ok: true; model: LinkageModel } | { ok: false; error: string };

/** Parses and checks a model; levels must match the engine's comparisons of the same name. */
export function parseModel(json: string): ModelParse {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, error: "model is not valid JSON" };
  }
  const parsed = ModelSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
    };
  }
  for (const c of parsed.data.comparisons) {
    if (
      c.m.length !== c.levels.length ||
      c.u.length !== c.levels.length ||
      c.uRandom.length !== c.levels.length
    ) {
      return { ok: false, error: `comparison ${c.name}: m, u and levels differ in length` };
    }
  }
  return { ok: true, model: parsed.data as LinkageModel };
}
