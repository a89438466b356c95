// "Kirim versi saya" after a conflict: the device's version replaces the server's on the business
// already stored under this client id (owner and business fields), and its impact assessment is
// added as the latest one. The server audits every change, so nothing is lost.
import type { BusinessPage } from "../../../../server/modules/registry/contract-business-page";
import { registryPaths } from "../api/paths";
import type { FieldRecordPayload } from "../forms/field-record";
import { call, failureOutcome } from "./http-reply";
import type { SendOutcome } from "./outbox-types";

export async function overwriteServerVersion(
  payload: FieldRecordPayload,
  server: BusinessPage,
): Promise<SendOutcome> {
  const { body } = payload;
  const businessId = server.business.id;
  if (body.owner) {
    const failed = failureOutcome(await call("PATCH", registryPaths.person(server.owner.id), body.owner));
    if (failed) return failed;
  }
  const failed = failureOutcome(await call("PATCH", registryPaths.business(businessId), body.business));
  if (failed) return failed;
  if (body.impact) {
    const impactFailed = failureOutcome(
      await call("POST", registryPaths.businessImpacts(businessId), body.impact),
    );
    if (impactFailed) return impactFailed;
  }
  return { kind: "sent", serverId: businessId };
}
