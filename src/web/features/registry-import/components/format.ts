// Dates of the import screens, in the time of Kalimantan Tengah and the west (WIB).
import { formatDateTimeId } from "../../../../shared/dates";

export function formatMoment(iso: string): string {
  return formatDateTimeId(new Date(iso), "Asia/Jakarta");
}
