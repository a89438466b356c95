// Calendar rules and Excel's serial day numbers live in src/shared/calendar.ts.

export type { CalendarDate } from "../../../../shared/calendar";
export {
  daysInMonth,
  excelSerialToDate,
  expandTwoDigitYear,
  fromIsoDate,
  isLeapYear,
  isRealDate,
  toIsoDate,
} from "../../../../shared/calendar";
