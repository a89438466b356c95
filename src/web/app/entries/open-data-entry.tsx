// Stable lazy entry of the public open data page (/data-terbuka); see store-entry.tsx.
export { OpenDataPage as default } from "../../features/reports/components/open-data-page";
