// `sinergi match ...`: bulk deduplication and linkage without the server.
import { type ParsedArgs, parseMatchArgs } from "./args";
import { dedupCommand, type Io } from "./dedup-command";
import { hashCommand, linkHashedCommand } from "./hash-command";
import { linkCommand } from "./link-command";

const USAGE = `usage:
  sinergi match dedup <file.csv> --out pairs.csv [--config cfg.json] [--clusters clusters.csv]
        [--model model.json] [--save-model model.json] [--previous-clusters clusters.csv]
  sinergi match link <a.csv> <b.csv> --out pairs.csv [--config cfg.json] [--config-b cfg.json] [--many]
  sinergi match hash <file.csv> --key-file K --out hashed.csv [--config cfg.json]
  sinergi match link-hashed <a.hashed.csv> <b.hashed.csv|b.csv> --out pairs.csv [--key-file K]
Files in the register's canonical columns need no --config.
`;

/** Runs a `match` subcommand; returns the process exit code. */
export async function runMatchCli(
  args: string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<number> {
  const [sub, ...rest] = args;
  const parsed = parseMatchArgs(rest);
  if (typeof parsed === "string") {
    io.stderr.write(`error: ${parsed}\n${USAGE}`);
    return 2;
  }
  const run: Record<string, (a: ParsedArgs, io: Io) => Promise<number>> = {
    dedup: dedupCommand,
    link: linkCommand,
    hash: hashCommand,
    "link-hashed": linkHashedCommand,
  };
  const command = sub ? run[sub] : undefined;
  if (!command) {
    io.stderr.write(USAGE);
    return 2;
  }
  return command(parsed, io);
}
