// English texts of the NIK reveal reason and the person's data download, typed against pdp-id.ts.
import type { personDataId, revealId } from "./pdp-id";

export const revealEn: typeof revealId = {
  title: "Reason for showing the NIK",
  intro:
    "A full NIK and family card number are shown only with a reason. The reason is logged with your name and the time, and admins can read it.",
  reason: "Reason",
  placeholder: "E.g. checking a BPUM proposal at the owner's request",
  length_other: "{{count}} characters (at least {{min}})",
  length_one: "{{count}} character (at least {{min}})",
  tooShort_other: "Write a reason of at least {{count}} characters.",
  tooShort_one: "Write a reason of at least {{count}} character.",
  cancel: "Cancel",
  confirm: "Show NIK",
};

export const personDataEn: typeof personDataId = {
  button: "Download personal data (PDP law)",
  title: "Personal data of {{name}}",
  intro:
    "A copy of everything Sinergi holds about this person (Law 27/2022 on personal data protection, art. 32): register, data sources, aid, store orders and trainings. Give the PDF to the data subject; the JSON is for machines.",
  logged: "Every download is written to the audit log.",
  pdf: "Download PDF for the owner",
  json: "Download JSON",
};
