// Known breaks tolerated for now, as "file -> imported file" (no line numbers, so edits around
// them do not matter). All are the registry's value rules (NIK, No. KK/NIB, dates, phone, masking,
// cell and RT/RW normalisation) that the web's forms reuse; they leave this list when those rules
// move to src/shared. An entry that no longer matches fails the check, so the list only shrinks.
const FORMS = "src/web/features/registry/forms";
const DOMAIN = "src/server/modules/registry/domain";

export const BASELINE = [
  `src/web/features/registry/components/queue/conflict-rows.ts -> ${DOMAIN}/vocab`,
  `${FORMS}/check-business.ts -> ${DOMAIN}/business-numbers`,
  `${FORMS}/check-business.ts -> ${DOMAIN}/cell`,
  `${FORMS}/check-business.ts -> ${DOMAIN}/small-fields`,
  `${FORMS}/check-owner.ts -> ${DOMAIN}/business-numbers`,
  `${FORMS}/check-owner.ts -> ${DOMAIN}/calendar`,
  `${FORMS}/check-owner.ts -> ${DOMAIN}/cell`,
  `${FORMS}/check-owner.ts -> ${DOMAIN}/dates`,
  `${FORMS}/check-owner.ts -> ${DOMAIN}/nik`,
  `${FORMS}/check-owner.ts -> ${DOMAIN}/nik-consistency`,
  `${FORMS}/check-owner.ts -> ${DOMAIN}/small-fields`,
  `${FORMS}/field-record.ts -> ${DOMAIN}/calendar`,
  `${FORMS}/field-record.ts -> ${DOMAIN}/small-fields`,
  `${FORMS}/phone.ts -> ${DOMAIN}/phone`,
];
