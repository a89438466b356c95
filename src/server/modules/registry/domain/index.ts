// Registry domain: pure validation and normalisation of what offices and field assistants type or
// send in spreadsheets — NIK, No. KK, NIB, phones, Indonesian dates, Rupiah amounts, small coded
// fields, names, village names within a regency, business size classes, and the reason codes of
// the import policy. No database, file or network access: region data comes in through
// `RegionDirectory`.

export { isProvinceCode } from "../../../../shared/region-code";
export type { NibCheck, NoKkCheck } from "./business-numbers";
export { checkNibCell, checkNoKkCell } from "./business-numbers";
export type { SizeClass, SizeInput, SizeResult, SizeRule } from "./business-size";
export { classifyBusinessSize, PP_7_2021_FROM, sizeRuleOn } from "./business-size";
export type { CalendarDate } from "./calendar";
export { excelSerialToDate, expandTwoDigitYear, fromIsoDate, isRealDate, toIsoDate } from "./calendar";
export type { RawCell } from "./cell";
export { cellText, EMPTY_CELL, isBlankCell, toCell } from "./cell";
export type { DateCellOptions, DateCheck, PlaceAndDate } from "./dates";
export { checkDateCell, checkPlaceDateCell, monthFromName, parseDateText, splitPlaceAndDate } from "./dates";
export type { IdentityRead } from "./identity-cell";
export { readIdentityCell } from "./identity-cell";
export type { MoneyCheck } from "./money";
export { checkMoneyCell, parseMoneyText } from "./money";
export { cleanName, isMissingName, nameKey } from "./names";
export type { NikCheck, NikCheckOptions, NikErrorCode, NikInfo, Sex } from "./nik";
export { checkNik, checkNikCell, checkNikDigits, decodeNikBirth } from "./nik";
export type { NikConsistencyCode, NikRowFacts } from "./nik-consistency";
export { checkNikConsistency, sameNikBirthDate } from "./nik-consistency";
export type { PhoneCheck } from "./phone";
export { checkPhoneCell, toE164Mobile } from "./phone";
export type { ReasonCode, ReasonLevel, RowStatus } from "./reasons";
export { POLICY_REASON_CODES, REASON_CODES, REASON_LEVELS, reasonLevel, statusFromReasons } from "./reasons";
export { allowedTypos, candidateRegionKeys, editDistance, regionNameKey } from "./region-names";
export type { Affected, FieldCheck, RtRw } from "./small-fields";
export {
  checkAffectedCell,
  checkCombinedRtRwCell,
  checkCountCell,
  checkRtRwPartCell,
  checkSexCell,
  normaliseRtRw,
} from "./small-fields";
export { collapseSpaces, foldUpper, isNothingMarker } from "./text";
export type { RegionDirectory, VillageMatch, VillageQuery, VillageRecord } from "./village-match";
export { createVillageMatcher } from "./village-match";
