// The buyer's transfer proof as a file: at most 2 MB, a photo (JPEG, PNG, WebP) or a PDF recognised
// by its first bytes (the browser's content type is not trusted), and one proof per order: a new
// upload replaces the pending one and its file instead of piling up.
import { and, eq } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { AppError } from "../../../platform/errors";
import { files } from "../../../platform/schema";
import { payments } from "../schema-money";

export const PROOF_MAX_BYTES = 2 * 1024 * 1024;

export const proofTooLarge = () =>
  new AppError("PAYLOAD_TOO_LARGE", {
    text: {
      id: "Bukti transfer paling besar 2 MB. Kirim foto layar atau foto struk yang lebih kecil.",
      en: "The transfer proof may be at most 2 MB. Send a smaller screenshot or photo.",
    },
  });

/** The proof's real type from its content, or a 415 naming what is accepted. */
export function proofMime(data: Buffer): string {
  if (data.length > PROOF_MAX_BYTES) throw proofTooLarge();
  const head = data.subarray(0, 12);
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "image/jpeg";
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return "image/png";
  if (head.toString("latin1", 0, 4) === "RIFF" && head.toString("latin1", 8, 12) === "WEBP")
    return "image/webp";
  if (head.toString("latin1", 0, 5) === "%PDF-") return "application/pdf";
  throw new AppError("UNSUPPORTED_MEDIA_TYPE", {
    text: {
      id: "Bukti transfer harus berupa foto (JPG, PNG, WebP) atau PDF.",
      en: "The transfer proof must be a photo (JPG, PNG, WebP) or a PDF.",
    },
  });
}

/**
 * Points the order's pending transfer payment at the new proof file and deletes the previous file;
 * false when the order has no pending transfer yet (the caller records one).
 */
export async function replacePendingProof(
  t: Tx,
  orderId: string,
  proof: { fileId: string; amount: number },
): Promise<boolean> {
  const [pending] = await t
    .select({ id: payments.id, proofFileId: payments.proofFileId })
    .from(payments)
    .where(
      and(eq(payments.orderId, orderId), eq(payments.method, "transfer"), eq(payments.status, "pending")),
    )
    .limit(1);
  if (!pending) return false;
  await t
    .update(payments)
    .set({ proofFileId: proof.fileId, amount: proof.amount, createdAt: new Date() })
    .where(eq(payments.id, pending.id));
  if (pending.proofFileId) await t.delete(files).where(eq(files.id, pending.proofFileId));
  return true;
}
