// Linkage on the web: pages come through ./module.ts (lazy). Other features mount these:
// DuplicateHint under a record being typed (entry form, send queue) and EntitySources on a
// business page.
export { DuplicateHint, hintBody } from "./components/duplicate-hint";
export { EntitySources } from "./components/entity-sources";
