// The ~50 buyer parties of S1: the public of Palangka Raya and Kalteng regencies, South Kalimantan
// and Surabaya, and offices and banks ordering in bulk. Phones are made up (+62 812 0… range).

export type DemoBuyer = {
  name: string;
  type: "individual" | "institution";
  institution?: string;
  regionCode: string;
  quantity: number;
  delivery?: string;
};

const person = (name: string, regionCode: string, quantity: number, delivery?: string): DemoBuyer => ({
  name,
  type: "individual",
  regionCode,
  quantity,
  ...(delivery ? { delivery } : {}),
});

const office = (institution: string, contact: string, regionCode: string, quantity: number): DemoBuyer => ({
  name: contact,
  type: "institution",
  institution,
  regionCode,
  quantity,
});

export const DEMO_BUYERS: readonly DemoBuyer[] = [
  office("Dinas Kesehatan Kota Palangka Raya", "Rina Marlina", "62.71", 500),
  office("Bank Kalteng Cabang Utama", "Yohanes Saragih", "62.71", 400),
  office("BRI Cabang Palangka Raya", "Dewi Anggraini", "62.71", 300),
  office("Kantor Camat Pahandut", "Hendra Gunawan", "62.71", 200),
  office("RSUD dr. Doris Sylvanus", "Sri Wahyuni", "62.71", 500),
  office("Dinas Koperasi dan UKM Kab. Kotawaringin Timur", "Agus Salim", "62.02", 300),
  office("Bank Mandiri KCP Sampit", "Lukas Wijaya", "62.02", 250),
  office("Dinas Perhubungan Kab. Kapuas", "Fitriani", "62.03", 200),
  office("BNI Cabang Banjarmasin", "Muhammad Rizki", "63.71", 300),
  office("PT Angkasa Pura Syamsudin Noor", "Eko Prasetyo", "63.72", 200),
  office("Koperasi Karyawan Pelindo Tanjung Perak", "Bambang Sutrisno", "35.78", 400),
  office("Kantor Kecamatan Jekan Raya", "Novita Sari", "62.71", 150),
  person("Siti Rahmah", "62.71", 200),
  person("Ahmad Fauzi", "62.71", 20),
  person("Maria Ulfa", "62.71", 10),
  person("Yusuf Ramadhan", "62.71", 50, "Jl. G. Obos No. 12, Palangka Raya"),
  person("Nur Aini", "62.71", 30),
  person("Rudi Hartono", "62.71", 100),
  person("Lina Marlina", "62.71", 15),
  person("Dedi Kurniawan", "62.71", 40),
  person("Rahmawati", "62.71", 25),
  person("Fransiska Ndun", "62.71", 60),
  person("Imam Syafii", "62.02", 100),
  person("Winda Lestari", "62.02", 30),
  person("Joko Susilo", "62.03", 50),
  person("Herlina Simanjuntak", "62.03", 20),
  person("Syahrul Anwar", "62.04", 80),
  person("Putri Ayu", "62.05", 25),
  person("Gusti Ngurah", "62.06", 40),
  person("Ruslan Abdi", "62.07", 35),
  person("Evi Susanti", "62.08", 20),
  person("Daniel Hutapea", "62.09", 60),
  person("Suryani", "62.10", 30),
  person("Kamaruddin", "62.11", 45),
  person("Yulianti", "62.12", 20),
  person("Rahmat Hidayat", "62.13", 70),
  person("Ratna Dewi", "63.71", 100, "Jl. A. Yani Km 4,5, Banjarmasin"),
  person("Fajar Nugroho", "63.71", 40),
  person("Hasanah", "63.72", 25),
  person("Syamsul Bahri", "63.03", 60),
  person("Indah Permata", "63.04", 30),
  person("Bayu Saputra", "35.78", 150, "Jl. Raya Darmo No. 8, Surabaya"),
  person("Anik Setyowati", "35.78", 50),
  person("Agung Wibowo", "35.78", 35),
  person("Tri Handayani", "62.71", 10),
  person("Zainal Arifin", "62.71", 200),
  person("Melati Kusuma", "62.71", 5),
  person("Paulus Tamba", "62.02", 15),
  person("Nurhayati", "62.71", 12),
  person("Cahyo Purnomo", "63.71", 80),
];

/** A made-up mobile number per demo buyer, stable across runs. */
export function demoPhone(index: number, day: number): string {
  return `+62812${String(day).padStart(2, "0")}${String(10_000 + index).padStart(6, "0")}`;
}
