import { AppError } from "../platform/errors";
import { type Parsed, parseArgs } from "./args";

export type Io = {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
};
type Command = { usage: string; run: (args: string[], io: Io) => Promise<number | undefined> };

const COMMANDS: Record<string, Command> = {
  serve: {
    usage: "serve",
    run: async () => {
      await (await import("../serve")).serve();
      return undefined;
    },
  },
  migrate: { usage: "migrate", run: async (_a, io) => (await import("./db-commands")).migrateCommand(io) },
  "seed-demo": {
    usage: "seed-demo",
    run: async (_a, io) => (await import("./db-commands")).seedDemoCommand(io),
  },
  user: {
    usage: "user create --username U --role R --scope 62.71 [--display-name N] [--password-stdin]",
    run: async (a, io) => (await import("./user-command")).userCommand(a, io),
  },
  audit: { usage: "audit verify", run: async (a, io) => (await import("./db-commands")).auditCommand(a, io) },
  backup: {
    usage: "backup <file>",
    run: async (a, io) => (await import("./db-commands")).backupCommand(a, io),
  },
  restore: {
    usage: "restore <file>",
    run: async (a, io) => (await import("./db-commands")).restoreCommand(a, io),
  },
  jobs: {
    usage: "jobs selftest | jobs watch <id>",
    run: async (a, io) => (await import("./job-commands")).jobsCommand(a, io),
  },
  import: {
    usage: "import registry <file> --region <kab/kota> [--sheet NAME]... [--dry-run] [--json]",
    run: async (a, io) => (await import("./import-command")).importCommand(a, io),
  },
  match: {
    usage: "match dedup|link|hash|link-hashed ...",
    run: async (a, io) => (await import("../modules/linkage")).runMatchCli(a, io),
  },
};

function usage(io: Io): number {
  io.stderr.write("Pemakaian / usage: sinergi <perintah>\n");
  for (const c of Object.values(COMMANDS)) io.stderr.write(`  sinergi ${c.usage}\n`);
  return 2;
}

/** Dispatches `sinergi <command> ...`; returns the exit code, or undefined while a server runs. */
export async function runCli(argv: string[], io: Io): Promise<number | undefined> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) return usage(io);
  try {
    return await command.run(rest, io);
  } catch (err) {
    const text =
      err instanceof AppError
        ? `${err.text.id}${err.issues ? ` ${JSON.stringify(err.issues)}` : ""}`
        : err instanceof Error
          ? err.message
          : String(err);
    io.stderr.write(`Galat / error: ${text}\n`);
    return 1;
  }
}

export type { Parsed };
export { parseArgs };
