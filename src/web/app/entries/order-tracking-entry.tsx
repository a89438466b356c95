// Stable lazy entry of the public order-tracking page (/toko/pesanan/:code); see store-entry.tsx.
export { OrderTrackingPlaceholderPage as default } from "../pages/order-tracking-placeholder-page";
