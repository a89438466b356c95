// The PLUT's calendar in the browser: today and tomorrow in the zone of the user's region.
import { localDateKey } from "../../../../shared/dates";
import { type IndonesianTimeZone, zoneForRegion } from "../../../../shared/region-zones";

export function zoneOfScope(scope: string): IndonesianTimeZone {
  return zoneForRegion(scope === "*" ? "62" : scope) ?? "Asia/Jakarta";
}

export function plutDay(scope: string, offsetDays = 0): string {
  return localDateKey(new Date(Date.now() + offsetDays * 86_400_000), zoneOfScope(scope));
}
