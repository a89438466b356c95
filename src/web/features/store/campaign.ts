// The campaign tag of a visit (e.g. ?src=ayo-beli-umkm from a flyer's QR): kept for the browser
// tab's visit, so it survives navigating from the store to a product and reaches the order.
const KEY = "sinergi.store.campaign";

export function campaignTag(): string | undefined {
  const fromUrl = new URLSearchParams(window.location.search).get("src")?.trim().slice(0, 80);
  try {
    if (fromUrl) sessionStorage.setItem(KEY, fromUrl);
    return fromUrl || sessionStorage.getItem(KEY) || undefined;
  } catch {
    // Storage may be disabled (private mode): the tag then only rides on the URL.
    return fromUrl || undefined;
  }
}
