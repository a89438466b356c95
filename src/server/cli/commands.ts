// The command table of `sinergi`: usage text (Bahasa Indonesia and English) and the options each
// command accepts. run-cli.ts parses with node:util parseArgs against this table, so --help never
// reaches a command and an unknown option is refused before anything runs.
import type { ParseArgsConfig } from "node:util";
import type { Io } from "./io";

export type Parsed = {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
};
export type Command = {
  usage: string[];
  about: { id: string; en: string };
  options?: NonNullable<ParseArgsConfig["options"]>;
  /** At most this many positional arguments (unset: the command checks them itself). */
  maxPositionals?: number;
  run: (p: Parsed, io: Io, raw: string[]) => Promise<number | undefined>;
};

const str = { type: "string" } as const;
const bool = { type: "boolean" } as const;

export const COMMANDS: Record<string, Command> = {
  serve: {
    maxPositionals: 0,
    usage: ["serve"],
    about: {
      id: "menjalankan server (yang dijalankan npm start)",
      en: "run the server (what npm start runs)",
    },
    run: async () => {
      await (await import("../serve")).serve();
      return undefined;
    },
  },
  migrate: {
    maxPositionals: 0,
    usage: ["migrate"],
    about: { id: "menerapkan migrasi basis data", en: "apply the database migrations" },
    run: async (_p, io) => (await import("./db-commands")).migrateCommand(io),
  },
  "seed-demo": {
    maxPositionals: 0,
    usage: ["seed-demo"],
    about: { id: "menambahkan data demo", en: "add the demo data" },
    run: async (_p, io) => (await import("./db-commands")).seedDemoCommand(io),
  },
  user: {
    usage: ["user create --username U --role R --scope 62.71 [--display-name N] [--password-stdin]"],
    about: { id: "membuat pengguna", en: "create a user" },
    options: { username: str, role: str, scope: str, "display-name": str, "password-stdin": bool },
    run: async (p, io) => (await import("./user-command")).userCommand(p, io),
  },
  audit: {
    usage: ["audit verify"],
    about: { id: "memeriksa rantai audit", en: "check the audit chain" },
    run: async (p, io) => (await import("./db-commands")).auditCommand(p.positionals, io),
  },
  backup: {
    usage: ["backup <berkas|file> [--passphrase-stdin]"],
    about: {
      id: "menulis seluruh basis data ke satu berkas (0600; terenkripsi dengan frasa sandi bila diberikan)",
      en: "write the whole database to one file (0600; encrypted when a passphrase is given)",
    },
    options: { "passphrase-stdin": bool },
    run: async (p, io) => (await import("./backup-commands")).backupCommand(p, io),
  },
  restore: {
    usage: ["restore <berkas|file> [--yes] [--passphrase-stdin]"],
    about: {
      id: "mengganti seluruh data dengan isi cadangan (server harus berhenti)",
      en: "replace all data with a backup's (the server must be stopped)",
    },
    options: { yes: { type: "boolean", short: "y" }, "passphrase-stdin": bool },
    run: async (p, io) => (await import("./backup-commands")).restoreCommand(p, io),
  },
  jobs: {
    usage: ["jobs selftest", "jobs watch <id>"],
    about: { id: "tugas latar belakang", en: "background jobs" },
    run: async (p, io) => (await import("./job-commands")).jobsCommand(p.positionals, io),
  },
  import: {
    usage: [
      "import registry <berkas|file> --region <kab/kota> [--sheet NAMA]... [--mapping M] [--dry-run] [--json] [--error-report F]",
    ],
    about: { id: "impor spreadsheet ke registri", en: "import a spreadsheet into the register" },
    options: {
      region: str,
      sheet: { type: "string", multiple: true },
      mapping: str,
      "dry-run": bool,
      json: bool,
      "error-report": str,
    },
    run: async (_p, io, raw) => (await import("./import-command")).importCommand(raw, io),
  },
  match: {
    usage: [
      "match dedup <file.csv> --out pairs.csv [--config C] [--clusters F] [--model M] [--save-model M]",
      "match link <a.csv> <b.csv> --out pairs.csv [--config C] [--config-b C] [--many]",
      "match hash <file.csv> --key-file K --out hashed.csv [--config C] [--format F]",
      "match link-hashed <a.csv> <b.csv> --out pairs.csv [--key-file K]",
    ],
    about: { id: "deduplikasi dan pencocokan berkas", en: "deduplicate and link files" },
    options: {
      out: str,
      config: str,
      "config-b": str,
      clusters: str,
      model: str,
      "save-model": str,
      "previous-clusters": str,
      "key-file": str,
      format: str,
      many: bool,
      threads: str,
      "parallel-min-rows": str,
    },
    run: async (_p, io, raw) => (await import("../modules/linkage")).runMatchCli(raw, io),
  },
};
