import { commitImportFile, runImportRegistryCli } from "../modules/registry";
import { bootstrapServices } from "../services";
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
    // The queue without workers: the commit queues the incremental dedup of the new records in its
    // transaction, as the web's does, and a running server or worker takes the job.
    commit: (input) =>
      withDatabase(async (db) => {
        const jobs = bootstrapServices(db);
        await jobs.start({ work: false });
        try {
          return await commitImportFile(db, input, out, jobs);
        } finally {
          await jobs.stop();
        }
      }),
  });
}
