// PLUT store administration (konsultan PLUT, provincial admins): products, consignment intake,
// stock per producer, pre-orders with fair allocation, the daily pickup list, producers.
import type { StaffPage, WebModule } from "../../lib/web-module";

const roles = ["admin_provinsi", "konsultan_plut"] as const;

const page = (path: string, load: StaffPage["load"]): StaffPage => ({ path, roles, load });

export const marketModule: WebModule = {
  id: "market",
  nav: [
    { path: "/app/toko", labelKey: "plutItems", roles, icon: "store", order: 60 },
    { path: "/app/pesanan", labelKey: "orders", roles: ["pembeli_instansi"], icon: "cart", order: 10 },
    { path: "/app/usaha", labelKey: "myBusiness", roles: ["pelaku_usaha"], icon: "briefcase", order: 10 },
  ],
  pages: [
    page("toko", () => import("./components/products-page")),
    page("toko/titip", () => import("./components/intake-page")),
    page("toko/stok", () => import("./components/stock-page")),
    page("toko/pra-pesan", () => import("./components/preorders-page")),
    page("toko/pesanan", () => import("./components/orders-page")),
    page("toko/pembayaran", () => import("./components/payments-page")),
    page("toko/pengadaan", () => import("./components/procurement-page")),
    page("toko/bagi-hasil", () => import("./components/settlements-page")),
    page("toko/flyer", () => import("./components/flyer-page")),
    page("toko/laporan", () => import("./components/reports-page")),
    page("toko/produsen", () => import("./components/producers-page")),
    page("toko/pesan", () => import("./components/messages-page")),
    page("toko/plut", () => import("./components/plut-page")),
    // "Usaha saya": the producer's stock, intakes with receipts and statements (titipan: older links)
    { path: "usaha", roles: ["pelaku_usaha"], load: () => import("./components/my-consignment-page") },
    { path: "titipan", roles: ["pelaku_usaha"], load: () => import("./components/my-consignment-page") },
    {
      path: "pesanan",
      roles: ["pembeli_instansi"],
      load: () => import("./components/institution-orders-page"),
    },
  ],
};
