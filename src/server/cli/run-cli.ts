import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { AppError } from "../platform/errors";
import { COMMANDS, type Command } from "./commands";
import { EXIT, type Io } from "./io";

export type { Io } from "./io";

const HELP = new Set(["--help", "-h", "help"]);

function version(): string {
  const pkg = new URL("../../../package.json", import.meta.url);
  return (JSON.parse(readFileSync(pkg, "utf8")) as { version: string }).version;
}

function globalUsage(out: NodeJS.WritableStream): void {
  out.write("Pemakaian / usage: sinergi <perintah|command> [opsi|options]\n\n");
  for (const [name, c] of Object.entries(COMMANDS)) {
    out.write(`  ${name.padEnd(10)} ${c.about.id}\n  ${"".padEnd(10)} ${c.about.en}\n`);
  }
  out.write(
    "\n  sinergi <perintah> --help   bantuan satu perintah / help for one command\n" +
      "  sinergi --version           versi / version\n" +
      "\nKode keluar / exit codes: 0 berhasil/ok, 1 gagal/failed, 2 pemakaian salah/usage error,\n" +
      "  3 rantai audit rusak/audit chain broken, 4 ditolak demi keamanan/refused for safety\n",
  );
}

function commandUsage(name: string, c: Command, out: NodeJS.WritableStream): void {
  out.write(`sinergi ${name}: ${c.about.id}\n${c.about.en}\n\nPemakaian / usage:\n`);
  for (const line of c.usage) out.write(`  sinergi ${line}\n`);
}

function usageError(io: Io, message: string, name?: string): number {
  io.stderr.write(`Galat / error: ${message}\n`);
  io.stderr.write(name ? `Lihat / see: sinergi ${name} --help\n` : "Lihat / see: sinergi --help\n");
  return EXIT.usage;
}

/** Dispatches `sinergi <command> ...`; returns the exit code, or undefined while a server runs. */
export async function runCli(argv: string[], io: Io): Promise<number | undefined> {
  const [name, ...rest] = argv;
  if (name === undefined || HELP.has(name)) {
    const topic = name === "help" && rest[0] ? COMMANDS[rest[0]] : undefined;
    // Without any command the usage is an error message (exit 2); asked for, it is the answer.
    if (topic && rest[0]) commandUsage(rest[0], topic, io.stdout);
    else globalUsage(name === undefined ? io.stderr : io.stdout);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(`sinergi ${version()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) return usageError(io, `perintah tidak dikenal / unknown command: ${name}`);
  // Help anywhere in the arguments wins: it prints and never acts.
  if (rest.some((a) => HELP.has(a))) {
    commandUsage(name, command, io.stdout);
    return EXIT.ok;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options: command.options ?? {}, allowPositionals: true, strict: true });
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return usageError(
      io,
      `opsi tidak dikenal atau tidak lengkap / unknown or incomplete option (${detail})`,
      name,
    );
  }
  if (command.maxPositionals !== undefined && parsed.positionals.length > command.maxPositionals)
    return usageError(io, `argumen berlebih / unexpected argument: ${parsed.positionals[0]}`, name);
  try {
    return await command.run(
      {
        values: parsed.values as Record<string, string | boolean | string[] | undefined>,
        positionals: parsed.positionals,
      },
      io,
      rest,
    );
  } catch (err) {
    const text =
      err instanceof AppError
        ? `${err.text.id} / ${err.text.en}${err.issues ? ` ${JSON.stringify(err.issues)}` : ""}`
        : err instanceof Error
          ? err.message
          : String(err);
    io.stderr.write(`Galat / error: ${text}\n`);
    return EXIT.failed;
  }
}
