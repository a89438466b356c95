// Stable lazy entry of the public product page (/toko/produk/:id); see store-entry.tsx.
export { ProductPage as default } from "../../features/store/product-page";
