// HTTP edge of Kartu Prakerja lists: parse (../contract-prakerja.ts) → one verb → present.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError, validation } from "../../../platform/errors";
import type { Jobs } from "../../../platform/jobs/jobs";
import {
  ListParams,
  PrakerjaImported,
  PrakerjaList,
  PrakerjaOwnerStatus,
  PrakerjaRow,
  PrakerjaUploadFields,
} from "../contract-prakerja";
import { requirePermission } from "../permissions";
import { importPrakerjaList, type PrakerjaFile } from "./import-list";
import { listPrakerjaLists, listPrakerjaRows, prakerjaForBusiness } from "./read-lists";

const NO_FILE = { id: "Pilih berkas daftar (.xlsx atau .csv).", en: "Choose the list file (.xlsx or .csv)." };

async function readUpload(
  req: FastifyRequest,
): Promise<{ fields: PrakerjaUploadFields; file: PrakerjaFile }> {
  if (!req.isMultipart()) throw new AppError("UNSUPPORTED_MEDIA_TYPE");
  const raw: Record<string, string> = {};
  let file: PrakerjaFile | null = null;
  try {
    for await (const part of req.parts()) {
      if (part.type === "file") {
        const data = await part.toBuffer();
        if (!file && data.length > 0)
          file = { name: part.filename || "prakerja.csv", mime: part.mimetype, data };
      } else if (typeof part.value === "string") raw[part.fieldname] = part.value;
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    if ((err as { statusCode?: number }).statusCode === 413) throw new AppError("PAYLOAD_TOO_LARGE");
    throw new AppError("BAD_REQUEST");
  }
  const parsed = PrakerjaUploadFields.safeParse(raw);
  if (!parsed.success)
    throw validation(parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  if (!file) throw validation([{ path: "file", message: NO_FILE.id }], NO_FILE);
  return { fields: parsed.data, file };
}

export function prakerjaRoutes(jobs: Jobs) {
  return async (root: FastifyInstance): Promise<void> => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    const tags = ["training"];
    const base = "/api/training/prakerja";
    app.post(
      `${base}/lists`,
      { schema: { tags, consumes: ["multipart/form-data"], response: { 201: PrakerjaImported } } },
      async (req, reply) => {
        // Refuse before reading the upload of a caller who may not make it.
        requirePermission(req.ctx, "training.prakerja.import");
        const upload = await readUpload(req);
        return reply.status(201).send(await importPrakerjaList({ ctx: req.ctx, ...upload, jobs }));
      },
    );
    app.get(`${base}/lists`, { schema: { tags, response: { 200: z.array(PrakerjaList) } } }, (req) =>
      listPrakerjaLists({ ctx: req.ctx }),
    );
    app.get(
      `${base}/lists/:id`,
      { schema: { tags, params: ListParams, response: { 200: z.array(PrakerjaRow) } } },
      (req) => listPrakerjaRows({ ctx: req.ctx, id: req.params.id }),
    );
    app.get(
      `${base}/businesses/:id`,
      { schema: { tags, params: ListParams, response: { 200: z.array(PrakerjaOwnerStatus) } } },
      (req) => prakerjaForBusiness({ ctx: req.ctx, businessId: req.params.id }),
    );
  };
}
