import { type Env, loadEnv } from "../../../platform/env";
import { AppError, type Lang } from "../../../platform/errors";
import { checkPassword } from "../domain/password-policy";

const PUBLIC_DEMO_PASSWORD = "sinergi-demo-2020";

/**
 * Demo mode: a non-production process that may seed the demo users, whose password is printed at
 * start and in the README. Outside it that password (and a configured one) is refused.
 */
export function refusedPasswords(env: Env = loadEnv()): string[] {
  const demoMode = env.NODE_ENV !== "production" && env.SINERGI_SEED_DEMO !== "off";
  return demoMode ? [] : [PUBLIC_DEMO_PASSWORD, env.SINERGI_DEMO_PASSWORD];
}

/** The one check of a new password (create, admin reset, own change): 400 with a field issue. */
export function requireStrongPassword(
  password: string,
  username: string,
  where: { lang: Lang; field: string; env?: Env },
): void {
  const check = checkPassword(password, username, { refused: refusedPasswords(where.env) });
  if (!check.ok)
    throw new AppError("VALIDATION", {
      text: check.text,
      issues: [{ path: where.field, message: check.text[where.lang] }],
    });
}
