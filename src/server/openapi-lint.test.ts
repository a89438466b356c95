import { createConfig, lintFromString } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { ALL_SPECS } from "./testing/authz/all-specs";
import { createTestApp } from "./testing/test-app";

const t = await createTestApp();
const doc = (await t.app.inject({ url: "/api/openapi.json" })).json();

describe("OpenAPI document", () => {
  it("passes Redocly's recommended rules with no error", async () => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({
      source: JSON.stringify(doc),
      absoluteRef: "openapi.json",
      config,
    });
    const errors = problems
      .filter((p) => p.severity === "error")
      .map((p) => `${p.ruleId}: ${p.message} @ ${p.location[0]?.pointer ?? ""}`);
    if (process.env.OPENAPI_LINT_DUMP) console.log(errors.join("\n"));
    expect(errors).toEqual([]);
  });

  it("names every operation, documents the cookie session and the error envelope", () => {
    expect(doc.components.securitySchemes.session).toMatchObject({ type: "apiKey", in: "cookie" });
    expect(doc.components.schemas.ErrorEnvelope).toBeTruthy();
    const ids = new Set<string>();
    for (const [url, item] of Object.entries<Record<string, Record<string, unknown>>>(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        expect(op.operationId, `${method} ${url}`).toMatch(/^[a-z][A-Za-z0-9]+$/);
        expect(op.summary, `${method} ${url}`).toBeTruthy();
        ids.add(op.operationId as string);
      }
    }
    const login = doc.paths["/api/auth/login"].post;
    expect(login.security).toEqual([]);
    expect(login.responses["400"].content["application/json"].schema.$ref).toBe(
      "#/components/schemas/ErrorEnvelope",
    );
  });

  it("marks exactly the routes the authorisation matrix allows to the public as needing no session", () => {
    const openapiPath = (route: string) => route.replace(/:([A-Za-z]+)/g, "{$1}");
    for (const spec of ALL_SPECS) {
      const [method = "", url = ""] = spec.route.split(" ");
      const op = doc.paths[openapiPath(url)]?.[method.toLowerCase()];
      if (!op) continue; // hidden from the document (the document itself)
      expect(op.security?.length === 0, spec.route).toBe(spec.allow === "public");
    }
  });
});
