import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  _enum,
  array,
  boolean,
  literal,
  record,
  strictObject,
  string,
  union
} from "./chunk-K3X5RR74.js";
import {
  MINI_PROGRAM_PLATFORMS,
  STORE_IDS,
  provinceSpellings,
  require_range,
  resolveProvince
} from "./chunk-TZDNCRH5.js";
import {
  closestMatch
} from "./chunk-42QK5KWP.js";
import {
  __commonJS,
  __toESM
} from "./chunk-EBUTKOES.js";

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

// src/declaration/schema.ts
var import_valid = __toESM(require_valid(), 1);
function issue(ctx, message, hint, path = []) {
  ctx.addIssue({ code: "custom", message, path, params: hint ? { hint } : void 0 });
}
var isoDate = string().superRefine((value, ctx) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? /* @__PURE__ */ new Date(`${value}T00:00:00Z`) : void 0;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    issue(ctx, `"${value}" is not a date`, "write dates as YYYY-MM-DD, e.g. 2024-03-31");
  }
});
function fingerprint(name, hexLength) {
  return string().superRefine((value, ctx) => {
    const hex = value.replace(/[\s:]/g, "");
    if (!/^[0-9a-fA-F]*$/.test(hex)) {
      issue(
        ctx,
        `${name} must be hexadecimal`,
        `copy the ${name} fingerprint as keytool or openssl prints it`
      );
    } else if (hex.length !== hexLength) {
      issue(
        ctx,
        `${name} has ${hex.length} hex digits; ${name === "MD5" ? "an" : "a"} ${name} fingerprint has ${hexLength}`,
        `check you copied the whole ${name} value (run \`china-filing inspect <artifact>\` to print it)`
      );
    }
  });
}
var certificate = strictObject({
  md5: fingerprint("MD5", 32).optional(),
  sha1: fingerprint("SHA-1", 40).optional(),
  sha256: fingerprint("SHA-256", 64).optional(),
  publicKey: string().superRefine((value, ctx) => {
    const body = value.replace(/-----[A-Z ]+-----/g, "").replace(/[\s:]/g, "");
    if (!body || !(/^[0-9a-fA-F]+$/.test(body) || /^[A-Za-z0-9+/]+={0,2}$/.test(body))) {
      issue(
        ctx,
        "publicKey must be hex (RSA modulus or SubjectPublicKeyInfo) or base64 (SubjectPublicKeyInfo)"
      );
    }
  }).optional()
}).superRefine((cert, ctx) => {
  if (!cert.md5 && !cert.sha1 && !cert.sha256 && !cert.publicKey) {
    issue(
      ctx,
      "certificate names no fingerprint",
      "add md5, sha1 or sha256 of the signing certificate as filed"
    );
  }
});
var packageName = (what) => string().regex(/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_][A-Za-z0-9_]*)+$/, {
  message: `${what} must be dot-separated identifiers like com.example.shop`
});
var bundleId = (what) => string().regex(/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, {
  message: `${what} must be a reverse-DNS id like com.example.shop`
});
var platformsSchema = strictObject({
  android: strictObject({ package: packageName("android.package"), certificate }).optional(),
  ios: strictObject({ bundleId: bundleId("ios.bundleId"), certificate }).optional(),
  harmony: strictObject({ bundleName: packageName("harmony.bundleName"), certificate }).optional(),
  // WeChat AppIDs are "wx" + 16 hex digits (mp.weixin.qq.com → 开发管理 → AppID).
  wechat: strictObject({
    appId: string().regex(/^wx[0-9a-f]{16}$/, { message: 'a WeChat AppID is "wx" followed by 16 hex digits' })
  }).optional(),
  alipay: strictObject({ appId: string().regex(/^\d{16}$/, { message: "an Alipay AppID is 16 digits" }) }).optional(),
  baidu: strictObject({ appKey: string().min(1) }).optional(),
  douyin: strictObject({
    appId: string().regex(/^tt[0-9a-z]+$/, { message: 'a Douyin AppID starts with "tt"' })
  }).optional(),
  quickApp: strictObject({ package: packageName("quickApp.package") }).optional()
});
var APP_KINDS = ["app", "mini-program", "quick-app"];
var FILING_STATUSES = ["approved", "pending", "not-filed"];
var PLATFORMS_BY_KIND = {
  app: ["android", "ios", "harmony"],
  "mini-program": MINI_PROGRAM_PLATFORMS,
  "quick-app": ["quickApp"]
};
var hosting = strictObject({
  provider: string().min(1),
  region: string().min(1).optional(),
  location: string().min(1).optional(),
  mainland: boolean().optional()
}).superRefine((h, ctx) => {
  if (h.provider === "self-hosted") {
    if (!h.location)
      issue(ctx, "self-hosted hosting needs a location", "add location: <city>", ["location"]);
    if (h.mainland === void 0)
      issue(ctx, "self-hosted hosting needs mainland: true or false", void 0, ["mainland"]);
    if (h.region)
      issue(ctx, "self-hosted hosting has no region", "use location: <city> instead", ["region"]);
  } else {
    if (!h.region)
      issue(ctx, `hosting on ${h.provider} needs a region`, "add region: <region id>, e.g. cn-shanghai");
    if (h.location !== void 0 || h.mainland !== void 0) {
      issue(
        ctx,
        "location and mainland are only for provider: self-hosted",
        "for a cloud provider, the (provider, region) pair decides",
        [h.location !== void 0 ? "location" : "mainland"]
      );
    }
  }
});
var storeId = string().superRefine((value, ctx) => {
  if (!STORE_IDS.includes(value)) {
    const near = closestMatch(value, STORE_IDS);
    issue(
      ctx,
      `unknown store "${value}"`,
      near ? `did you mean "${near}"?` : `use one of: ${STORE_IDS.join(", ")}`
    );
  }
});
var semverRange = string().superRefine((value, ctx) => {
  if ((0, import_valid.default)(value) === null) {
    issue(ctx, `"${value}" is not a semver range`, 'write a range like ">=2.0.0" or "^2.3.0 || ^3.0.0"');
  }
});
var appSchema = strictObject({
  id: string().regex(/^[a-z0-9-]+$/, { message: "app ids are lowercase letters, digits and hyphens" }),
  name: string().min(1),
  kind: _enum(APP_KINDS),
  launchedOn: isoDate.optional(),
  filing: strictObject({
    number: string().min(1).optional(),
    status: _enum(FILING_STATUSES),
    approvedOn: isoDate.optional(),
    via: string().min(1).optional()
  }),
  hosting: array(hosting).optional(),
  platforms: platformsSchema,
  stores: array(storeId).min(1),
  release: strictObject({
    tags: union([string().min(1), array(string().min(1)).min(1)]).optional(),
    versions: semverRange.optional(),
    /**
     * Channel packages (渠道包): the channel name a channel tool (Walle, VasDolly) writes into each
     * APK → the store that APK is uploaded to, so each channel APK is judged for its own store.
     */
    channels: record(string().min(1), storeId).optional()
  }).optional(),
  sources: strictObject({
    // A path, or { path, variant } naming the variant that ships (prodRelease, staging) when it is
    // not the `release` build type (issue 8: `staging initWith release`, flavoured releases).
    android: union([
      string().min(1),
      strictObject({
        path: string().min(1),
        variant: string().regex(/^[A-Za-z][A-Za-z0-9]*$/, "a Gradle variant name such as prodRelease").optional()
      })
    ]).optional(),
    ios: string().min(1).optional(),
    harmony: string().min(1).optional(),
    wechat: string().min(1).optional(),
    alipay: string().min(1).optional()
  }).optional()
}).superRefine((app, ctx) => {
  const allowed = PLATFORMS_BY_KIND[app.kind];
  const declared = Object.keys(app.platforms).filter((k) => app.platforms[k]);
  for (const key of declared) {
    if (!allowed.includes(key)) {
      issue(
        ctx,
        `a ${app.kind} cannot declare platform ${key}`,
        `platforms of a ${app.kind}: ${allowed.join(", ")}`,
        ["platforms", key]
      );
    }
  }
  if (declared.length === 0) {
    issue(ctx, "platforms declares no platform", `add one of: ${allowed.join(", ")}`, ["platforms"]);
  }
});
var holderSchema = strictObject({
  name: string().min(1),
  province: string().superRefine((value, ctx) => {
    if (!resolveProvince(value)) {
      const near = closestMatch(value, provinceSpellings());
      issue(
        ctx,
        `unknown province "${value}"`,
        near ? `did you mean "${near}"?` : "use the one-character abbreviation (沪, 京, 粤 …) or its pinyin (shanghai)"
      );
    }
  }),
  creditCode: string().superRefine((value, ctx) => {
    const problem = creditCodeProblem(value);
    if (problem) issue(ctx, problem, "copy the 统一社会信用代码 from the business licence");
  }).optional(),
  mainNumber: string().min(1).optional()
});
var waiverSchema = strictObject({
  rule: string().min(1),
  app: string().min(1).optional(),
  reason: string().optional(),
  expires: isoDate.optional()
});
var declarationSchema = strictObject({
  $schema: string().optional(),
  version: literal(1),
  holder: holderSchema,
  apps: array(appSchema).min(1),
  waivers: array(waiverSchema).optional()
}).superRefine((decl, ctx) => {
  const seen = /* @__PURE__ */ new Map();
  decl.apps.forEach((app, index) => {
    const first = seen.get(app.id);
    if (first !== void 0) {
      issue(ctx, `app id "${app.id}" is also used by apps[${first}]`, "give every app a unique id", [
        "apps",
        index,
        "id"
      ]);
    } else seen.set(app.id, index);
  });
});
var CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
var CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function creditCodeProblem(code) {
  if (code.length !== 18) return `creditCode has ${code.length} characters; a 统一社会信用代码 has 18`;
  const values = [...code.toUpperCase()].map((c) => CREDIT_CODE_ALPHABET.indexOf(c));
  const bad = values.findIndex((v) => v < 0);
  if (bad >= 0)
    return `creditCode character ${bad + 1} ("${code[bad]}") is not allowed (I, O, Z, S and V never occur)`;
  const sum = CREDIT_CODE_WEIGHTS.reduce((acc, weight, i) => acc + weight * values[i], 0);
  const expected = CREDIT_CODE_ALPHABET[(31 - sum % 31) % 31];
  if (code.toUpperCase()[17] !== expected) {
    return `creditCode check character is "${code[17]}" but the first 17 characters give "${expected}": a typo?`;
  }
  return void 0;
}

export {
  declarationSchema
};
