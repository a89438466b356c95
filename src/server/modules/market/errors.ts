// The market module's error codes: status and default message of each, in one table (the order
// life-cycle's refusals come from its pure table). A throw site names the code
// (`marketError("PHONE_MISMATCH")`) and adds text only when it names the case.
import { moduleErrors } from "../../platform/errors";
import { ORDER_REFUSAL_TEXT } from "./domain/order-flow";

// A missing refund reason is a VALIDATION issue on the field, not a code of its own.
const { REASON_REQUIRED: _reasonIsValidation, ...ORDER_REFUSALS } = ORDER_REFUSAL_TEXT;

export const MARKET_ERRORS = {
  ...ORDER_REFUSALS,
  ALLOCATION_CONFIRMED: {
    status: 409,
    id: "Pembagian untuk hari ini sudah dikonfirmasi.",
    en: "The allocation of this day is already confirmed.",
  },
  ALLOCATION_STALE: {
    status: 409,
    id: "Pesanan atau persediaan berubah sejak pembagian dihitung. Hitung ulang dulu.",
    en: "Orders or supply changed since this allocation was computed. Run it again first.",
  },
  BEFORE_CUTOFF: {
    status: 409,
    id: "Pemesanan untuk tanggal ini belum ditutup.",
    en: "Pre-orders for this date are not closed yet.",
  },
  DELIVERY_BELOW_RECORDED: {
    status: 409,
    id: "Jumlah yang sudah diserahkan dengan berita acara tidak bisa dikurangi.",
    en: "Units already handed over with a signed record cannot be taken back.",
  },
  NO_CAPACITY: {
    status: 409,
    id: "Produsen tidak sanggup membuat pesanan ini sampai tanggal itu.",
    en: "The producers cannot make this order by that date.",
  },
  NO_PREORDER_SUPPLY: {
    status: 409,
    id: "Belum ada pasokan untuk tanggal ini. Pilih tanggal lain yang masih dibuka.",
    en: "There is no supply for this date. Choose another date that is still open.",
  },
  ORDER_LIMIT: { status: 429, id: "Jumlah pesanan melebihi batas.", en: "The order exceeds a limit." },
  OUT_OF_STOCK: { status: 409, id: "Stok tidak mencukupi.", en: "Not enough stock." },
  PHONE_MISMATCH: {
    status: 403,
    id: "Empat angka terakhir nomor WhatsApp tidak cocok dengan pesanan ini.",
    en: "The last four digits do not match this order's WhatsApp number.",
  },
  PLUT_SETTINGS_MISSING: {
    status: 409,
    id: "Isi dulu data PLUT (nama dan alamat).",
    en: "Fill in the PLUT's details first.",
  },
  PREORDER_CLOSED: {
    status: 409,
    id: "Pemesanan untuk tanggal ini sudah ditutup dan dibagikan.",
    en: "Pre-orders for this day are closed and allocated.",
  },
  PRODUCER_IN_USE: {
    status: 409,
    id: "Produsen ini sudah menitipkan barang atau punya penyelesaian; tidak bisa dihapus.",
    en: "This producer already consigned goods or has settlements; it cannot be removed.",
  },
  SETTLEMENT_INVALID: {
    status: 409,
    id: "Penyelesaian tidak bisa dihitung.",
    en: "The settlement cannot be computed.",
  },
  SETTLEMENT_OVERLAP: {
    status: 409,
    id: "Sebagian penjualan periode ini sudah masuk penyelesaian lain. Pilih periode sesudahnya.",
    en: "Some sales of this period are already in another settlement. Choose a later period.",
  },
  TOO_MANY_OPEN_ORDERS: {
    status: 429,
    id: "Terlalu banyak pesanan yang masih terbuka.",
    en: "Too many orders are still open.",
  },
} as const;

export type MarketErrorCode = keyof typeof MARKET_ERRORS;
export const marketError = moduleErrors(MARKET_ERRORS);
