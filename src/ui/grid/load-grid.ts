import type * as GridModule from "./TableGrid";

type Grid = typeof GridModule;

let loaded: Grid | null = null;
let loading: Promise<Grid> | null = null;

/**
 * AG Grid's code, loaded apart from the page's first scripts: the first table is drawn (StaticGrid)
 * while the browser parses it. One request for the page, however many tables ask.
 */
export function loadGrid(): Promise<Grid> {
  loading ??= import("./TableGrid").then((module) => {
    loaded = module;
    return module;
  });
  return loading;
}

/** The grid's code if it has arrived. */
export function loadedGrid(): Grid | null {
  return loaded;
}
