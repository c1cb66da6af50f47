
// src/artifacts/bounded-text.ts
var MAX_LISTED = 5;
function listSome(items, separator = "; ", max = MAX_LISTED) {
  const shown = items.slice(0, max).join(separator);
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

export {
  listSome
};
