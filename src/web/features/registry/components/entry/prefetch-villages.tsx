// Loads the village lists of every district in a regency-level scope while there is signal, so the
// village picker still works when the field assistant later opens the form without signal (the
// lists stay in the query cache and in the service worker's copy of /api/regions).
import { useRegionChildren } from "../../../../lib/regions/use-regions";

function District({ code }: { code: string }) {
  useRegionChildren(code);
  return null;
}

export function PrefetchVillages({ scope, online }: { scope: string; online: boolean }) {
  const depth = scope === "" ? 0 : scope.split(".").length;
  // A province holds hundreds of districts: only regency and district scopes are worth it.
  const districts = useRegionChildren(scope, online && depth === 2);
  if (!online || depth < 2) return null;
  if (depth === 3) return <District code={scope} />;
  return (
    <>
      {(districts.data ?? []).map((district) => (
        <District key={district.code} code={district.code} />
      ))}
    </>
  );
}
