// Stable lazy entry of the public certificate check (/sertifikat/:code); see store-entry.tsx.
export { CertificateCheckPage as default } from "../../features/training/components/certificate-check-page";
