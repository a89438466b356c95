import { getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { pdfText } from "../../../testing/pdf-text";
import type { FlyerProduct } from "./flyer-data";
import { flyerPdf } from "./flyer-pdf";

const product = (i: number): FlyerProduct => ({
  id: `p${i}`,
  name: `Masker kain motif ${i}`,
  price: 5_000,
  unit: "lembar",
  category: "Masker",
  makers: "Penjahit Ani, Bu Fatimah",
  photo: null,
  url: `http://sinergi.lan/toko/produk/p${i}?src=ayo-beli-umkm`,
});
const contact = "PLUT KUMKM Kalimantan Tengah · Jl. Tjilik Riwut Km 5 · WhatsApp +6281234567890";

async function pages(count: number): Promise<{ pages: number; text: string }> {
  const pdf = await flyerPdf(
    Array.from({ length: count }, (_, i) => product(i + 1)),
    { title: "Produk unggulan", contact },
  );
  return { pages: (await getDocumentProxy(new Uint8Array(pdf))).numPages, text: await pdfText(pdf) };
}

describe("the A4 flyer", () => {
  it("fits six products and its footer on one page, with the PLUT's name, address and phone", async () => {
    expect(await pages(1)).toMatchObject({ pages: 1 });
    const six = await pages(6);
    expect(six.pages).toBe(1);
    expect(six.text).toContain("Masker kain motif 6");
    expect(six.text).toContain(contact);
    expect(six.text).toContain("Pindai kode QR untuk memesan.");
  });

  it("starts a second page only for the seventh product, each page with the contact", async () => {
    const seven = await pages(7);
    expect(seven.pages).toBe(2);
    expect(seven.text.split(contact)).toHaveLength(3);
  });
});
