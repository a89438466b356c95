import type { FastifyDynamicSwaggerOptions } from "@fastify/swagger";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { describeOperation } from "./openapi-names";

type Json = Record<string, unknown>;
type Operation = Json & { responses?: Record<string, Json>; security?: unknown[]; parameters?: Json[] };

const SESSION = "session";
const ENVELOPE_REF = { $ref: "#/components/schemas/ErrorEnvelope" };
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

/** The one error envelope every failure answers with (see platform/http/error-handler.ts). */
const ERROR_ENVELOPE = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message", "requestId"],
      properties: {
        code: { type: "string", description: "UPPER_SNAKE error code, e.g. VALIDATION, OUT_OF_SCOPE" },
        message: { type: "string", description: "In the caller's language (Bahasa Indonesia or English)" },
        issues: {
          type: "array",
          items: {
            type: "object",
            required: ["path", "message"],
            properties: { path: { type: "string" }, message: { type: "string" } },
          },
        },
        requestId: { type: "string" },
      },
    },
  },
};

const ERROR_TEXT: Record<string, string> = {
  "400": "Invalid input (code VALIDATION or BAD_REQUEST)",
  "401": "Not signed in (UNAUTHENTICATED)",
  "403": "Role or region scope does not allow this (FORBIDDEN, OUT_OF_SCOPE) or a cross-site request",
  "404": "Not found (NOT_FOUND)",
  "409": "Conflicts with the current state (a module's error code)",
  "429": "Too many requests (RATE_LIMITED)",
};

const BINARY_TYPES: Record<string, string> = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv",
  png: "image/png",
  svg: "image/svg+xml",
  gz: "application/gzip",
};

/** Options for @fastify/swagger: zod schemas, named operations, cookie auth and the error envelope. */
export function openapiOptions(version: string): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "Sinergi API",
        version,
        description: "Sinergi: Dinas Koperasi dan UKM & PLUT",
        license: { name: "MIT", url: "https://opensource.org/licenses/MIT" },
      },
      servers: [{ url: "/", description: "This Sinergi server" }],
    },
    transform: jsonSchemaTransform,
    transformObject: (document) => {
      const doc = jsonSchemaTransformObject(document) as Json;
      return shapeDocument(doc) as never;
    },
  };
}

/** Adds what the route schemas do not say: names, security, error responses and binary bodies. */
export function shapeDocument(doc: Json): Json {
  const components = (doc.components ?? {}) as Json;
  doc.components = {
    ...components,
    securitySchemes: {
      [SESSION]: {
        type: "apiKey",
        in: "cookie",
        name: "sinergi_session",
        description: "Session cookie set by POST /api/auth/login",
      },
    },
    schemas: { ...((components.schemas as Json) ?? {}), ErrorEnvelope: ERROR_ENVELOPE },
  };
  doc.security = [{ [SESSION]: [] }];
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Operation>>;
  for (const [url, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (op) shapeOperation({ url, method, op });
    }
  }
  fixNullable(doc);
  return doc;
}

function shapeOperation({ url, method, op }: { url: string; method: string; op: Operation }): void {
  const named = describeOperation(method, url);
  op.operationId ??= named.operationId;
  op.summary ??= named.summary;
  op.tags ??= [named.tag];
  const isPublic = Array.isArray(op.security) && op.security.length === 0;
  op.responses ??= {};
  const responses = op.responses;
  const ok = Object.keys(responses).find((s) => s.startsWith("2"));
  if (!ok) responses["200"] = binaryResponse(url);
  const codes = ["400", "429"];
  if (!isPublic) codes.push("401", "403");
  if (url.includes("{")) codes.push("404");
  if (method !== "get") codes.push("409");
  for (const code of codes) {
    responses[code] ??= {
      description: ERROR_TEXT[code] ?? "Error",
      content: { "application/json": { schema: ENVELOPE_REF } },
    };
  }
}

function binaryResponse(url: string): Json {
  const ext = /\.([a-z0-9]+)$/.exec(url)?.[1];
  const type = (ext && BINARY_TYPES[ext]) ?? (url.includes("photo") ? "image/*" : "application/octet-stream");
  return {
    description: "File download",
    content: { [type]: { schema: { type: "string", format: "binary" } } },
  };
}

/** OpenAPI 3.0 wants a `type` beside `nullable`; zod emits it beside `anyOf` and on unknown values. */
function fixNullable(node: unknown): void {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const n of node) fixNullable(n);
    return;
  }
  const o = node as Json;
  if (o.nullable === true && o.type === undefined) {
    // `{anyOf: [A, B], nullable: true}` becomes `{anyOf: [A?, B?]}`; `{nullable: true}` alone is "any".
    const branches = (o.anyOf ?? o.oneOf) as Json[] | undefined;
    for (const b of branches ?? []) if (b.type !== undefined) b.nullable = true;
    if (!o.$ref) delete o.nullable;
  }
  for (const v of Object.values(o)) fixNullable(v);
}
