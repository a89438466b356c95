// Known breaks tolerated for now, as "file -> imported file" (no line numbers, so edits around
// them do not matter). What is left are the registry's RT/RW and typed-date readers that the web's
// forms reuse (NIK, No. KK, NIB, phone, calendar and masking moved to src/shared); they leave this
// list when those rules move there too. An entry that no longer matches fails the check, so the list only shrinks.
const FORMS = "src/web/features/registry/forms";
const DOMAIN = "src/server/modules/registry/domain";

export const BASELINE = [
  `${FORMS}/check-business.ts -> ${DOMAIN}/small-fields`,
  `${FORMS}/check-owner.ts -> ${DOMAIN}/dates`,
  `${FORMS}/check-owner.ts -> ${DOMAIN}/small-fields`,
  `${FORMS}/field-record.ts -> ${DOMAIN}/small-fields`,
];
