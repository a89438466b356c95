// Bahasa Indonesia texts of the NIK reveal reason and the person's data download (UU PDP).
export const revealId = {
  title: "Alasan menampilkan NIK",
  intro:
    "NIK dan No. KK lengkap hanya ditampilkan dengan alasan. Alasan dicatat bersama nama Anda dan waktunya, dan dapat dibaca admin.",
  reason: "Alasan",
  placeholder: "Contoh: verifikasi usulan BPUM atas permintaan pemilik",
  length_other: "{{count}} karakter (minimal {{min}})",
  length_one: "{{count}} karakter (minimal {{min}})",
  tooShort_other: "Tuliskan alasan minimal {{count}} karakter.",
  tooShort_one: "Tuliskan alasan minimal {{count}} karakter.",
  cancel: "Batal",
  confirm: "Tampilkan NIK",
};

export const personDataId = {
  button: "Unduh data pribadi (UU PDP)",
  title: "Data pribadi {{name}}",
  intro:
    "Salinan semua data yang disimpan Sinergi tentang orang ini (UU PDP Pasal 32): register, sumber data, bantuan, pesanan toko, dan pelatihan. Berikan PDF kepada pemilik data; JSON untuk dibaca mesin.",
  logged: "Setiap unduhan dicatat di log audit.",
  pdf: "Unduh PDF untuk pemilik",
  json: "Unduh JSON",
};
