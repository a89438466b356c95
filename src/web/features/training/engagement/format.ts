// Dates of the public training pages in the reader's language ("14 April 2020" / "14 April 2020").
export function longDate(iso: string, language: string): string {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString(language === "en" ? "en-GB" : "id-ID", {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
}
