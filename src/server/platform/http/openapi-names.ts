/** Names for an operation that its route did not name itself: a unique id, a summary and a tag. */
export type OperationNames = { operationId: string; summary: string; tag: string };

const VERB: Record<string, string> = {
  get: "Get",
  post: "Submit",
  put: "Replace",
  patch: "Update",
  delete: "Delete",
  head: "Check",
  options: "Options of",
};

function words(segment: string): string[] {
  return segment.split(/[^A-Za-z0-9]+/).filter(Boolean);
}

function pascal(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `post /api/market/orders/{code}/proof` → postMarketOrdersByCodeProof, "Submit market orders › proof (by code)". */
export function describeOperation(method: string, url: string): OperationNames {
  const segments = url
    .replace(/^\/api\/?/, "")
    .split("/")
    .filter(Boolean);
  const params = segments.filter((s) => s.startsWith("{")).map((s) => s.slice(1, -1));
  const id = segments
    .map((s) => (s.startsWith("{") ? `By${words(s).map(pascal).join("")}` : words(s).map(pascal).join("")))
    .join("");
  const path = segments.filter((s) => !s.startsWith("{")).map((s) => words(s).join(" "));
  const by = params.length ? ` (by ${params.join(", ")})` : "";
  return {
    operationId: `${method.toLowerCase()}${id}`,
    summary: `${VERB[method.toLowerCase()] ?? method} ${path.join(" › ")}${by}`.trim(),
    tag: segments[0] ?? "platform",
  };
}
