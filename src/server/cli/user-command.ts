import { createInterface } from "node:readline/promises";
import { CreateUserBody, createUser, isRole, systemCtx } from "../modules/access";

import { flag, parseArgs, requireFlag } from "./args";
import type { Io } from "./run-cli";
import { withDatabase } from "./with-db";

async function readPassword(io: Io, fromStdin: boolean): Promise<string> {
  const rl = createInterface({ input: io.stdin, output: fromStdin ? undefined : io.stderr, terminal: false });
  try {
    if (fromStdin) {
      for await (const line of rl) return line.trim();
      return "";
    }
    return (await rl.question("Kata sandi / password (min. 12): ")).trim();
  } finally {
    rl.close();
  }
}

export async function userCommand(args: string[], io: Io): Promise<number> {
  const p = parseArgs(args, ["password-stdin"]);
  if (p.positional[0] !== "create") {
    io.stderr.write(
      "Pemakaian: sinergi user create --username U --role R --scope 62.71 [--password-stdin]\n",
    );
    return 2;
  }
  const username = requireFlag(p, "username");
  const role = requireFlag(p, "role");
  if (!isRole(role)) throw new Error(`peran tidak dikenal: ${role}`);
  const scope = requireFlag(p, "scope");
  const password = await readPassword(io, flag(p, "password-stdin") === "true");
  const input = CreateUserBody.parse({
    username,
    role,
    scope,
    password,
    displayName: flag(p, "display-name") ?? username,
  });
  const user = await withDatabase((db) =>
    createUser({ ctx: { ...systemCtx(db, "cli"), actor: { kind: "cli", name: "cli", scope: "*" } }, input }),
  );
  io.stdout.write(`Pengguna dibuat / user created: ${user.username} (${user.role}, ${user.scope})\n`);
  return 0;
}
