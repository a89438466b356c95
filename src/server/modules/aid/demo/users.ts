// The Dharmasraya (Sumatera Barat) accounts the BPUM demo needs: a regency operator who proposes and
// the province admin who verifies. Idempotent.

import { AppError } from "../../../platform/errors";
import { type Ctx, createUser } from "../../access";

const USERS = [
  {
    username: "operator.dharmasraya",
    displayName: "Operator Kab. Dharmasraya",
    role: "operator_kabkota",
    scope: "13.10",
  },
  {
    username: "admin.sumbar",
    displayName: "Admin Diskop UKM Sumatera Barat",
    role: "admin_provinsi",
    scope: "13",
  },
] as const;

export async function ensureAidUsers(ctx: Ctx, password: string): Promise<number> {
  let created = 0;
  for (const u of USERS) {
    try {
      await createUser({ ctx, input: { ...u, password } });
      created++;
    } catch (err) {
      if (!(err instanceof AppError && err.code === "USERNAME_TAKEN")) throw err;
    }
  }
  return created;
}
