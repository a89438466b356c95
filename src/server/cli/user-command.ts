import { createInterface } from "node:readline/promises";
import { CreateUserBody, createUser, isRole, systemCtx } from "../modules/access";
import type { Parsed } from "./commands";
import { EXIT, type Io } from "./io";
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

const text = (p: Parsed, name: string): string | undefined => {
  const v = p.values[name];
  return typeof v === "string" && v !== "" ? v : undefined;
};

export async function userCommand(p: Parsed, io: Io): Promise<number> {
  const username = text(p, "username");
  const role = text(p, "role");
  const scope = text(p, "scope");
  if (p.positionals[0] !== "create" || p.positionals.length > 1 || !username || !role || !scope) {
    io.stderr.write(
      "Pemakaian / usage: sinergi user create --username U --role R --scope 62.71 [--password-stdin]\n",
    );
    return EXIT.usage;
  }
  if (!isRole(role)) {
    io.stderr.write(`Galat / error: peran tidak dikenal / unknown role: ${role}\n`);
    return EXIT.usage;
  }
  const password = await readPassword(io, p.values["password-stdin"] === true);
  const input = CreateUserBody.parse({
    username,
    role,
    scope,
    password,
    displayName: text(p, "display-name") ?? username,
  });
  const user = await withDatabase((db) =>
    createUser({ ctx: { ...systemCtx(db, "cli"), actor: { kind: "cli", name: "cli", scope: "*" } }, input }),
  );
  io.stdout.write(`Pengguna dibuat / user created: ${user.username} (${user.role}, ${user.scope})\n`);
  return EXIT.ok;
}
