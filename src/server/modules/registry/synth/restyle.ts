// Formatting a clerk changes when retyping a record: capitals, date layout, phone prefix,
// street words, RT/RW inside the address, the sex spelled out. The facts stay the same.
import { MONTH_NAMES as MONTHS } from "../../../../shared/dates";
import type { Rng } from "../../../../shared/rng";
import { restyle } from "./corrupt-name";
import type { SynthRecord } from "./record";

function dateParts(r: SynthRecord): [number, number, number] {
  const [y = "0", m = "0", d = "0"] = r.tanggal_lahir.split("-");
  return [Number(y), Number(m), Number(d)];
}

/** Formatting that changes the text but not the facts. */
export function restyleRecord(rng: Rng, r: SynthRecord): void {
  if (rng.chance(0.5)) r.nama = restyle(rng, r.nama);
  if (r.tanggal_lahir && rng.chance(0.3)) {
    const [y, m, d] = dateParts(r);
    r.tanggal_lahir = rng.chance(0.6)
      ? `${String(d).padStart(2, "0")}-${String(m).padStart(2, "0")}-${y}`
      : `${d} ${MONTHS[m - 1] ?? ""} ${y}`;
  }
  if (r.no_hp && rng.chance(0.4)) r.no_hp = rng.chance(0.6) ? `0${r.no_hp.slice(3)}` : r.no_hp.slice(1);
  if (r.alamat && rng.chance(0.3)) {
    r.alamat = r.alamat
      .replace("Jl.", rng.pick(["Jalan", "Jln.", "JL"]))
      .replace("Gg.", rng.pick(["Gang", "GG."]));
    if (rng.chance(0.3)) r.alamat = `${r.alamat} RT ${r.rt}/RW ${r.rw}`;
  }
  if (rng.chance(0.2)) {
    r.rt = String(Number(r.rt));
    r.rw = String(Number(r.rw));
  }
  if (r.jenis_kelamin && rng.chance(0.2))
    r.jenis_kelamin = r.jenis_kelamin === "L" ? "Laki-laki" : "Perempuan";
  if (r.nama_usaha && rng.chance(0.25))
    r.nama_usaha = rng.chance(0.5) ? r.nama_usaha.toUpperCase() : `UD ${r.nama_usaha}`;
  if (r.tempat_lahir && rng.chance(0.15)) r.tempat_lahir = `Kab. ${r.tempat_lahir}`;
}
