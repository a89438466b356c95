import { describe, expect, it } from "vitest";
import {
  areDistinctNames,
  canonicalToken,
  foldSpelling,
  isChineseNameForm,
  normaliseName,
} from "./name-normalise";

const tokensOf = (raw: string) => normaliseName(raw).tokens.join(" ");

describe("normaliseName: titles and degrees", () => {
  it.each([
    ["H. Ahmad Yani", "AHMAD YANI"],
    ["Hj. Siti Aminah", "SITI AMINAH"],
    ["HJ SITI AMINAH", "SITI AMINAH"],
    ["Drs. Bambang Sutrisno", "BAMBANG SUTRISNO"],
    ["Ir. H. Joko Widodo", "JOKO WIDODO"],
    ["Budi Santoso, S.E.", "BUDI SANTOSO"],
    ["Budi Santoso, S.E., M.M.", "BUDI SANTOSO"],
    ["Rina Wati S.Pd", "RINA WATI"],
    ["Bapak Slamet", "SLAMET"],
    ["Ibu Sri Wahyuni", "SRI WAHYUNI"],
    ["R. Ngabehi Sosro", "NGABEHI SOSRO"],
    ["Prof. Dr. Ir. Andi Hakim", "ANDI HAKIM"],
    ["  siti   aminah  ", "SITI AMINAH"],
    ["Siti Aminah, A.Md", "SITI AMINAH"],
    ["H.Ahmad Dahlan", "AHMAD DAHLAN"],
  ])("%s → %s", (raw, expected) => {
    expect(tokensOf(raw)).toBe(expected.split(" ").map(canonicalToken).join(" "));
  });

  it("keeps a lone word that looks like a title (a single name is still a name)", () => {
    expect(tokensOf("Haji")).toBe(canonicalToken("HAJI"));
  });
});

describe("normaliseName: spelling variant groups", () => {
  it.each([
    ["Muhammad Rizki", "Moh. Rizki"],
    ["Muhammad Rizki", "Muhamad Rizky"],
    ["Muhammad Rizki", "Mochammad Rizqi"],
    ["Muhammad Rizki", "Muh Rizki"],
    ["Ahmad Fauzi", "Achmad Fauzi"],
    ["Ahmad Fauzi", "Akhmad Fauzi"],
    ["Abdul Rahman", "Abd. Rahman"],
    ["Abdul Rahman", "Abdurrahman"],
    ["Abdul Kadir", "Abdulkadir"],
    ["Siti Aminah", "Sitti Aminah"],
    ["Siti Aminah", "St. Aminah"],
    ["Nur Hayati", "Noor Hayati"],
    ["Yusuf Hamka", "Yusup Hamka"],
    ["Yusuf Hamka", "Jusuf Hamka"],
    ["Rahmat Hidayat", "Rachmat Hidayat"],
    ["Khairul Anwar", "Chairul Anwar"],
    ["Dedi Kurniawan", "Dedy Kurniawan"],
    ["Hasan Basri", "Hassan Basri"],
    ["Sri Wahyuni", "Seri Wahyuni"],
  ])("%s = %s", (a, b) => {
    expect(tokensOf(a)).toBe(tokensOf(b));
  });

  it.each([
    ["Suparno", "Soeparno"],
    ["Joko", "Djoko"],
    ["Cokro", "Tjokro"],
    ["Syamsul", "Sjamsul"],
    ["Nyoman", "Njoman"],
    ["Ramadan", "Ramadhan"],
    ["Fatur", "Fathur"],
  ])("old spelling %s = %s", (modern, old) => {
    expect(foldSpelling(modern.toUpperCase())).toBe(foldSpelling(old.toUpperCase()));
  });
});

describe("normaliseName: distinct look-alikes stay distinct", () => {
  it.each([
    ["DEWI", "DWI"],
    ["KURNIAWAN", "KURNIAWATI"],
    ["SETIAWAN", "SETIAWATI"],
    ["PUTRA", "PUTRI"],
    ["RIZKI", "RIZKA"],
    ["SUHARTO", "SUHARTI"],
    ["SITI", "SRI"],
  ])("%s ≠ %s", (a, b) => {
    expect(canonicalToken(a)).not.toBe(canonicalToken(b));
    expect(areDistinctNames(canonicalToken(a), canonicalToken(b))).toBe(true);
  });

  it.each([
    ["BUDI", "BUDI"],
    ["SANTOSO", "SANTOSA"],
    ["RIZKI", "RIZKY"],
  ])("%s and %s are not flagged as distinct names", (a, b) => {
    expect(areDistinctNames(canonicalToken(a), canonicalToken(b))).toBe(false);
  });

  it("NURUL is not folded into NUR", () => {
    expect(canonicalToken("NURUL")).not.toBe(canonicalToken("NUR"));
  });
});

describe("normaliseName: attributes around the name", () => {
  it.each([
    ["Ahmad bin Yusuf", "AHMAD", "YUSUF", "L"],
    ["Siti Aminah binti Hasan", "SITI AMINAH", "HASAN", "P"],
    ["Ni Luh Putu Ariani", "LUH PUTU ARIANI", "", "P"],
    ["I Wayan Sudarsana", "WAYAN SUDARSANA", "", "L"],
    ["Hj. Rohmah", "ROHMAH", "", "P"],
  ])("%s", (raw, name, father, sex) => {
    const n = normaliseName(raw);
    expect(n.tokens.join(" ")).toBe(name.split(" ").map(canonicalToken).join(" "));
    expect(n.patronym.join(" ")).toBe(father === "" ? "" : canonicalToken(father));
    expect(n.sexHint).toBe(sex);
  });

  it("drops a Minangkabau title and the title-name after it", () => {
    expect(tokensOf("Ahmad Sutan Mangkuto")).toBe(canonicalToken("AHMAD"));
  });
});

describe("isChineseNameForm: Chinese names in the old spelling", () => {
  const form = (raw: string) => isChineseNameForm(normaliseName(raw).tokens);
  it.each([
    "TJHIN A FUI",
    "Lim Boen Hok",
    "SIOE SAN CHANG",
    "Hwa Mie Chang",
    "OIY KHIONG FONG",
    "TDJHIN JIN KWET",
  ])("%s is one", (raw) => expect(form(raw)).toBe(true));
  it.each(["Budi Santoso", "Ahmad Tan", "Siti Aminah", "Hendra Hartono", "Ahmad Yani"])("%s is not", (raw) =>
    expect(form(raw)).toBe(false),
  );
});
