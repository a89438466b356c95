// Address folding: street words to one form, RT/RW lifted out of the text.
import { memoise } from "./memo";
import { tokens } from "./text";

const WORDS: Record<string, string> = {
  JALAN: "JL",
  JLN: "JL",
  JL: "JL",
  JLAN: "JL",
  GANG: "GG",
  GG: "GG",
  GNG: "GG",
  NOMOR: "NO",
  NOMER: "NO",
  NO: "NO",
  NMR: "NO",
  KOMPLEK: "KOMP",
  KOMPLEKS: "KOMP",
  KOMP: "KOMP",
  KOMPL: "KOMP",
  PERUMAHAN: "PERUM",
  PERUM: "PERUM",
  DUSUN: "DSN",
  DSN: "DSN",
  DESA: "DS",
  DS: "DS",
  KELURAHAN: "KEL",
  KEL: "KEL",
  KECAMATAN: "KEC",
  KEC: "KEC",
  BLOK: "BLOK",
  BLK: "BLOK",
  LORONG: "LR",
  LR: "LR",
  KAMPUNG: "KP",
  KP: "KP",
  KAMP: "KP",
  KAMPOENG: "KP",
  LINGKUNGAN: "LINGK",
  LINGK: "LINGK",
  LK: "LINGK",
  KILOMETER: "KM",
  KM: "KM",
  RAYA: "RAYA",
  DESA_: "DS",
};

export type NormalisedAddress = { tokens: string[]; rt: string; rw: string };

const RT_RW = /\bRT\.?\s*[:.]?\s*0*(\d{1,3})\s*(?:\/|,|\s)\s*(?:RW\.?\s*[:.]?\s*)?0*(\d{1,3})\b/;
const RT_ONLY = /\bRT\.?\s*[:.]?\s*0*(\d{1,3})\b/;
const RW_ONLY = /\bRW\.?\s*[:.]?\s*0*(\d{1,3})\b/;

/** Strips leading zeros from RT/RW numbers ("002" → "2"); "" when missing or zero. */
export function normaliseRtRw(raw: string): string {
  if (raw === "") return "";
  return raw.replace(/\D/g, "").replace(/^0+/, "");
}

/** Folds an address line: "Jln. Merdeka No.5 RT 02/RW 003" → tokens JL MERDEKA NO 5, rt 2, rw 3. */
export const normaliseAddress = memoise(normaliseAddressUncached, 100_000);

function normaliseAddressUncached(raw: string): NormalisedAddress {
  let text = raw.toUpperCase();
  let rt = "";
  let rw = "";
  const both = RT_RW.exec(text);
  if (both) {
    rt = both[1] ?? "";
    rw = both[2] ?? "";
    text = text.replace(both[0], " ");
  } else {
    const rtm = RT_ONLY.exec(text);
    if (rtm) {
      rt = rtm[1] ?? "";
      text = text.replace(rtm[0], " ");
    }
    const rwm = RW_ONLY.exec(text);
    if (rwm) {
      rw = rwm[1] ?? "";
      text = text.replace(rwm[0], " ");
    }
  }
  const out: string[] = [];
  for (const t of tokens(text)) {
    const w = WORDS[t] ?? (/^\d+$/.test(t) ? t.replace(/^0+(?=\d)/, "") : t);
    out.push(w);
  }
  return { tokens: out, rt: normaliseRtRw(rt), rw: normaliseRtRw(rw) };
}
