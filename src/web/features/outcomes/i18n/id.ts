// Bahasa Indonesia texts of training follow-ups (the source; en.ts mirrors its shape).
export const outcomesId = {
  title: "Tindak lanjut pelatihan",
  subtitle:
    "Peserta yang hadir dicek 3 dan 6 bulan setelah pelatihan: kelas usaha dan omzet per bulan. Kelas usaha yang dicatat memperbarui registri.",
  states: { due: "Jatuh tempo", upcoming: "Akan datang", recorded: "Sudah dicatat", missed: "Terlewat" },
  checkpoint: "{{months}} bulan",
  due: "Jatuh tempo {{date}}",
  event: "Pelatihan {{date}}",
  none: "Tidak ada tindak lanjut di sini.",
  record: "Catat hasil",
  recordTitle: "Hasil {{months}} bulan: {{name}}",
  sizeClass: "Kelas usaha sekarang",
  monthlyTurnover: "Omzet per bulan (Rp)",
  note: "Catatan",
  recorded: "{{size}} · omzet {{turnover}}/bulan · oleh {{by}}",
  saved: "Hasil tindak lanjut tersimpan; kelas usaha di registri diperbarui.",
};
