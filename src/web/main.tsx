// Browser entry point.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { initI18n } from "./i18n";

initI18n();

const container = document.getElementById("root");
if (!container) throw new Error("#root element missing from index.html");
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
