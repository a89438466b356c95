import { describe, expect, it } from "vitest";
import { ApiError, fieldErrors, parseErrorEnvelope } from "./api-error";

describe("parseErrorEnvelope", () => {
  it.each([
    ["not an object", "Bad Gateway"],
    ["missing error", { message: "x" }],
    ["code not a string", { error: { code: 1, message: "x" } }],
    ["message missing", { error: { code: "X" } }],
    ["null body", null],
  ])("returns null for %s", (_label, body) => {
    expect(parseErrorEnvelope(502, body)).toBeNull();
  });

  it("reads code, message, requestId and issues with string or array paths", () => {
    const parsed = parseErrorEnvelope(400, {
      error: {
        code: "VALIDATION",
        message: "Data tidak valid",
        requestId: "req-1",
        issues: [
          { path: ["password"], message: "Minimal 12 karakter" },
          { path: "scope", message: "Di luar wilayah" },
          { path: ["a", 0, "b"], message: "nested" },
          { path: "body.username", message: "request part dropped" },
          { path: ["querystring", "q"], message: "query part dropped" },
          { path: "body", message: "whole body" },
          { nope: true },
        ],
      },
    });
    expect(parsed).toEqual({
      status: 400,
      code: "VALIDATION",
      message: "Data tidak valid",
      requestId: "req-1",
      issues: [
        { path: "password", message: "Minimal 12 karakter" },
        { path: "scope", message: "Di luar wilayah" },
        { path: "a.0.b", message: "nested" },
        { path: "username", message: "request part dropped" },
        { path: "q", message: "query part dropped" },
        { path: "body", message: "whole body" },
      ],
    });
  });
});

describe("fieldErrors", () => {
  it("keeps the first message per path and ignores path-less issues", () => {
    const error = new ApiError({
      status: 400,
      code: "VALIDATION",
      message: "invalid",
      issues: [
        { path: "username", message: "first" },
        { path: "username", message: "second" },
        { path: "", message: "form-level" },
      ],
    });
    expect(fieldErrors(error)).toEqual({ username: "first" });
  });
  it("returns nothing for non-API errors", () => {
    expect(fieldErrors(new Error("x"))).toEqual({});
  });
});
