import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, api } from "./api";

afterEach(() => vi.unstubAllGlobals());

const form = () => {
  const f = new FormData();
  f.set("file", new Blob(["x"], { type: "image/png" }), "bukti.png");
  return f;
};

describe("api.upload", () => {
  it("sends the form as multipart (no JSON content type) and returns the JSON body", async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ id: "1" }), { status: 201 }));
    vi.stubGlobal("fetch", fetchMock);
    await expect(api.upload<{ id: string }>("/api/x", form())).resolves.toEqual({ id: "1" });
    const init = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(init.body).toBeInstanceOf(FormData);
    expect((init.headers as Record<string, string>)["Content-Type"]).toBeUndefined();
  });

  it("turns the server's error envelope into an ApiError with its message", async () => {
    const envelope = { error: { code: "FILE_TOO_LARGE", message: "Berkas terlalu besar (maks. 5 MB)." } };
    vi.stubGlobal("fetch", async () => new Response(JSON.stringify(envelope), { status: 413 }));
    const error = await api.upload("/api/x", form()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 413,
      code: "FILE_TOO_LARGE",
      message: "Berkas terlalu besar (maks. 5 MB).",
    });
  });
});
