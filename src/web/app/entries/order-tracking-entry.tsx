// Stable lazy entry of the public order-tracking page (/toko/pesanan/:code); see store-entry.tsx.
export { TrackingPage as default } from "../../features/store/tracking-page";
