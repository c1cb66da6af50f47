import {
  escapeControls
} from "./chunk-YA34C2UJ.js";

// src/report/stdout-guard.ts
function escapeCommandData(text) {
  return escapeControls(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function escapeCommandProperty(text) {
  return escapeCommandData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function oneLine(text) {
  return escapeControls(text.replace(/\r\n|\r|\n|\u2028|\u2029/g, " ⏎ "));
}
function startsCommand(line) {
  return /^\s*::/.test(line);
}
function guardLines(text) {
  return text.split("\n").map((line) => startsCommand(line) ? `› ${line}` : line).join("\n");
}

export {
  escapeCommandData,
  escapeCommandProperty,
  oneLine,
  guardLines
};
