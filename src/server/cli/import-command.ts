import type { Io } from "./run-cli";

/** `sinergi import registry ...`: the registry module's spreadsheet import. */
export async function importCommand(args: string[], io: Io): Promise<number> {
  if (args[0] !== "registry") {
    io.stderr.write(
      "Pemakaian: sinergi import registry <berkas> --region <kode kab/kota> [--dry-run] [--json]\n",
    );
    return 2;
  }
  const { runImportRegistryCli } = await import("../modules/registry/cli/import-cli");
  return runImportRegistryCli(args.slice(1), io);
}
