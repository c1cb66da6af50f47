
// src/excerpt.ts
var MAX_EXCERPT = 60;
var MAX_MESSAGE = 1e3;
function truncate(text, max) {
  if (text.length <= max) return text;
  const chars = Array.from(text.slice(0, max * 2 + 2));
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}
function escapeControls(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, unicodeEscape);
}
var unicodeEscape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
function escapeJsonLeftovers(text) {
  return text.replace(/[\u007f-\u009f\u2028\u2029]/g, unicodeEscape);
}
function quoteExcerpt(value, max = MAX_EXCERPT) {
  return `"${escapeJsonLeftovers(JSON.stringify(truncate(value, max)).slice(1, -1))}"`;
}
var CONTROLS_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
function boundMessage(message) {
  return truncate(escapeControlsButLineBreaks(message), MAX_MESSAGE);
}
function escapeControlsButLineBreaks(text) {
  return text.replace(/\r\n?/g, "\n").replace(CONTROLS_BUT_LINE_BREAKS, unicodeEscape);
}
function reportJson(value) {
  return `${escapeJsonLeftovers(JSON.stringify(value, null, 2))}
`;
}

export {
  truncate,
  escapeControls,
  escapeJsonLeftovers,
  quoteExcerpt,
  boundMessage,
  escapeControlsButLineBreaks,
  reportJson
};
