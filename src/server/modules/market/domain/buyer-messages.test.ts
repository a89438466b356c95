import { describe, expect, it } from "vitest";
import { messageTemplate, paymentLine, renderMessage, whatsappLink } from "./buyer-messages";

describe("buyer messages", () => {
  it("uses the PLUT's own text when set, the default otherwise", () => {
    expect(messageTemplate("dispatched", { dispatched: "Dikirim {kode}" })).toBe("Dikirim {kode}");
    expect(messageTemplate("dispatched", { dispatched: "  " })).toContain("sudah dikirim");
    expect(messageTemplate("dispatched", null)).toContain("sudah dikirim");
  });

  it("fills placeholders, marks missing values and leaves unknown braces", () => {
    expect(renderMessage("Halo {nama}, {kode} {batas} {lain}", { nama: "Siti", kode: "MSK-1" })).toBe(
      "Halo Siti, MSK-1 - {lain}",
    );
  });

  it("builds wa.me links from any written form of a mobile number", () => {
    expect(whatsappLink("0812-3456-7890", "Halo & terima kasih")).toBe(
      "https://wa.me/6281234567890?text=Halo%20%26%20terima%20kasih",
    );
    expect(whatsappLink("0536 123", "x")).toBeNull();
  });

  it("tells a wait-listed buyer to wait, not to pay Rp0 by '-'", () => {
    const line = (status: string, deadline: string | null) =>
      paymentLine({ status, total: "Rp0", deadline, paid: false });
    expect(line("waitlisted", null)).toContain("daftar tunggu");
    expect(line("allocated", "Senin, 7 Desember 2026 pukul 17.00 WIB")).toBe(
      "Total Rp0, bayar paling lambat Senin, 7 Desember 2026 pukul 17.00 WIB.",
    );
    expect(paymentLine({ status: "allocated", total: "Rp5.000", deadline: null, paid: true })).toContain(
      "lunas",
    );
  });
});
