// What the aid route specs share: the seeded rows, the roles per permission and request builders.
import { oncePerFixture } from "../../../testing/authz/once-per-fixture";
import type { Fixture } from "../../../testing/authz/types";
import { rolesOf } from "../permissions";
import { type AidAuthzFixture, seedAidAuthz } from "./authz";
import { multipartFile } from "./http";

/** Aid rows for the specs, created once per fixture. */
export const data = oncePerFixture(seedAidAuthz);

export const read = rolesOf("aid.read");
export const propose = rolesOf("aid.propose");
export const verify = rolesOf("aid.verify");
export const manage = rolesOf("aid.manage_programmes");
export const A = "/api/aid";
export type Key = keyof AidAuthzFixture;

/** A request on one proposal, and the same request on a proposal outside Palangka Raya. */
export const onProposal = (
  inKey: Key,
  outKey: Key,
  path: (id: string) => string,
  method: "GET" | "POST" = "GET",
  payload?: unknown,
) => ({
  request: async (f: Fixture) => ({
    method,
    url: path((await data(f))[inKey]),
    ...(payload ? { payload } : {}),
  }),
  outOfScope: async (f: Fixture) => ({
    method,
    url: path((await data(f))[outKey]),
    ...(payload ? { payload } : {}),
  }),
});

/** A request built from the fixture, and the same request on rows outside Palangka Raya. */
export const both = (
  method: "GET" | "POST",
  inUrl: (d: AidAuthzFixture) => string,
  outUrl: (d: AidAuthzFixture) => string,
  payload?: unknown,
) => ({
  request: async (f: Fixture) => ({ method, url: inUrl(await data(f)), ...(payload ? { payload } : {}) }),
  outOfScope: async (f: Fixture) => ({ method, url: outUrl(await data(f)), ...(payload ? { payload } : {}) }),
});

export const upload = (content: string) => {
  const m = multipartFile({ name: "berkas.csv", type: "text/csv", content });
  return { payload: m.payload, headers: m.headers };
};

/** A hand-over: three text fields and the signed receipt. */
export function handoverUpload() {
  const boundary = "----sinergiaidhandover";
  const field = (k: string, v: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
  const payload = Buffer.concat([
    Buffer.from(field("quantity", "50") + field("handedOn", "2020-07-02") + field("receivedBy", "Wati")),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="tanda-terima.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 uji\r\n--${boundary}--\r\n`,
    ),
  ]);
  return { payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}
