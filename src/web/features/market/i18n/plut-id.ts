// Bahasa Indonesia texts of the PLUT's own settings and the buyer message send lists (mounted into
// `market` by id.ts).
export const plutId = {
  plut: {
    title: "Data PLUT",
    subtitle:
      "Alamat, jam buka dan peta tampil di toko dan halaman lacak pesanan; teks pesan pembeli dipakai di daftar kirim WhatsApp.",
    name: "Nama PLUT",
    city: "Kota",
    address: "Alamat",
    openingHours: "Jam buka",
    hoursText:
      "Jam buka yang tersimpan sebagai teks: “{{text}}”. Pembeli melihat teks ini sampai jam buka per hari diisi dan disimpan.",
    opens: "{{day}}: jam buka",
    closes: "{{day}}: jam tutup",
    closed: "Tutup",
    mapUrl: "Tautan peta",
    whatsapp: "WhatsApp PLUT",
    paymentHours: "Batas bayar (jam)",
    paymentHoursHint:
      "Sejak pembagian atau tawaran daftar tunggu; lewat batas ini pesanan yang belum dibayar batal dan jatahnya dialihkan ke pembeli berikutnya.",
    save: "Simpan",
    saved: "Tersimpan.",
    messagesTitle: "Teks pesan pembeli",
    placeholders: "Isian yang bisa dipakai: {{list}}",
    saveText: "Simpan teks",
    resetText: "Kembalikan teks bawaan",
    defaultText: "Teks bawaan",
  },
  messages: {
    title: "Pesan pembeli",
    subtitle:
      "Satu ketukan per pembeli membuka WhatsApp dengan pesan yang sudah terisi; pesan ditandai terkirim beserta pengirim dan waktunya.",
    eventLabel: "Peristiwa",
    event: {
      allocation: "Hasil pembagian",
      waitlist_offer: "Tawaran dari daftar tunggu",
      payment_received: "Pembayaran diterima",
      ready_for_pickup: "Siap diambil",
      dispatched: "Sudah dikirim",
    },
    open: "Buka WhatsApp",
    openAgain: "Buka lagi",
    sent: "Terkirim",
    sentBy: "Ditandai terkirim oleh {{who}}",
    noWhatsApp: "Nomor ini bukan nomor WhatsApp seluler.",
    count_other: "{{count}} pembeli, {{open}} belum dikirimi",
    count_one: "1 pembeli, {{open}} belum dikirimi",
    empty: "Tidak ada pembeli untuk peristiwa ini pada tanggal ini.",
    editTexts: "Ubah teks pesan",
  },
};
