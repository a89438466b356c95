// The error envelope users see for module codes is the one they saw before the codes moved into
// their modules' tables: same status, same code, same message in each language.
import Fastify, { type FastifyRequest } from "fastify";
import { afterAll, describe, expect, it } from "vitest";
import { errorCatalogue, SERVER_MODULES } from "./modules";
import { AppError, type ErrorOpts, moduleErrors } from "./platform/errors";
import { installErrorHandler } from "./platform/http/error-handler";

function errorOf(moduleName: string) {
  const table = SERVER_MODULES.find((m) => m.name === moduleName)?.errors ?? {};
  return moduleErrors(table) as (code: string, opts?: ErrorOpts) => AppError;
}

const thrown: Record<string, () => AppError> = {
  phone: () => errorOf("market")("PHONE_MISMATCH"),
  paid: () => errorOf("market")("ALREADY_PAID"),
  duplicate: () => errorOf("registry")("LIKELY_DUPLICATE", { details: { candidates: [] } }),
  columns: () => errorOf("linkage")("LIST_NO_COLUMNS"),
  taken: () => errorOf("access")("USERNAME_TAKEN"),
  frozen: () =>
    errorOf("aid")("AID_NOT_FROZEN", {
      text: {
        id: "Keputusan diimpor setelah usulan disetujui.",
        en: "A decision is imported after approval.",
      },
    }),
};

const app = Fastify();
installErrorHandler(app);
app.addHook("onRequest", async (req) => {
  (req as FastifyRequest & { lang?: string }).lang = req.headers["accept-language"] === "en" ? "en" : "id";
});
app.get("/throw/:name", async (req) => {
  throw thrown[(req.params as { name: string }).name]?.();
});
app.get("/http-405", async () => {
  throw Object.assign(new Error("method not allowed"), { statusCode: 405 });
});
afterAll(() => app.close());

async function envelope(name: string, lang: "id" | "en") {
  const res = await app.inject({ url: `/throw/${name}`, headers: { "accept-language": lang } });
  const { requestId: _id, ...error } = res.json().error;
  return { status: res.statusCode, ...error };
}

describe("error envelope of module codes", () => {
  it("keeps status, code and both messages of each", async () => {
    expect(await envelope("phone", "id")).toEqual({
      status: 403,
      code: "PHONE_MISMATCH",
      message: "Empat angka terakhir nomor WhatsApp tidak cocok dengan pesanan ini.",
    });
    expect(await envelope("phone", "en")).toMatchObject({
      message: "The last four digits do not match this order's WhatsApp number.",
    });
    expect(await envelope("paid", "en")).toEqual({
      status: 409,
      code: "ALREADY_PAID",
      message: "This order is already paid. Money goes back only through a refund.",
    });
    expect(await envelope("duplicate", "en")).toEqual({
      status: 409,
      code: "LIKELY_DUPLICATE",
      message:
        "This owner is probably registered already. Is this the same person? Choose the same person, or save as a new person with a reason.",
      details: { candidates: [] },
    });
    expect(await envelope("columns", "id")).toEqual({
      status: 400,
      code: "LIST_NO_COLUMNS",
      message: "Tidak ada baris dengan kolom NIK atau Nama. Pastikan baris judul kolom memuat NIK dan Nama.",
    });
    expect(await envelope("taken", "id")).toEqual({
      status: 409,
      code: "USERNAME_TAKEN",
      message: "Nama pengguna sudah dipakai.",
    });
    expect(await envelope("frozen", "en")).toEqual({
      status: 409,
      code: "AID_NOT_FROZEN",
      message: "A decision is imported after approval.",
    });
  });

  it("keeps the framework's own statuses under a generic code", async () => {
    const res = await app.inject({ url: "/http-405" });
    expect(res.statusCode).toBe(405);
    expect(res.json().error).toMatchObject({
      code: "BAD_REQUEST",
      message: "Permintaan tidak dapat dibaca.",
    });
  });

  it("has no code declared by two modules or by a module and the platform", () => {
    expect(() => errorCatalogue()).not.toThrow();
    expect(() => moduleErrors({ NOT_FOUND: { status: 404, id: "x", en: "y" } })).toThrow(/platform/);
  });

  it("refuses an undeclared code at compile time", () => {
    const marketOnly = moduleErrors({ ONLY_HERE: { status: 409, id: "Di sini.", en: "Here." } });
    expect(marketOnly("ONLY_HERE").status).toBe(409);
    // @ts-expect-error an undeclared code is a type error (and a 500 if forced through a cast)
    expect(marketOnly("NOT_DECLARED").status).toBe(500);
    // @ts-expect-error a module code cannot be thrown through the platform constructor
    expect(new AppError("ONLY_HERE").status).toBe(500);
  });
});
