// Stable lazy entry of the public store page (/toko). scripts/bundle-size.mjs measures the chunks
// loaded through this file, so the page behind it can change without renaming the file.
export { StorePage as default } from "../../features/store/store-page";
