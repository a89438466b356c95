import { commitImportFile, runImportRegistryCli } from "../modules/registry";
import { progressBar } from "./progress";
import type { Io } from "./run-cli";
import { withDatabase } from "./with-db";

/** `sinergi import registry ...`: the registry module's spreadsheet import. */
export async function importCommand(args: string[], io: Io): Promise<number> {
  if (args[0] !== "registry") {
    io.stderr.write(
      "Pemakaian: sinergi import registry <berkas> --region <kode kab/kota> [--dry-run] [--json]\n",
    );
    return 2;
  }
  const out = { progress: progressBar(io.stderr), warn: (text: string) => io.stderr.write(text) };
  return runImportRegistryCli(args.slice(1), io, {
    commit: (input) => withDatabase((db) => commitImportFile(db, input, out)),
  });
}
