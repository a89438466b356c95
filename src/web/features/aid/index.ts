// Aid feature: its pages are registered through ./module.ts (lazy); nothing else is shared yet.
export { aidModule } from "./module";
