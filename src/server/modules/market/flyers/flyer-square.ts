// Square 1080×1080 pictures for WhatsApp status and link previews (og:image): an SVG drawn here and
// rasterised to PNG on the server (platform/png), since chat apps show neither PDF nor SVG.
import QRCode from "qrcode";
import { formatRupiah } from "../../../../shared/money";
import { SVG_FONT, svgText } from "../../../platform/png";
import type { FlyerProduct } from "./flyer-data";

type Photo = { mime: string; data: Buffer } | null;

/** The QR code of `url` as an SVG group of `size` pixels at (x, y). */
async function qrGroup(url: string, x: number, y: number, size: number): Promise<string> {
  const qr = await QRCode.toString(url, { type: "svg", margin: 1 });
  const inner = qr.replace(/^<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "");
  const modules = Number(/viewBox="0 0 (\d+)/.exec(qr)?.[1] ?? 33);
  return `<rect x="${x - 8}" y="${y - 8}" width="${size + 16}" height="${size + 16}" fill="#ffffff"/><g transform="translate(${x} ${y}) scale(${size / modules})">${inner}</g>`;
}

/** A photo (cover-cropped) or, without one, a tinted block with the category. */
function photoOrCategory(
  photo: Photo,
  category: string,
  box: { x: number; y: number; w: number; h: number },
) {
  const { x, y, w, h } = box;
  if (photo) {
    return `<image href="data:${photo.mime};base64,${photo.data.toString("base64")}" x="${x}" y="${y}" width="${w}" height="${h}" preserveAspectRatio="xMidYMid slice"/>`;
  }
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#e6fcf5"/><text x="${x + w / 2}" y="${y + h / 2 + 12}" font-size="34" text-anchor="middle" fill="#0b7285" font-weight="700">${svgText(category)}</text>`;
}

/** At most `lines` lines of at most `width` characters, the last one cut with "…". */
export function wrapText(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.trim().split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width || !line) line = next;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  const kept = out.slice(0, lines).map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
  if (out.length > lines) kept[lines - 1] = `${(kept[lines - 1] ?? "").slice(0, width - 1)}…`;
  return kept;
}

function frame(header: string, subtitle: string, body: string, footer: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1080" viewBox="0 0 1080 1080" font-family="${SVG_FONT}">
<rect width="1080" height="1080" fill="#ffffff"/><rect width="1080" height="200" fill="#0ca678"/>
<text x="60" y="105" font-size="64" font-weight="700" fill="#ffffff">${svgText(header)}</text>
<text x="60" y="160" font-size="30" fill="#ffffff">${svgText(subtitle.slice(0, 60))}</text>
${body}
<text x="60" y="1010" font-size="28" fill="#495057">Pindai kode QR untuk memesan di Toko PLUT.</text>
<text x="60" y="1050" font-size="20" font-weight="700" fill="#495057">${svgText(wrapText(footer, 72, 1)[0] ?? "")}</text>
</svg>`;
}

/** Up to four products with prices and one QR code to the store (tagged with the campaign). */
export async function flyerSquareSvg(
  products: FlyerProduct[],
  { storeUrl, title, plut }: { storeUrl: string; title: string; plut: string },
): Promise<string> {
  const cells = products.slice(0, 4).map((p, i) => {
    const x = 60 + (i % 2) * 490;
    const y = 230 + Math.floor(i / 2) * 330;
    const name = wrapText(p.name, 28, 1)[0] ?? "";
    return `${photoOrCategory(p.photo, p.category, { x, y, w: 470, h: 200 })}<text x="${x}" y="${y + 245}" font-size="30" font-weight="700" fill="#212529">${svgText(name)}</text><text x="${x}" y="${y + 285}" font-size="30" font-weight="700" fill="#087f5b">${svgText(`${formatRupiah(p.price)}/${p.unit}`)}</text>`;
  });
  return frame(
    "Ayo Beli Produk UMKM!",
    title,
    cells.join("\n") + (await qrGroup(storeUrl, 860, 900, 160)),
    plut,
  );
}

/** One product: photo, name, price per unit, the PLUT and a QR code to its store page. */
export async function productSquareSvg(p: {
  name: string;
  price: number;
  unit: string;
  category: string;
  plut: string;
  photo: Photo;
  url: string;
}): Promise<string> {
  const name = wrapText(p.name, 30, 2)
    .map(
      (l, i) =>
        `<text x="60" y="${720 + i * 62}" font-size="52" font-weight="700" fill="#212529">${svgText(l)}</text>`,
    )
    .join("");
  const body = `${photoOrCategory(p.photo, p.category, { x: 60, y: 230, w: 960, h: 420 })}${name}
<text x="60" y="${p.name.length > 30 ? 880 : 820}" font-size="60" font-weight="700" fill="#087f5b">${svgText(`${formatRupiah(p.price)}/${p.unit}`)}</text>
${await qrGroup(p.url, 840, 800, 180)}`;
  return frame("Ayo Beli Produk UMKM!", "Produk UMKM binaan PLUT", body, p.plut);
}
