// The parts of a multipart upload (proposal list, ministry decision, bank file, hand-over receipt):
// the first non-empty file and the text fields. Every malformed upload is a 4xx with the envelope.
import type { FastifyRequest } from "fastify";
import { AppError, validation } from "../../../platform/errors";

export type UploadedFile = { name: string; mime: string; data: Buffer };

const NO_FILE = { id: "Pilih berkas (.xlsx atau .csv).", en: "Choose a file (.xlsx or .csv)." };

export async function readUpload(
  req: FastifyRequest,
): Promise<{ file: UploadedFile | null; fields: Record<string, string> }> {
  if (!req.isMultipart()) throw new AppError("UNSUPPORTED_MEDIA_TYPE");
  let file: UploadedFile | null = null;
  const fields: Record<string, string> = {};
  try {
    for await (const part of req.parts()) {
      if (part.type !== "file") {
        if (typeof part.value === "string") fields[part.fieldname] = part.value;
        continue;
      }
      const data = await part.toBuffer();
      if (!file && data.length > 0) file = { name: part.filename || "berkas", mime: part.mimetype, data };
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const status = (err as { statusCode?: number }).statusCode;
    if (status === 413) throw new AppError("PAYLOAD_TOO_LARGE");
    throw new AppError("BAD_REQUEST");
  }
  return { file, fields };
}

export async function readUploadedFile(req: FastifyRequest): Promise<UploadedFile> {
  const { file } = await readUpload(req);
  if (!file) throw validation([{ path: "file", message: NO_FILE.id }], NO_FILE);
  return file;
}
