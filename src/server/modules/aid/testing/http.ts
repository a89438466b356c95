// Test helpers: a multipart/form-data body with one file, and the CSV files of the exchange.

export function multipartFile(file: { name: string; type: string; content: string | Buffer }): {
  payload: Buffer;
  headers: Record<string, string>;
} {
  const boundary = `----sinergiaid${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
    typeof file.content === "string" ? Buffer.from(file.content) : file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

export type BankLine = {
  nik: string;
  name: string;
  amount?: number;
  reference: string;
  status?: string;
  date?: string;
};

export function bankCsv(lines: readonly BankLine[]): string {
  return [
    "NIK;NAMA;NO REKENING;NOMINAL;REFERENSI;TANGGAL SALUR;STATUS",
    ...lines.map(
      (l, i) =>
        `${l.nik};${l.name};0099${String(i).padStart(6, "0")};${l.amount ?? 2_400_000};${l.reference};${l.date ?? "2020-09-15"};${l.status ?? "BERHASIL"}`,
    ),
  ].join("\n");
}

export function decisionCsv(
  lines: ReadonlyArray<{ nik: string; name: string; outcome: "DISETUJUI" | "DITOLAK"; reason?: string }>,
): string {
  return [
    "NIK;NAMA;KEPUTUSAN;ALASAN",
    ...lines.map((l) => `${l.nik};${l.name};${l.outcome};${l.reason ?? ""}`),
  ].join("\n");
}
