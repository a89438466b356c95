// The file part of a multipart upload (proposal list, ministry decision, bank file). Every
// malformed upload is a 4xx with the one error envelope.
import type { FastifyRequest } from "fastify";
import { AppError, validation } from "../../platform/errors";

export type UploadedFile = { name: string; mime: string; data: Buffer };

const NO_FILE = { id: "Pilih berkas (.xlsx atau .csv).", en: "Choose a file (.xlsx or .csv)." };

export async function readUploadedFile(req: FastifyRequest): Promise<UploadedFile> {
  if (!req.isMultipart()) throw new AppError("UNSUPPORTED_MEDIA_TYPE");
  let file: UploadedFile | null = null;
  try {
    for await (const part of req.parts()) {
      if (part.type !== "file") continue;
      const data = await part.toBuffer();
      if (!file && data.length > 0)
        file = { name: part.filename || "berkas.xlsx", mime: part.mimetype, data };
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const status = (err as { statusCode?: number }).statusCode;
    if (status === 413) throw new AppError("PAYLOAD_TOO_LARGE");
    throw new AppError("BAD_REQUEST");
  }
  if (!file) throw validation([{ path: "file", message: NO_FILE.id }], NO_FILE);
  return file;
}
