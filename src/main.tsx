import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./ui/styles.css";
import { App } from "./ui/App";
import { startEditor } from "./ui/start-editor";

const root = document.getElementById("root");
if (root) {
  // The document loads while React starts; App shows what becomes of it.
  void startEditor().catch(() => undefined);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
