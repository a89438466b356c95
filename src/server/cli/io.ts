/** Where a CLI command reads and writes; tests pass their own streams. */
export type Io = {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
};

/** Exit codes of `sinergi` (documented in the README). */
export const EXIT = { ok: 0, failed: 1, usage: 2, auditBroken: 3, refused: 4 } as const;
