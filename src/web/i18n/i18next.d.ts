// Types every `t("...")` key against the Indonesian messages.
import "i18next";
import type { Messages } from "./id";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Messages };
    returnNull: false;
  }
}
