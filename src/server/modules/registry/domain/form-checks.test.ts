import { describe, expect, it } from "vitest";
import { checkBusinessFields, checkPersonFields } from "./form-checks";
import { formMessage } from "./form-messages";

describe("checkPersonFields", () => {
  it.each([
    [{ nik: "6271015205800012" }, { nik: "6271015205800012" }, []],
    [{ nik: "6271 0152 0580 0012" }, { nik: "6271015205800012" }, []],
    [{ nik: "" }, {}, ["NIK_MISSING"]],
    [{ nik: "62710152058000" }, {}, ["NIK_LENGTH"]],
    [{ nik: "6271015205800000" }, {}, ["NIK_SERIAL"]],
    [{ nik: "0071015205800012" }, {}, ["NIK_PROVINCE"]],
    [{ nik: "6271013505800012" }, {}, ["NIK_DATE"]],
    [{ nik: "6271015205800012", noKk: "6271015205800012" }, { noKk: "6271015205800012" }, ["NIK_EQUALS_KK"]],
    // A NIK whose date disagrees with the stated birth date is kept (Dukcapil does not reissue NIKs).
    [
      { nik: "6271015205800012", birthDate: "1981-05-12" },
      { nik: "6271015205800012", birthDate: "1981-05-12" },
      [],
    ],
    [{ noKk: "12345" }, {}, ["KK_INVALID"]],
    [{ noKk: "" }, { noKk: null }, []],
    [{ phone: "0812-3456-7890" }, { phone: "+6281234567890" }, []],
    [{ phone: "62 812 3456 7890" }, { phone: "+6281234567890" }, []],
    [{ phone: "0536-3221234" }, {}, ["PHONE_INVALID"]],
    [{ phone: "" }, { phone: null }, []],
    [{ rt: "2", rw: "RW 05" }, { rt: "002", rw: "005" }, []],
    [{ rt: "0" }, {}, ["RT_RW_INVALID"]],
    [{ name: "  Hj.  Siti   Aminah " }, { name: "Hj. Siti Aminah" }, []],
    [{ name: "-" }, {}, ["NAME_MISSING"]],
    [{ birthDate: "1980-02-30" }, {}, ["DATE_INVALID"]],
  ] as const)("%j", (input, value, codes) => {
    const out = checkPersonFields({ ...input }, "owner.");
    expect(out.issues.map((i) => i.code)).toEqual(codes);
    expect(out.value).toEqual(value);
  });

  it("prefixes issue paths", () => {
    expect(checkPersonFields({ nik: "1" }, "owner.").issues).toEqual([
      { path: "owner.nik", code: "NIK_LENGTH" },
    ]);
  });
});

describe("checkBusinessFields", () => {
  it.each([
    [{ nib: "9120001234567" }, { nib: "9120001234567" }, []],
    [{ nib: "NIB: 9120001234567" }, { nib: "9120001234567" }, []],
    [{ nib: "503/IUMK/2019" }, {}, ["NIB_INVALID"]],
    [{ nib: "" }, { nib: null }, []],
    [{ kbliCode: "14111" }, {}, ["KBLI_VERSION_MISSING"]],
    [{ kbliCode: "14111", kbliVersion: "2020" }, {}, []],
  ] as const)("%j", (input, value, codes) => {
    const out = checkBusinessFields({ ...input }, "");
    expect(out.issues.map((i) => i.code)).toEqual(codes);
    expect(out.value).toEqual(value);
  });
});

describe("formMessage", () => {
  it("speaks Indonesian by default and English on request", () => {
    expect(formMessage("NIK_LENGTH", "id")).toBe("NIK harus tepat 16 digit.");
    expect(formMessage("NIK_LENGTH", "en")).toBe("A NIK has exactly 16 digits.");
  });
});
