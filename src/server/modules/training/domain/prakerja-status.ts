// Kartu Prakerja participant lists: which columns carry the wave and the statuses, and what a row's
// cells say about registered / passed / incentive received. Pure; the import reads the cells.

export type PrakerjaColumns = {
  wave: number | null;
  status: number | null;
  registered: number | null;
  passed: number | null;
  incentive: number | null;
};

export type PrakerjaStatus = {
  wave: string | null;
  statusText: string | null;
  registered: boolean;
  passed: boolean;
  incentive: boolean;
};

const LABELS: Array<[keyof PrakerjaColumns, RegExp]> = [
  ["incentive", /insentif|incentive/],
  ["passed", /lulus|kelulusan|passed|sertifikat/],
  ["registered", /terdaftar|pendaftaran|registered|daftar/],
  ["wave", /gelombang|angkatan|batch|wave/],
  ["status", /status|keterangan/],
];

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

/** The 1-based column of each status field, found by its header label (first match wins). */
export function findPrakerjaColumns(
  columns: ReadonlyArray<{ index: number; label: string }>,
): PrakerjaColumns {
  const out: PrakerjaColumns = { wave: null, status: null, registered: null, passed: null, incentive: null };
  for (const c of columns) {
    const label = norm(c.label);
    const hit = LABELS.find(([key, re]) => out[key] === null && re.test(label));
    if (hit) out[hit[0]] = c.index;
  }
  return out;
}

const NO = /^(tidak|tdk|belum|blm|no|n|x|-|0|false|gagal|ditolak)$|^(tidak|belum|gagal) /;
const YES = /^(ya|y|yes|sudah|sdh|v|✓|√|1|true|lulus|diterima|terdaftar|cair|tertransfer|ada)$/;

/** A yes/no cell: null when empty or unreadable. */
export function readYesNo(text: string | null): boolean | null {
  if (text === null) return null;
  const v = norm(text);
  if (v === "") return null;
  if (NO.test(v)) return false;
  if (YES.test(v) || /^(sudah|telah) /.test(v)) return true;
  return null;
}

/** The status words of a "Status" cell: incentive implies passed, passed implies registered. */
function readStatusText(text: string | null): { passed: boolean; incentive: boolean; refused: boolean } {
  const v = norm(text ?? "");
  const negated = /(tidak|belum|gagal|not) ?(lulus|passed)|(belum|tidak) (menerima|terima|cair)/.test(v);
  const incentive = !negated && /insentif|incentive|cair|tertransfer/.test(v);
  const passed = incentive || (!negated && /lulus|passed|selesai|sertifikat/.test(v));
  return { passed, incentive, refused: /ditolak|gagal|batal|rejected|cancel/.test(v) && !passed };
}

/** A row's statuses: every row of a participant list is registered unless a column says it is not. */
export function readPrakerjaStatus(
  cols: PrakerjaColumns,
  cell: (index: number) => string | null,
): PrakerjaStatus {
  const at = (i: number | null) => (i === null ? null : cell(i));
  const statusText = at(cols.status);
  const fromText = readStatusText(statusText);
  const incentive = readYesNo(at(cols.incentive)) ?? fromText.incentive;
  const passed = incentive || (readYesNo(at(cols.passed)) ?? fromText.passed);
  const registered = passed || (readYesNo(at(cols.registered)) ?? !fromText.refused);
  const wave = at(cols.wave)?.trim() || null;
  return { wave, statusText: statusText?.trim() || null, registered, passed, incentive };
}
