// Reads the multipart upload of an import: the spreadsheet part and the optional regionCode field.
import type { FastifyRequest } from "fastify";
import { AppError, validation } from "../../../../platform/errors";
import { UploadFields } from "./contract";
import type { UploadedSheetFile } from "./upload";

const NO_FILE = {
  id: "Pilih berkas spreadsheet (.xlsx atau .csv).",
  en: "Choose the spreadsheet (.xlsx or .csv).",
};

export async function readImportUpload(
  req: FastifyRequest,
): Promise<{ regionCode?: string; file: UploadedSheetFile }> {
  if (!req.isMultipart()) throw new AppError("UNSUPPORTED_MEDIA_TYPE");
  const raw: Record<string, string> = {};
  let file: UploadedSheetFile | null = null;
  try {
    for await (const part of req.parts()) {
      if (part.type === "file") {
        const data = await part.toBuffer();
        if (!file && data.length > 0)
          file = { name: part.filename || "impor.xlsx", mime: part.mimetype, data };
      } else if (typeof part.value === "string") raw[part.fieldname] = part.value;
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    if ((err as { statusCode?: number }).statusCode === 413) throw new AppError("PAYLOAD_TOO_LARGE");
    throw new AppError("BAD_REQUEST");
  }
  const parsed = UploadFields.safeParse(raw);
  if (!parsed.success) {
    throw validation(parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  }
  if (!file) throw validation([{ path: "file", message: NO_FILE.id }], NO_FILE);
  return { ...(parsed.data.regionCode ? { regionCode: parsed.data.regionCode } : {}), file };
}
