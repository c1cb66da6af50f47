"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// merged-entry:merged-entry:dist/chunks/action/diagnose-RVFJTSAM.js
var diagnose_RVFJTSAM_exports = {};
__export(diagnose_RVFJTSAM_exports, {
  diagnoseDeclaration: () => diagnoseDeclaration
});
module.exports = __toCommonJS(diagnose_RVFJTSAM_exports);

// node_modules/semver/ranges/valid.js, src/declaration/diagnose.ts, src/declaration/schema.ts, node_modules/zod/v4/mini/external.js, node_modules/zod/v4/locales/en.js, src/declaration/zod-locale.ts, src/declaration/errors.ts
var import_chunk_ED324SVL = require("./chunk-ED324SVL.js");

// src/findings.ts, from ../../index.js
var import__ = require("../../index.js");

// node_modules/semver/ranges/valid.js, src/declaration/diagnose.ts, src/declaration/schema.ts, node_modules/zod/v4/mini/external.js, node_modules/zod/v4/locales/en.js, src/declaration/zod-locale.ts, src/declaration/errors.ts
var import_chunk_OVFAO4KD = require("./chunk-OVFAO4KD.js");

// src/declaration/load.ts, src/declaration/valid.ts, src/declaration/shape.ts, src/declaration/plain-yaml.ts, src/declaration/yaml-scalars.ts, from ../../index.js
var import__2 = require("../../index.js");

// cfg-builtin:node:path, src/promised-fs.ts, cfg-builtin:node:util, from ../../index.js
var import__3 = require("../../index.js");

// src/declaration/suggest.ts, src/catalog/stores.ts, src/catalog/provinces.ts, from ../../index.js
var import__4 = require("../../index.js");

// cfg-builtin:node:buffer, from ../../index.js
var import__5 = require("../../index.js");

// src/excerpt.ts, from ../../index.js
var import__6 = require("../../index.js");

// src/china-time.ts, from ../../index.js
var import__7 = require("../../index.js");

// src/stdio.ts, src/action/stdout.ts, cfg-builtin:node:fs, from ../../index.js
var import__8 = require("../../index.js");

