
// src/excerpt.ts
var MAX_EXCERPT = 60;
var MAX_MESSAGE = 1e3;
function truncate(text, max) {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}
function quoteExcerpt(value, max = MAX_EXCERPT) {
  const escaped = JSON.stringify(truncate(value, max)).slice(1, -1);
  return `"${escaped.replace(/[\u0080-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}"`;
}
function boundMessage(message) {
  return truncate(message.replace(/\r\n?/g, "\n").replace(/\u0000/g, "\\u0000"), MAX_MESSAGE);
}

export {
  quoteExcerpt,
  boundMessage
};
