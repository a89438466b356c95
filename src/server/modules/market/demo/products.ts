// Other products of the PLUT gallery (S2 pivots and S8's "Ayo Beli Produk UMKM"), with ready stock.
import type { ProductBody } from "../contract-staff";

export const OTHER_PRODUCTS: ReadonlyArray<{ product: ProductBody; stock: number }> = [
  {
    product: {
      name: "Hand sanitizer 100 ml",
      unit: "botol",
      unitLabel: "botol",
      category: "Kesehatan",
      price: 15_000,
      codePrefix: "HS",
      description: "Hand sanitizer gel beralkohol 70 %, produksi UMKM binaan.",
    },
    stock: 120,
  },
  {
    product: {
      name: "Kue bingka kentang",
      unit: "loyang",
      unitLabel: "loyang",
      category: "Kuliner",
      price: 35_000,
      codePrefix: "KUE",
      description: "Kue khas Kalimantan, dibuat pagi hari.",
    },
    stock: 24,
  },
  {
    product: {
      name: "Tas anyaman rotan",
      unit: "buah",
      unitLabel: "tas",
      category: "Kerajinan",
      price: 85_000,
      codePrefix: "RTN",
      description: "Anyaman rotan khas Dayak.",
    },
    stock: 15,
  },
];
