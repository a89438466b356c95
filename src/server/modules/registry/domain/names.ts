// Person names are a shared rule (src/shared/person-name.ts): the register, aid and the web use it.
export { cleanName, isMissingName, nameKey } from "../../../../shared/person-name";
