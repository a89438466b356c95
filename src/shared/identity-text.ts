// How typed identity numbers (NIK, No. KK, NIB) are cleaned before their rules apply: spaces
// (NBSP and zero-width too), dots, dashes and a leading apostrophe (Excel's "text" marker) go;
// every other character stays, so a letter or a slash is an error, never silently dropped.

const IGNORED = /[\s\u00a0\u200b-\u200d\ufeff.\-\u2010-\u2015]/g;

export function cleanIdentityText(raw: string): string {
  return raw
    .trim()
    .replace(/^['`‘’]+/, "")
    .replace(IGNORED, "");
}
