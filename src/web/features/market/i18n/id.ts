// Bahasa Indonesia strings of the PLUT staff screens (mounted as `market` in src/web/i18n/id.ts).
import { catalogueId } from "./catalogue-id";
import { ordersId } from "./orders-id";
import { plutId } from "./plut-id";
import { marketReportsId } from "./reports-id";
export const marketId = {
  tabs: {
    products: "Produk",
    intake: "Titip jual",
    stock: "Stok",
    preorders: "Pra-pesan",
    orders: "Pesanan harian",
    producers: "Produsen",
    payments: "Pembayaran",
    procurement: "Pengadaan",
    settlement: "Bagi hasil",
    flyer: "Flyer",
    messages: "Pesan pembeli",
    plut: "PLUT",
    report: "Laporan",
  },
  product: "Produk",
  pickProduct: "Pilih produk",
  date: "Tanggal",
  supplyDate: "Tanggal pasokan",
  ...catalogueId,
  ...ordersId,
  ...marketReportsId,
  ...plutId,
};
