// Renders a region code as its name (falls back to the code while loading or when unknown).
import { useRegion } from "../../lib/regions/use-regions";

export function RegionName({ code }: { code: string }) {
  const { data } = useRegion(code === "" ? null : code);
  return <>{data?.name ?? code}</>;
}
