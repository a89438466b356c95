import { describe, expect, it } from "vitest";
import type { CatalogueProduct } from "../contract";
import { withProductTags } from "./og-page";

const html =
  '<html><head><title>Sinergi</title><meta name="description" content="x" /></head><body></body></html>';
const product = {
  id: "0b7e1a52-7a0c-4c55-9d37-3b6f3d8f1e11",
  name: "Masker kain",
  price: 5000,
  unit: "lembar",
  description: "",
  photoIds: ["f1"],
  producers: [{ name: "Penjahit Ani" }],
  plut: { name: "PLUT Kalimantan Selatan" },
} as unknown as CatalogueProduct;

describe("product page OpenGraph tags", () => {
  it("points og:image at the product's server-drawn PNG (not a photo, SVG or PDF)", () => {
    const page = withProductTags(html, product, "https://toko.example");
    expect(page).toContain(
      `<meta property="og:image" content="https://toko.example/api/market/catalogue/${product.id}/og.png" />`,
    );
    expect(page).toContain('<meta property="og:image:type" content="image/png" />');
    expect(page).toContain('<meta property="og:image:width" content="1080" />');
  });
});
