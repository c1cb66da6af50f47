
// src/rules/docs.ts
var PROJECT_URL = "https://github.com/china-filing-gate/china-filing-gate";
function ruleDocsUrl(ruleId) {
  return `${PROJECT_URL}/blob/main/docs/rules/${ruleId}.md`;
}

export {
  PROJECT_URL,
  ruleDocsUrl
};
