import {
  findingPlace,
  fingerprintKey
} from "./chunk-U5YUOXJF.js";
import {
  reportJson
} from "./chunk-YA34C2UJ.js";
import {
  createHash
} from "./chunk-6V23J7JQ.js";
import "./chunk-ERADHNRU.js";

// src/report/codequality.ts
var SEVERITY = {
  error: "critical",
  warning: "major",
  notice: "info"
};
function fingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((finding) => {
    const key = fingerprintKey(finding);
    const ordinal = seen.get(key) ?? 0;
    seen.set(key, ordinal + 1);
    return createHash("sha256").update(`${key}\0${ordinal}`).digest("hex").slice(0, 32);
  });
}
function toCodeQuality(result) {
  const prints = fingerprints(result.findings);
  return result.findings.map((finding, i) => {
    const place = findingPlace(finding);
    const location = { file: place?.file ?? result.config, line: place?.line ?? 1, endLine: place?.endLine };
    const waived = finding.waived ? ` (waived until ${finding.waived.expires}: ${finding.waived.reason})` : "";
    return {
      type: "issue",
      description: `${finding.message}${waived}`,
      check_name: finding.rule,
      categories: ["Bug Risk"],
      fingerprint: prints[i],
      severity: SEVERITY[finding.severity],
      location: {
        path: location.file,
        lines: {
          begin: location.line,
          ...location.endLine !== void 0 && location.endLine > location.line ? { end: location.endLine } : {}
        }
      }
    };
  });
}
function renderCodeQuality(result) {
  return reportJson(toCodeQuality(result));
}
export {
  renderCodeQuality,
  toCodeQuality
};