// node_modules/semver/ranges/valid.js, src/declaration/diagnose.ts, src/declaration/schema.ts, node_modules/zod/v4/mini/external.js, node_modules/zod/v4/locales/en.js, src/declaration/zod-locale.ts, src/declaration/errors.ts
var require_valid = (0, import__8.__cfg37___commonJS)({
  "node_modules/semver/ranges/valid.js"(exports2, module2) {
    "use strict";
    (0, import__8.__cfg37_init_stdout)();
    var Range = (0, import_chunk_OVFAO4KD.require_range)();
    var validRange2 = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module2.exports = validRange2;
  }
});
(0, import__8.__cfg37_init_stdout)();
(0, import__8.__cfg37_init_stdout)();
(0, import__8.__cfg37_init_stdout)();
(0, import__8.__cfg37_init_stdout)();
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue) => {
    switch (issue.code) {
      case "invalid_type": {
        const expected = getTypeName(issue.expected);
        const receivedType = (0, import_chunk_ED324SVL.parsedType)(issue.input);
        const received = getTypeName(receivedType, issue.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue.values.length === 1)
          return `Invalid input: expected ${(0, import_chunk_ED324SVL.stringifyPrimitive)(issue.values[0])}`;
        return `Invalid option: expected one of ${(0, import_chunk_ED324SVL.joinValues)(issue.values, "|")}`;
      case "too_big": {
        const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
        const sizing = getSizing(issue.origin);
        if (sizing)
          return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
        const sizing = getSizing(issue.origin);
        if (sizing) {
          return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${(0, import_chunk_ED324SVL.joinValues)(issue.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue.origin}`;
      case "invalid_union":
        if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
          const opts = issue.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}
var import_valid = (0, import__8.__cfg37___toESM)(require_valid(), 1);
(0, import__8.__cfg37_init_stdout)();
(0, import_chunk_ED324SVL.config)(en_default());
function report(ctx, problem) {
  if (!problem) return;
  const { message, hint, path = [] } = problem;
  ctx.addIssue({ code: "custom", message, path, params: hint ? { hint } : void 0 });
}
function checkedString(problem) {
  return (0, import_chunk_ED324SVL.string)().check((0, import_chunk_ED324SVL.superRefine)((value, ctx) => report(ctx, problem(value))));
}
var nonEmpty = () => (0, import_chunk_ED324SVL.string)().check((0, import_chunk_ED324SVL._minLength)(1));
var matching = ({ pattern, message }) => (0, import_chunk_ED324SVL.string)().check((0, import_chunk_ED324SVL._regex)(pattern, { message }));
var isoDate = checkedString(import__2.__cfg24_dateProblem);
var fingerprint = (name, hexLength) => checkedString((value) => (0, import__2.__cfg24_fingerprintProblem)(name, hexLength, value));
var certificate = (0, import_chunk_ED324SVL.strictObject)({
  md5: (0, import_chunk_ED324SVL.optional)(fingerprint("MD5", 32)),
  sha1: (0, import_chunk_ED324SVL.optional)(fingerprint("SHA-1", 40)),
  sha256: (0, import_chunk_ED324SVL.optional)(fingerprint("SHA-256", 64)),
  publicKey: (0, import_chunk_ED324SVL.optional)(checkedString(import__2.__cfg24_publicKeyProblem))
}).check((0, import_chunk_ED324SVL.superRefine)((cert, ctx) => report(ctx, (0, import__2.__cfg24_certificateProblem)(cert))));
var platformsSchema = (0, import_chunk_ED324SVL.strictObject)({
  android: (0, import_chunk_ED324SVL.optional)((0, import_chunk_ED324SVL.strictObject)({ package: matching((0, import__2.__cfg24_packageName)("android.package")), certificate })),
  ios: (0, import_chunk_ED324SVL.optional)((0, import_chunk_ED324SVL.strictObject)({ bundleId: matching((0, import__2.__cfg24_bundleId)("ios.bundleId")), certificate })),
  harmony: (0, import_chunk_ED324SVL.optional)(
    (0, import_chunk_ED324SVL.strictObject)({ bundleName: matching((0, import__2.__cfg24_packageName)("harmony.bundleName")), certificate })
  ),
  wechat: (0, import_chunk_ED324SVL.optional)((0, import_chunk_ED324SVL.strictObject)({ appId: matching(import__2.__cfg24_WECHAT_APP_ID) })),
  alipay: (0, import_chunk_ED324SVL.optional)((0, import_chunk_ED324SVL.strictObject)({ appId: matching(import__2.__cfg24_ALIPAY_APP_ID) })),
  baidu: (0, import_chunk_ED324SVL.optional)((0, import_chunk_ED324SVL.strictObject)({ appKey: nonEmpty() })),
  douyin: (0, import_chunk_ED324SVL.optional)((0, import_chunk_ED324SVL.strictObject)({ appId: matching(import__2.__cfg24_DOUYIN_APP_ID) })),
  quickApp: (0, import_chunk_ED324SVL.optional)((0, import_chunk_ED324SVL.strictObject)({ package: matching((0, import__2.__cfg24_packageName)("quickApp.package")) }))
});
var hosting = (0, import_chunk_ED324SVL.strictObject)({
  provider: nonEmpty(),
  region: (0, import_chunk_ED324SVL.optional)(nonEmpty()),
  location: (0, import_chunk_ED324SVL.optional)(nonEmpty()),
  mainland: (0, import_chunk_ED324SVL.optional)((0, import_chunk_ED324SVL.boolean)())
}).check((0, import_chunk_ED324SVL.superRefine)((h, ctx) => (0, import__2.__cfg24_hostingProblems)(h).forEach((problem) => report(ctx, problem))));
var storeId = checkedString(import__2.__cfg24_storeProblem);
var appSchema = (0, import_chunk_ED324SVL.strictObject)({
  id: matching(import__2.__cfg24_APP_ID),
  name: nonEmpty(),
  kind: (0, import_chunk_ED324SVL._enum)(import__2.__cfg24_APP_KINDS),
  launchedOn: (0, import_chunk_ED324SVL.optional)(isoDate),
  filing: (0, import_chunk_ED324SVL.strictObject)({
    number: (0, import_chunk_ED324SVL.optional)(nonEmpty()),
    status: (0, import_chunk_ED324SVL._enum)(import__2.__cfg24_FILING_STATUSES),
    approvedOn: (0, import_chunk_ED324SVL.optional)(isoDate),
    via: (0, import_chunk_ED324SVL.optional)(nonEmpty())
  }),
  hosting: (0, import_chunk_ED324SVL.optional)((0, import_chunk_ED324SVL.array)(hosting)),
  platforms: platformsSchema,
  stores: (0, import_chunk_ED324SVL.array)(storeId).check((0, import_chunk_ED324SVL._minLength)(1)),
  release: (0, import_chunk_ED324SVL.optional)(
    (0, import_chunk_ED324SVL.strictObject)({
      tags: (0, import_chunk_ED324SVL.optional)((0, import_chunk_ED324SVL.union)([nonEmpty(), (0, import_chunk_ED324SVL.array)(nonEmpty()).check((0, import_chunk_ED324SVL._minLength)(1))])),
      versions: (0, import_chunk_ED324SVL.optional)(checkedString((value) => (0, import__2.__cfg24_rangeProblem)(value, import_valid.default))),
      /**
       * Channel packages (渠道包): the channel name a channel tool (Walle, VasDolly) writes into each
       * APK → the store that APK is uploaded to, so each channel APK is judged for its own store.
       */
      channels: (0, import_chunk_ED324SVL.optional)((0, import_chunk_ED324SVL.record)(nonEmpty(), storeId))
    })
  ),
  sources: (0, import_chunk_ED324SVL.optional)(
    (0, import_chunk_ED324SVL.strictObject)({
      // A path, or { path, variant } naming the variant that ships (prodRelease, staging) when it is
      // not the `release` build type (issue 8: `staging initWith release`, flavoured releases).
      android: (0, import_chunk_ED324SVL.optional)(
        (0, import_chunk_ED324SVL.union)([
          nonEmpty(),
          (0, import_chunk_ED324SVL.strictObject)({ path: nonEmpty(), variant: (0, import_chunk_ED324SVL.optional)(matching(import__2.__cfg24_GRADLE_VARIANT)) })
        ])
      ),
      ios: (0, import_chunk_ED324SVL.optional)(nonEmpty()),
      harmony: (0, import_chunk_ED324SVL.optional)(nonEmpty()),
      wechat: (0, import_chunk_ED324SVL.optional)(nonEmpty()),
      alipay: (0, import_chunk_ED324SVL.optional)(nonEmpty())
    })
  )
}).check((0, import_chunk_ED324SVL.superRefine)((app, ctx) => (0, import__2.__cfg24_platformProblems)(app).forEach((problem) => report(ctx, problem)))).check((0, import_chunk_ED324SVL.superRefine)((app, ctx) => (0, import__2.__cfg24_channelProblems)(app).forEach((problem) => report(ctx, problem))));
var holderSchema = (0, import_chunk_ED324SVL.strictObject)({
  name: nonEmpty(),
  province: checkedString(import__2.__cfg24_provinceProblem),
  creditCode: (0, import_chunk_ED324SVL.optional)(checkedString(import__2.__cfg24_creditCodeIssue)),
  mainNumber: (0, import_chunk_ED324SVL.optional)(nonEmpty())
});
var waiverSchema = (0, import_chunk_ED324SVL.strictObject)({
  rule: nonEmpty(),
  app: (0, import_chunk_ED324SVL.optional)(nonEmpty()),
  reason: (0, import_chunk_ED324SVL.optional)((0, import_chunk_ED324SVL.string)()),
  expires: (0, import_chunk_ED324SVL.optional)(isoDate)
});
var declarationSchema = (0, import_chunk_ED324SVL.strictObject)({
  $schema: (0, import_chunk_ED324SVL.optional)((0, import_chunk_ED324SVL.string)()),
  version: (0, import_chunk_ED324SVL.literal)(1),
  holder: holderSchema,
  apps: (0, import_chunk_ED324SVL.array)(appSchema).check((0, import_chunk_ED324SVL._minLength)(1)),
  waivers: (0, import_chunk_ED324SVL.optional)((0, import_chunk_ED324SVL.array)(waiverSchema))
}).check(
  (0, import_chunk_ED324SVL.superRefine)((decl, ctx) => (0, import__2.__cfg24_duplicateIdProblems)(decl.apps).forEach((problem) => report(ctx, problem)))
);
(0, import__8.__cfg37_init_stdout)();
function formatKeyPath(path) {
  return path.map((segment, i) => {
    if (typeof segment === "number") return `[${segment}]`;
    const text = /^[\w$-]{1,40}$/.test(String(segment)) ? String(segment) : (0, import__6.__cfg34_quoteExcerpt)(String(segment), 40);
    return i === 0 ? text : `.${text}`;
  }).join("");
}
function describeValue(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return (0, import__6.__cfg34_quoteExcerpt)(value);
  return `${typeof value} ${(0, import__6.__cfg34_quoteExcerpt)(String(value)).slice(1, -1)}`;
}
var EXPECTED_WORDS = {
  object: "a mapping (key: value lines)",
  array: 'a list (lines starting with "- ")',
  string: "text",
  boolean: "true or false",
  number: "a number"
};
function valueAt(root, path) {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[segment];
  }
  return node;
}
function allowedKeysAt(path) {
  let schema = declarationSchema;
  const unwrap = (s) => {
    let current = s;
    while (current?.def && (current.def.type === "optional" || current.def.type === "nullable" || current.def.type === "default")) {
      current = current.def.innerType;
    }
    return current;
  };
  for (const segment of path) {
    const current = unwrap(schema);
    if (current?.def?.type === "object" && typeof segment === "string") schema = current.def.shape?.[segment];
    else if (current?.def?.type === "array" && typeof segment === "number") schema = current.def.element;
    else return [];
  }
  const target = unwrap(schema);
  return target?.def?.type === "object" ? Object.keys(target.def.shape ?? {}) : [];
}
function appIdFor(root, path) {
  if (path[0] !== "apps" || typeof path[1] !== "number") return void 0;
  const id = valueAt(root, ["apps", path[1], "id"]);
  return typeof id === "string" ? id : void 0;
}
function finding(message, location, app) {
  return { rule: "declaration-schema", severity: "error", ...app ? { app } : {}, message, location };
}
function missingKey(path, expected, app, locate) {
  const key = String(path[path.length - 1]);
  const parent = path.slice(0, -1);
  return finding(
    `${parent.length ? formatKeyPath(parent) : "top level"}: missing required key "${key}". Add ${key}: ${expected}.`,
    locate(parent, "key"),
    app
  );
}
function schemaIssueToFinding(issue, root, file, locate, sourceAt2) {
  const path = issue.path.filter((p) => typeof p !== "symbol");
  const app = appIdFor(root, path);
  const where = path.length ? formatKeyPath(path) : file;
  const actual = valueAt(root, path);
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => {
        const near = (0, import__4.__cfg26_closestMatch)(key, allowedKeysAt(path));
        const allowed = allowedKeysAt(path);
        const hint = near ? `Did you mean "${near}"?` : allowed.length ? `Allowed keys: ${allowed.join(", ")}.` : "Remove it.";
        return finding(
          `${path.length ? where : "top level"}: unknown key ${(0, import__6.__cfg34_quoteExcerpt)(key)}. ${hint}`,
          locate([...path, key], "key"),
          app
        );
      });
    case "invalid_type": {
      if (actual === void 0)
        return [missingKey(path, `${EXPECTED_WORDS[issue.expected] ?? issue.expected}`, app, locate)];
      const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
      const location = locate(path);
      let quoteHint = "";
      if (issue.expected === "string" && (typeof actual === "number" || typeof actual === "boolean")) {
        const written = sourceAt2(location);
        const asWritten = written !== void 0 && !(0, import__2.__cfg24_plainIsString)(written) ? written : String(actual);
        quoteHint = ` YAML read it as ${typeof actual}: put it in quotes, e.g. ${(0, import__6.__cfg34_quoteExcerpt)(asWritten)}.`;
      }
      return [
        finding(`${where}: expected ${expected}, found ${describeValue(actual)}.${quoteHint}`, location, app)
      ];
    }
    case "invalid_value": {
      const options = issue.values.map(String);
      if (actual === void 0)
        return [
          missingKey(path, options.length === 1 ? options[0] : `one of ${options.join(", ")}`, app, locate)
        ];
      const near = typeof actual === "string" ? (0, import__4.__cfg26_closestMatch)(actual, options) : void 0;
      const list = options.length === 1 ? options[0] : `one of ${options.join(", ")}`;
      return [
        finding(
          `${where}: ${describeValue(actual)} is not allowed; write ${list}.${near ? ` Did you mean "${near}"?` : ""}`,
          locate(path),
          app
        )
      ];
    }
    case "too_small":
      return [
        finding(
          issue.origin === "array" ? `${where}: the list is empty; list at least ${String(issue.minimum)} item.` : `${where}: must not be empty.`,
          locate(path),
          app
        )
      ];
    case "invalid_format":
      return [
        finding(`${where}: ${describeValue(actual)} is malformed: ${issue.message}.`, locate(path), app)
      ];
    case "invalid_union":
      return [
        finding(
          `${where}: ${describeValue(actual)} is not valid here: expected a glob or a list of globs.`,
          locate(path),
          app
        )
      ];
    case "custom": {
      const hint = issue.params?.hint;
      const fix = hint ? ` ${hint.charAt(0).toUpperCase()}${hint.slice(1)}${/[.?!]$/.test(hint) ? "" : "."}` : "";
      return [finding(`${where}: ${issue.message}.${fix}`, locate(path), app)];
    }
    default:
      return [finding(`${where}: ${issue.message}.`, locate(path), app)];
  }
}
function sourceAt(text, lineStarts, location) {
  if (location.endLine !== location.line || location.endColumn === void 0) return void 0;
  const lineStart = lineStarts[location.line - 1];
  return text.slice(lineStart + location.column - 1, lineStart + location.endColumn - 1);
}
var MAX_SCHEMA_FINDINGS = 50;
function diagnoseDeclaration(read, text, file) {
  const raw = read.value;
  const locate = (0, import__2.__cfg24_locator)(read, () => text, file);
  const result = declarationSchema.safeParse(raw);
  if (result.success) return { declaration: { file, data: result.data, locate }, findings: [] };
  const findings = [];
  let described = 0;
  let lineStarts;
  for (const issue of result.error.issues) {
    if (findings.length >= MAX_SCHEMA_FINDINGS) break;
    findings.push(
      ...schemaIssueToFinding(
        issue,
        raw,
        file,
        locate,
        (location) => sourceAt(text, lineStarts ??= (0, import__2.__cfg24_lineStartsOf)(text), location)
      )
    );
    described++;
  }
  const more = result.error.issues.length - described + Math.max(0, findings.length - MAX_SCHEMA_FINDINGS);
  if (more > 0) {
    findings.splice(MAX_SCHEMA_FINDINGS);
    const last = findings.filter((f) => f.location?.line !== void 0).sort(import__.__cfg19_compareFindings).at(-1)?.location;
    findings.push({
      rule: "declaration-schema",
      severity: "error",
      message: `and ${more} more schema errors not shown. Fix the ones above first; is this file a china-filing declaration?`,
      location: last ? { file, line: last.line, column: last.column } : { file, line: 1, column: 1 }
    });
  }
  return { findings };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  diagnoseDeclaration
});
//# sourceMappingURL=diagnose-RVFJTSAM.js.map
