import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./ui/grid/ag-setup";
import "./ui/styles.css";
import { App } from "./ui/App";

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
