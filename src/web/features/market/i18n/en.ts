// English strings of the PLUT staff screens (mounted as `market` in src/web/i18n/en.ts).
import { catalogueEn } from "./catalogue-en";
import type { marketId } from "./id";
import { ordersEn } from "./orders-en";
import { plutEn } from "./plut-en";
import { marketReportsEn } from "./reports-en";

export const marketEn: typeof marketId = {
  tabs: {
    products: "Products",
    intake: "Consignment",
    stock: "Stock",
    preorders: "Pre-orders",
    orders: "Daily orders",
    producers: "Producers",
    payments: "Payments",
    procurement: "Procurement",
    settlement: "Settlement",
    flyer: "Flyers",
    messages: "Buyer messages",
    plut: "PLUT",
    report: "Reports",
  },
  product: "Product",
  pickProduct: "Choose a product",
  date: "Date",
  supplyDate: "Supply date",
  ...catalogueEn,
  ...ordersEn,
  ...marketReportsEn,
  ...plutEn,
};
