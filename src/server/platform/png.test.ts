import { describe, expect, it } from "vitest";
import { svgText, svgToPng } from "./png";

describe("PNG pictures from SVG", () => {
  it("escapes XML entities and drops control characters from user text", () => {
    expect(svgText('Tas <a> & "b"\u0000\u0007\n x\u0085')).toBe("Tas &#60;a&#62; &#38; &#34;b&#34; x");
  });

  it("draws text from user input without failing to parse the SVG", () => {
    const name = svgText('Kue \u0001<lapis> & "legit" Ṣiti Nguyễn\u001b');
    const png = svgToPng(
      `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><text y="15">${name}</text></svg>`,
    );
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(40);
  });
});
