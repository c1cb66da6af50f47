import {
  MINI_PROGRAM_PLATFORMS,
  STORE_IDS,
  provinceSpellings,
  require_range,
  resolveProvince
} from "./chunk-XX43KU6O.js";
import {
  escapeControls,
  quoteExcerpt
} from "./chunk-YA34C2UJ.js";
import {
  closestMatch
} from "./chunk-RS45BQ7I.js";
import {
  daysInMonth
} from "./chunk-ZZLBI4GZ.js";
import {
  __commonJS,
  __toESM
} from "./chunk-ERADHNRU.js";

// node_modules/semver/ranges/valid.js
var require_valid = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange2 = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange2;
  }
});

// src/declaration/shape.ts
var import_valid = __toESM(require_valid(), 1);
var APP_KINDS = ["app", "mini-program", "quick-app"];
var FILING_STATUSES = ["approved", "pending", "not-filed"];
var PLATFORMS_BY_KIND = {
  app: ["android", "ios", "harmony"],
  "mini-program": MINI_PROGRAM_PLATFORMS,
  "quick-app": ["quickApp"]
};
var packageName = (what) => ({
  pattern: /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_][A-Za-z0-9_]*)+$/,
  message: `${what} must be dot-separated identifiers like com.example.shop`
});
var bundleId = (what) => ({
  pattern: /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/,
  message: `${what} must be a reverse-DNS id like com.example.shop`
});
var WECHAT_APP_ID = {
  pattern: /^wx[0-9a-f]{16}$/,
  message: 'a WeChat AppID is "wx" followed by 16 hex digits'
};
var ALIPAY_APP_ID = { pattern: /^\d{16}$/, message: "an Alipay AppID is 16 digits" };
var DOUYIN_APP_ID = { pattern: /^tt[0-9a-z]+$/, message: 'a Douyin AppID starts with "tt"' };
var APP_ID = {
  pattern: /^[a-z0-9-]+$/,
  message: "app ids are lowercase letters, digits and hyphens"
};
var GRADLE_VARIANT = {
  pattern: /^[A-Za-z][A-Za-z0-9]*$/,
  message: "a Gradle variant name such as prodRelease"
};
function dateProblem(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return {
      message: `${quoteExcerpt(value)} is not a date`,
      hint: "write dates as YYYY-MM-DD, e.g. 2024-03-31"
    };
  }
  return void 0;
}
function fingerprintProblem(name, hexLength, value) {
  const hex = value.replace(/[\s:]/g, "");
  if (!/^[0-9a-fA-F]*$/.test(hex)) {
    return {
      message: `${name} must be hexadecimal`,
      hint: `copy the ${name} fingerprint as keytool or openssl prints it`
    };
  }
  if (hex.length !== hexLength) {
    return {
      message: `${name} has ${hex.length} hex digits; ${name === "MD5" ? "an" : "a"} ${name} fingerprint has ${hexLength}`,
      hint: `check you copied the whole ${name} value (run \`china-filing inspect <artifact>\` to print it)`
    };
  }
  return void 0;
}
var FINGERPRINTS = [
  { key: "md5", name: "MD5", hexLength: 32 },
  { key: "sha1", name: "SHA-1", hexLength: 40 },
  { key: "sha256", name: "SHA-256", hexLength: 64 }
];
function publicKeyProblem(value) {
  const body = value.replace(/-----[A-Z ]+-----/g, "").replace(/[\s:]/g, "");
  if (!body || !(/^[0-9a-fA-F]+$/.test(body) || /^[A-Za-z0-9+/]+={0,2}$/.test(body))) {
    return {
      message: "publicKey must be hex (RSA modulus or SubjectPublicKeyInfo) or base64 (SubjectPublicKeyInfo)"
    };
  }
  return void 0;
}
function certificateProblem(cert) {
  if (!cert.md5 && !cert.sha1 && !cert.sha256 && !cert.publicKey) {
    return {
      message: "certificate names no fingerprint",
      hint: "add md5, sha1 or sha256 of the signing certificate as filed"
    };
  }
  return void 0;
}
function hostingProblems(h) {
  const problems = [];
  if (h.provider === "self-hosted") {
    if (!h.location)
      problems.push({
        message: "self-hosted hosting needs a location",
        hint: "add location: <city>",
        path: ["location"]
      });
    if (h.mainland === void 0)
      problems.push({ message: "self-hosted hosting needs mainland: true or false", path: ["mainland"] });
    if (h.region)
      problems.push({
        message: "self-hosted hosting has no region",
        hint: "use location: <city> instead",
        path: ["region"]
      });
  } else {
    if (!h.region)
      problems.push({
        message: `hosting on ${escapeControls(h.provider)} needs a region`,
        hint: "add region: <region id>, e.g. cn-shanghai"
      });
    if (h.location !== void 0 || h.mainland !== void 0) {
      problems.push({
        message: "location and mainland are only for provider: self-hosted",
        hint: "for a cloud provider, the (provider, region) pair decides",
        path: [h.location !== void 0 ? "location" : "mainland"]
      });
    }
  }
  return problems;
}
function storeProblem(value) {
  if (STORE_IDS.includes(value)) return void 0;
  const near = closestMatch(value, STORE_IDS);
  return {
    message: `unknown store ${quoteExcerpt(value)}`,
    hint: near ? `did you mean "${near}"?` : `use one of: ${STORE_IDS.join(", ")}`
  };
}
function rangeProblem(value) {
  if ((0, import_valid.default)(value) !== null) return void 0;
  return {
    message: `${quoteExcerpt(value)} is not a semver range`,
    hint: 'write a range like ">=2.0.0" or "^2.3.0 || ^3.0.0"'
  };
}
function platformProblems(app) {
  const allowed = PLATFORMS_BY_KIND[app.kind];
  const declared = Object.keys(app.platforms).filter((k) => app.platforms[k]);
  const problems = declared.filter((key) => !allowed.includes(key)).map((key) => ({
    message: `a ${app.kind} cannot declare platform ${escapeControls(key)}`,
    hint: `platforms of a ${app.kind}: ${allowed.join(", ")}`,
    path: ["platforms", key]
  }));
  if (declared.length === 0) {
    problems.push({
      message: "platforms declares no platform",
      hint: `add one of: ${allowed.join(", ")}`,
      path: ["platforms"]
    });
  }
  return problems;
}
function provinceProblem(value) {
  if (resolveProvince(value)) return void 0;
  const near = closestMatch(value, provinceSpellings());
  return {
    message: `unknown province ${quoteExcerpt(value)}`,
    hint: near ? `did you mean "${near}"?` : "use the one-character abbreviation (沪, 京, 粤 …) or its pinyin (shanghai)"
  };
}
function creditCodeIssue(value) {
  const problem = creditCodeProblem(value);
  return problem ? { message: problem, hint: "copy the 统一社会信用代码 from the business licence" } : void 0;
}
function duplicateIdProblems(apps) {
  const seen = /* @__PURE__ */ new Map();
  const problems = [];
  apps.forEach((app, index) => {
    const first = seen.get(app.id);
    if (first !== void 0) {
      problems.push({
        message: `app id ${quoteExcerpt(app.id)} is also used by apps[${first}]`,
        hint: "give every app a unique id",
        path: ["apps", index, "id"]
      });
    } else seen.set(app.id, index);
  });
  return problems;
}
var CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
var CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function creditCodeProblem(code) {
  if (code.length !== 18) return `creditCode has ${code.length} characters; a 统一社会信用代码 has 18`;
  const values = [...code.toUpperCase()].map((c) => CREDIT_CODE_ALPHABET.indexOf(c));
  const bad = values.findIndex((v) => v < 0);
  if (bad >= 0)
    return `creditCode character ${bad + 1} (${quoteExcerpt(code[bad])}) is not allowed (I, O, Z, S and V never occur)`;
  const sum = CREDIT_CODE_WEIGHTS.reduce((acc, weight, i) => acc + weight * values[i], 0);
  const expected = CREDIT_CODE_ALPHABET[(31 - sum % 31) % 31];
  if (code.toUpperCase()[17] !== expected) {
    return `creditCode check character is ${quoteExcerpt(code[17])} but the first 17 characters give "${expected}": a typo?`;
  }
  return void 0;
}

export {
  APP_KINDS,
  FILING_STATUSES,
  packageName,
  bundleId,
  WECHAT_APP_ID,
  ALIPAY_APP_ID,
  DOUYIN_APP_ID,
  APP_ID,
  GRADLE_VARIANT,
  dateProblem,
  fingerprintProblem,
  FINGERPRINTS,
  publicKeyProblem,
  certificateProblem,
  hostingProblems,
  storeProblem,
  rangeProblem,
  platformProblems,
  provinceProblem,
  creditCodeIssue,
  duplicateIdProblems,
  creditCodeProblem
};
