// Reads the multipart upload of an outside list: the file part and the text fields, validated with
// the contract. Every malformed upload is a 4xx with the one error envelope.
import type { FastifyRequest } from "fastify";
import { AppError, validation } from "../../../platform/errors";
import { ListUploadFields } from "../contract-lists";
import type { UploadedFile } from "./upload-list";

const NO_FILE = { id: "Pilih berkas daftar (.xlsx atau .csv).", en: "Choose the list file (.xlsx or .csv)." };

export async function readUpload(
  req: FastifyRequest,
): Promise<{ fields: ListUploadFields; file: UploadedFile }> {
  if (!req.isMultipart()) throw new AppError("UNSUPPORTED_MEDIA_TYPE");
  const raw: Record<string, string> = {};
  let file: UploadedFile | null = null;
  try {
    for await (const part of req.parts()) {
      if (part.type === "file") {
        const data = await part.toBuffer();
        if (!file && data.length > 0)
          file = { name: part.filename || "daftar.csv", mime: part.mimetype, data };
      } else if (typeof part.value === "string") raw[part.fieldname] = part.value;
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const status = (err as { statusCode?: number }).statusCode;
    if (status === 413) throw new AppError("PAYLOAD_TOO_LARGE");
    throw new AppError("BAD_REQUEST");
  }
  const parsed = ListUploadFields.safeParse(raw);
  if (!parsed.success) {
    throw validation(parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  }
  if (!file) throw validation([{ path: "file", message: NO_FILE.id }], NO_FILE);
  return { fields: parsed.data, file };
}
