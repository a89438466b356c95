// Region codes from idn-area-data (Kemendagri, ODbL) and a weighted village sampler: some regencies
// are far more populous than others, so common names collide there as they do in real data.
import { getDistricts, getRegencies, getVillages } from "idn-area-data";
import type { Rng } from "../../../../shared/rng";

export type Village = { code: string; districtCode: string; regencyCode: string; name: string };

export type RegionIndex = {
  villages: Village[];
  /** Regency code → display name without "Kabupaten"/"Kota". */
  regencyName: Map<string, string>;
  districtCodes: string[];
  sampleVillage(rng: Rng): Village;
  villagesInDistrict(districtCode: string): Village[];
  /** Another district of the same province (a NIK registered elsewhere). */
  sampleDistrictIn(rng: Rng, province: string): string;
};

function shortRegencyName(name: string): string {
  return name.replace(/^(Kabupaten|Kota)\s+/i, "").trim();
}

export async function loadRegions(rng: Rng, prefix = ""): Promise<RegionIndex> {
  const [regencies, districts, villagesRaw] = await Promise.all([
    getRegencies(),
    getDistricts(),
    getVillages(),
  ]);
  const regencyName = new Map(regencies.map((r) => [r.code, shortRegencyName(r.name)]));
  const villages: Village[] = [];
  for (const v of villagesRaw) {
    if (!v.code.startsWith(prefix)) continue;
    villages.push({
      code: v.code,
      districtCode: v.district_code,
      regencyCode: v.code.slice(0, 5),
      name: v.name,
    });
  }
  if (villages.length === 0) throw new Error(`no villages under region prefix "${prefix}"`);
  const byRegency = new Map<string, Village[]>();
  for (const v of villages) {
    const list = byRegency.get(v.regencyCode);
    if (list) list.push(v);
    else byRegency.set(v.regencyCode, [v]);
  }
  const groups = [...byRegency.values()];
  // Log-normal regency sizes; cities ("Kota", code 7x) are denser.
  const cdf = new Float64Array(groups.length);
  let total = 0;
  groups.forEach((g, i) => {
    const isCity = (g[0]?.regencyCode.slice(3, 4) ?? "") === "7";
    const normal = Math.sqrt(-2 * Math.log(rng.next() || 1e-9)) * Math.cos(2 * Math.PI * rng.next());
    total += Math.exp(normal * 0.8) * (isCity ? 2 : 1) * Math.sqrt(g.length);
    cdf[i] = total;
  });
  const byDistrict = new Map<string, Village[]>();
  for (const v of villages) {
    const list = byDistrict.get(v.districtCode);
    if (list) list.push(v);
    else byDistrict.set(v.districtCode, [v]);
  }
  const districtsByProvince = new Map<string, string[]>();
  for (const d of districts) {
    const p = d.code.slice(0, 2);
    const list = districtsByProvince.get(p);
    if (list) list.push(d.code);
    else districtsByProvince.set(p, [d.code]);
  }
  return {
    villages,
    regencyName,
    districtCodes: districts.map((d) => d.code),
    sampleVillage(r) {
      const x = r.next() * total;
      let lo = 0;
      let hi = groups.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cdf[mid] ?? 0) < x) lo = mid + 1;
        else hi = mid;
      }
      return r.pick(groups[lo] ?? villages);
    },
    villagesInDistrict: (code) => byDistrict.get(code) ?? [],
    sampleDistrictIn(r, province) {
      return r.pick(districtsByProvince.get(province) ?? [`${province}.01.01`]);
    },
  };
}
