// Linkage on the web: pages come through ./module.ts (lazy). DuplicateHint (under a record being
// typed) and EntitySources (on a business page) are lent to the registry's pages through slots
// declared in ./module.ts (lib/slots.tsx), so no other feature imports this folder.
export { DuplicateHint, hintBody } from "./components/duplicate-hint";
export { EntitySources } from "./components/entity-sources";
