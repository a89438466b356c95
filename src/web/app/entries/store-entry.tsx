// Stable lazy entry of the public store page (/toko). scripts/bundle-size.mjs measures the chunks
// loaded through this file, so when the market feature builds the real store, point this re-export
// at its page instead of renaming the file.
export { StorePlaceholderPage as default } from "../pages/store-placeholder-page";
