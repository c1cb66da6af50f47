import {
  isSecondaryModule,
  pathSegments
} from "./chunk-JCSDZ5K4.js";
import {
  LEGACY_PROVINCE_ALIASES,
  MINI_PROGRAM_PLATFORMS,
  PROVINCES,
  STORE_IDS,
  findStore,
  require_range,
  require_semver,
  resolveProvince
} from "./chunk-XX43KU6O.js";
import {
  escapeControls,
  quoteExcerpt
} from "./chunk-YA34C2UJ.js";
import {
  closestMatch,
  editDistance
} from "./chunk-RS45BQ7I.js";
import {
  listSome
} from "./chunk-6XKLYHM3.js";
import {
  chinaDateOf,
  daysBetween
} from "./chunk-ZZLBI4GZ.js";
import {
  __commonJS,
  __toESM
} from "./chunk-ERADHNRU.js";

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var valid2 = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid2;
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies2 = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies2;
  }
});

// src/release/version.ts
var import_satisfies = __toESM(require_satisfies(), 1);
var import_valid = __toESM(require_valid(), 1);
var DEFAULT_TAG_GLOB = "v*";
function versionFromTag(tag) {
  const match = /(?:^|[-@/_])v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(tag);
  if (!match) return void 0;
  return (0, import_valid.default)(match[1]) ?? void 0;
}
function tagFromRef(ref) {
  return ref?.startsWith("refs/tags/") ? ref.slice("refs/tags/".length) : void 0;
}
function tagGlobs(tags) {
  if (tags === void 0) return [DEFAULT_TAG_GLOB];
  return typeof tags === "string" ? [tags] : [...tags];
}
var picomatch;
async function loadTagMatcher() {
  picomatch ??= (await import("./picomatch-SGFFR7GK.js")).default;
}
function tagMatches(tag, globs) {
  if (!picomatch) throw new Error("the tag matcher was used before loadTagMatcher() loaded it");
  const matcher = picomatch;
  return globs.some((glob) => matcher.isMatch(tag, glob, { dot: true }));
}
function versionInRange(version, range) {
  return (0, import_satisfies.default)(version, range, { includePrerelease: true });
}

// src/rules/declaration.ts
var declarationSyntax = {
  meta: {
    id: "declaration-syntax",
    description: "The declaration must exist, be readable UTF-8 YAML under 1 MiB, with no duplicate keys or alias bombs.",
    defaultSeverity: "error"
  }
};
var declarationSchema = {
  meta: {
    id: "declaration-schema",
    description: "Every key, type and enum value of the declaration must be valid.",
    defaultSeverity: "error"
  }
};

// src/filing/timeline.ts
var NOTICE_DATE = "2023-08-04";
var EXISTING_APP_DEADLINE = "2024-03-31";
function filingObligation(launchedOn, today) {
  if (launchedOn === void 0) return { kind: "unknown-launch" };
  if (launchedOn < NOTICE_DATE) {
    return {
      kind: "existing",
      deadline: EXISTING_APP_DEADLINE,
      overdueDays: Math.max(0, daysBetween(EXISTING_APP_DEADLINE, today))
    };
  }
  return { kind: "new" };
}
function describeObligation(obligation) {
  switch (obligation.kind) {
    case "existing":
      return obligation.overdueDays > 0 ? `it was live before ${NOTICE_DATE}, so it had to be filed by ${EXISTING_APP_DEADLINE} (overdue by ${obligation.overdueDays} days; unfiled apps are taken down)` : `it was live before ${NOTICE_DATE}, so it must be filed by ${EXISTING_APP_DEADLINE}`;
    case "new":
      return "an app that was not live before 2023-08-04 must be filed before it is distributed in mainland China";
    case "unknown-launch":
      return "it must be filed before it is distributed in mainland China (add launchedOn to see its deadline)";
  }
}

// src/rules/rule.ts
function reporter(meta13) {
  return (severity, message, options = {}) => ({
    rule: meta13.id,
    severity,
    ...options.app !== void 0 ? { app: options.app } : {},
    message,
    ...options.location ? { location: options.location } : {}
  });
}
function appLocation(context, scope, path, part) {
  return context.declaration.locate(["apps", scope.index, ...path], part);
}
function appAt(context, scope, path, part) {
  let location;
  return {
    app: scope.app.id,
    get location() {
      return location ??= appLocation(context, scope, path, part);
    }
  };
}

// src/rules/filing-required.ts
var meta = {
  id: "filing-required",
  description: "An app bound for a mainland store must be filed: status not-filed, or approved without a number, fails.",
  defaultSeverity: "error"
};
var report = reporter(meta);
var filingRequired = {
  meta,
  check(context) {
    const findings = [];
    for (const scope of context.apps) {
      const { app } = scope;
      if (!scope.inScope) continue;
      if (scope.mainlandStores.length === 0) {
        const stores = scope.stores.length ? scope.stores.join(", ") : "none in this run";
        findings.push(
          report(
            "notice",
            `${app.id} is not distributed in mainland China (stores: ${stores}); no filing is needed for it.`,
            {
              app: app.id,
              location: appLocation(context, scope, ["stores"], "key")
            }
          )
        );
        continue;
      }
      const where = `${app.id} is bound for ${scope.mainlandStores.join(", ")}`;
      const obligation = describeObligation(filingObligation(app.launchedOn, context.today));
      if (app.filing.status === "not-filed") {
        findings.push(
          report(
            "error",
            `${where} but is not filed (APP备案): ${obligation}. File it through your access provider or platform, then set filing.status: approved and filing.number.`,
            { app: app.id, location: appLocation(context, scope, ["filing", "status"]) }
          )
        );
      } else if (app.filing.status === "approved" && !app.filing.number) {
        findings.push(
          report(
            "error",
            `${where} and says its filing is approved, but filing.number is missing. Add the number MIIT issued (e.g. 沪ICP备2023012345号-2A).`,
            { app: app.id, location: appLocation(context, scope, ["filing", "status"]) }
          )
        );
      }
    }
    return findings;
  }
};

// src/rules/filing-approved.ts
var meta2 = {
  id: "filing-approved",
  description: "A pending filing blocks a release (a warning on pull requests); an approval date cannot lie in the future.",
  defaultSeverity: "error"
};
var report2 = reporter(meta2);
var filingApproved = {
  meta: meta2,
  check(context) {
    const findings = [];
    for (const scope of context.judged) {
      const { app } = scope;
      if (app.filing.status === "pending") {
        const severity = context.mode === "pull-request" ? "warning" : "error";
        findings.push(
          report2(
            severity,
            `${app.id}: the filing is pending, and an app may not be distributed in mainland China before its number is issued (the provincial bureau decides within 20 working days of a complete submission). When the number arrives, set filing.status: approved and filing.number.`,
            { app: app.id, location: appLocation(context, scope, ["filing", "status"]) }
          )
        );
      }
      const approvedOn = app.filing.approvedOn;
      if (approvedOn && daysBetween(context.today, approvedOn) > 0) {
        findings.push(
          report2(
            "error",
            `${app.id}: filing.approvedOn ${approvedOn} is after today (${context.today}). Correct the date.`,
            {
              app: app.id,
              location: appLocation(context, scope, ["filing", "approvedOn"])
            }
          )
        );
      }
    }
    return findings;
  }
};

// src/filing/number.ts
var SERVICE_TYPE_KINDS = {
  A: "app",
  X: "mini-program",
  K: "quick-app"
};
var EXAMPLE = "京ICP备2023012345号-1A";
var TYPE_LETTERS = "A = app, X = mini program, K = quick app";
var SERIAL_WIDTHS = {
  "icp-filing": [8, 10],
  "icp-licence": [6],
  b2: [8]
};
var NOT_MAINLAND = { 港: "Hong Kong", 澳: "Macau", 台: "Taiwan" };
var NOT_USED = { 贵: "黔", 云: "滇" };
var FULL_WIDTH = /[\uFF01-\uFF5E]/g;
function fail(problem, hint) {
  return { ok: false, problem, hint };
}
function normalise(raw) {
  const text = raw.trim();
  if (text === "")
    return fail("the filing number is empty", `Write the number from the filing notice, e.g. ${EXAMPLE}.`);
  const fullWidth = text.match(FULL_WIDTH);
  if (fullWidth) {
    const halfWidth = text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 65248));
    return fail(
      `contains full-width characters (${[...new Set(fullWidth)].join(" ")})`,
      `Stores match the exact half-width string: write ${halfWidth.replace(/\s+/g, "")}.`
    );
  }
  const space = /\s/.exec(text);
  if (space) {
    return fail(
      `contains whitespace at character ${space.index + 1}`,
      `A filing number has no spaces: write ${text.replace(/\s+/g, "")}.`
    );
  }
  return { ok: true, value: text, rest: text };
}
function parseProvince(text) {
  const first = [...text][0] ?? "";
  const rest = text.slice(first.length);
  if (PROVINCES.some((p) => p.abbr === first)) {
    return { ok: true, value: { province: first, currentProvince: first, legacyProvince: false }, rest };
  }
  const current = LEGACY_PROVINCE_ALIASES[first];
  if (current) {
    return { ok: true, value: { province: first, currentProvince: current, legacyProvince: true }, rest };
  }
  if (text.startsWith("ICP") || text.startsWith("B2")) {
    return fail(
      `missing the province character before ${text.startsWith("ICP") ? "ICP" : "B2"}`,
      `A filing number starts with the province that issued it, e.g. ${EXAMPLE}.`
    );
  }
  const region = NOT_MAINLAND[first];
  if (region) {
    return fail(
      `${first} is not a mainland province: Hong Kong, Macau and Taiwan have no ICP filing`,
      `${region} is outside the MIIT filing system; an app for mainland China is filed in the mainland province where its holder is registered.`
    );
  }
  const instead = NOT_USED[first];
  if (instead) {
    return fail(
      `${first} is not used in filing numbers: current numbers use ${instead}`,
      `Check the number on the filing notice (beian.miit.gov.cn); it likely starts with ${instead}.`
    );
  }
  const joke = first === "萌" ? ' (萌ICP备 is a joke "moe" registry, not MIIT)' : "";
  return fail(
    `${first} is not a province${joke}`,
    `A filing number starts with one of ${PROVINCES.map((p) => p.abbr).join("")}, e.g. ${EXAMPLE}.`
  );
}
function parseShape(text, province) {
  if (text.startsWith("ICP备")) return { ok: true, value: "icp-filing", rest: text.slice(4) };
  if (text.startsWith("ICP证")) return { ok: true, value: "icp-licence", rest: text.slice(4) };
  if (text.startsWith("B2-")) return { ok: true, value: "b2", rest: text.slice(3) };
  if (/^icp/i.test(text) && !text.startsWith("ICP")) {
    return fail(
      `write ICP in capitals, not ${text.slice(0, 3)}`,
      `For example ${province}ICP备2023012345号-1A.`
    );
  }
  if (text.startsWith("ICP")) {
    const next2 = text.slice(3, 4);
    return fail(
      next2 ? `expected 备 or 证 after ICP, found ${next2}` : "the number ends after ICP",
      `ICP备 is a filing, ICP证 a licence: e.g. ${province}ICP备2023012345号-1A.`
    );
  }
  if (text.startsWith("b2")) {
    return fail("write B2 in capitals, not b2", `For example ${province}B2-20090059-1A.`);
  }
  if (text.startsWith("B2")) {
    return fail(
      "missing the hyphen after B2",
      `A B2 licence number is written ${province}B2-<8 digits>, e.g. 粤B2-20090059-2674A.`
    );
  }
  const next = [...text][0];
  return fail(
    next ? `unexpected ${next} after ${province}: expected ICP备, ICP证 or B2-` : `the number ends after ${province}`,
    `The province is followed by ICP备 (filing), ICP证 (licence) or B2- (B2 licence), e.g. ${province}ICP备2023012345号-1A.`
  );
}
function describeWidths(shape) {
  if (shape === "icp-filing") return "ICP备 serials have 8 (old) or 10 (YYYY + 6) digits";
  if (shape === "icp-licence") return "ICP证 licence numbers have 6 digits";
  return "B2 licence numbers have 8 digits";
}
function parseSerial(text, shape, head) {
  const serial = /^\d*/.exec(text)[0];
  const rest = text.slice(serial.length);
  if (serial === "") {
    return fail(
      `missing the serial digits after ${head}`,
      `For example ${head}${shape === "b2" ? "20090059" : "2023012345号"}.`
    );
  }
  if (!SERIAL_WIDTHS[shape].includes(serial.length)) {
    return fail(
      `serial has ${serial.length} digits; ${describeWidths(shape)}`,
      "Copy the number exactly from the filing notice (beian.miit.gov.cn)."
    );
  }
  if (shape === "b2") {
    if (rest.startsWith("号")) {
      return fail("B2 licence numbers have no 号 after the digits", `Write ${head}${serial}${rest.slice(1)}.`);
    }
    return { ok: true, value: serial, rest };
  }
  if (!rest.startsWith("号")) return fail("missing 号 after the serial", `Write ${head}${serial}号${rest}.`);
  return { ok: true, value: serial, rest: rest.slice(1) };
}
function parseMain(raw) {
  const text = normalise(raw);
  if (!text.ok) return text;
  const province = parseProvince(text.value);
  if (!province.ok) return province;
  const shape = parseShape(province.rest, province.value.province);
  if (!shape.ok) return shape;
  const head = text.value.slice(0, text.value.length - shape.rest.length);
  const serial = parseSerial(shape.rest, shape.value, head);
  if (!serial.ok) return serial;
  const mainNumber = text.value.slice(0, text.value.length - serial.rest.length);
  return {
    ok: true,
    value: { ...province.value, mainNumber, shape: shape.value, serial: serial.value },
    rest: serial.rest
  };
}
function parseService(text, mainNumber) {
  if (!text.startsWith("-")) {
    if (/^\d/.test(text))
      return fail(`missing the hyphen after ${mainNumber}`, `Write ${mainNumber}-${text}.`);
    return fail(
      `unexpected ${[...text][0]} after ${mainNumber}: expected -<sequence><type letter>`,
      `The service number is ${mainNumber}-<sequence><type letter>, e.g. ${mainNumber}-1A.`
    );
  }
  const digits = /^\d*/.exec(text.slice(1))[0];
  const rest = text.slice(1 + digits.length);
  if (digits === "") {
    return fail(
      rest ? `missing the sequence number between - and ${[...rest][0]}` : "nothing after the hyphen",
      `The service number is ${mainNumber}-<sequence><type letter>, e.g. ${mainNumber}-1A; the sequence is on the filing notice.`
    );
  }
  if (digits.startsWith("0")) {
    return fail(
      `sequence ${digits} starts with 0`,
      "Sequences start at 1 and have no leading zero; copy the number from the filing notice."
    );
  }
  const sequence = Number(digits);
  if (rest === "") return { ok: true, value: { sequence, type: null }, rest };
  const letter = [...rest][0];
  if (rest.length > 1) {
    return fail(
      `unexpected ${rest.slice(1)} after the type letter ${letter}`,
      `A filing number ends with its type letter, e.g. ${mainNumber}-${digits}${letter}.`
    );
  }
  if (letter === "A" || letter === "X" || letter === "K")
    return { ok: true, value: { sequence, type: letter }, rest: "" };
  const upper = letter.toUpperCase();
  if (upper === "A" || upper === "X" || upper === "K") {
    return fail(`lowercase type letter ${letter}: write ${upper}`, `Write ${mainNumber}-${digits}${upper}.`);
  }
  if (/^[A-Za-z]$/.test(letter)) {
    return fail(
      `unknown type letter ${letter}: ${TYPE_LETTERS}`,
      `For an app write ${mainNumber}-${digits}A.`
    );
  }
  return fail(
    `unexpected ${letter} after the sequence: expected a type letter (${TYPE_LETTERS})`,
    `For an app write ${mainNumber}-${digits}A.`
  );
}
function serialYearOf(shape, serial) {
  if (shape !== "icp-filing") return null;
  if (serial.length === 10) return Number(serial.slice(0, 4));
  const yy = Number(serial.slice(0, 2));
  return yy >= 90 ? 1900 + yy : 2e3 + yy;
}
function toNumber(raw, main, sequence, type) {
  return { raw: raw.trim(), ...main, serialYear: serialYearOf(main.shape, main.serial), sequence, type };
}
function parseFilingNumber(raw) {
  const main = parseMain(raw);
  if (!main.ok) return main;
  const { mainNumber } = main.value;
  if (main.rest === "") {
    return fail(
      `this is a main (subject) number; the app's service number adds -<seq><type>, e.g. ${mainNumber}-1A`,
      `Copy the app's own service number from the filing notice (${TYPE_LETTERS}).`
    );
  }
  const service = parseService(main.rest, mainNumber);
  if (!service.ok) return service;
  return { ok: true, number: toNumber(raw, main.value, service.value.sequence, service.value.type) };
}
function parseMainNumber(raw) {
  const main = parseMain(raw);
  if (!main.ok) return main;
  const { mainNumber } = main.value;
  if (main.rest !== "") {
    const service = parseService(main.rest, mainNumber);
    if (service.ok) {
      return fail(
        `this is a service number; the main (subject) number is ${mainNumber}`,
        `Write ${mainNumber}: the main number is the part before -${main.rest.slice(1)}.`
      );
    }
    return fail(
      `unexpected ${main.rest} after ${mainNumber}`,
      `A main number ends after its serial: write ${mainNumber}.`
    );
  }
  return { ok: true, number: toNumber(raw, main.value, null, null) };
}
function placeholderReason(n) {
  const { serial } = n;
  if (/^(\d)\1*$/.test(serial)) return `looks like a placeholder: serial ${serial} is one digit repeated`;
  if ("01234567890".includes(serial) || "9876543210".includes(serial)) {
    return `looks like a placeholder: serial ${serial} is a run of consecutive digits`;
  }
  return void 0;
}

// src/rules/filing-number-format.ts
var meta3 = {
  id: "filing-number-format",
  description: "A filing number must be well formed, carry the type letter of the app kind (A app, X mini program, K quick app), and not be a placeholder or carry a future year.",
  defaultSeverity: "error"
};
var report3 = reporter(meta3);
var LETTER_FOR_KIND = { app: "A", "mini-program": "X", "quick-app": "K" };
var KIND_WORDS = {
  app: "an app",
  "mini-program": "a mini program",
  "quick-app": "a quick app"
};
var FIRST_TEN_DIGIT_YEAR = 2018;
var capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);
var filingNumberFormat = {
  meta: meta3,
  check(context) {
    const findings = [];
    const currentYear = Number(context.today.slice(0, 4));
    const mainNumber = context.declaration.data.holder.mainNumber;
    if (mainNumber !== void 0) {
      const parsed = parseMainNumber(mainNumber);
      if (!parsed.ok) {
        findings.push(
          report3(
            "error",
            `holder.mainNumber ${quoteExcerpt(mainNumber)}: ${parsed.problem}. ${parsed.hint}`,
            {
              location: context.declaration.locate(["holder", "mainNumber"])
            }
          )
        );
      }
    }
    for (const scope of context.judged) {
      const { app } = scope;
      const raw = app.filing.number;
      if (raw === void 0) continue;
      const at = appAt(context, scope, ["filing", "number"]);
      const parsed = parseFilingNumber(raw);
      if (!parsed.ok) {
        findings.push(
          report3(
            "error",
            `${app.id}: filing number ${quoteExcerpt(raw)}: ${parsed.problem}. ${parsed.hint}`,
            at
          )
        );
        continue;
      }
      const number = parsed.number;
      const expected = LETTER_FOR_KIND[app.kind];
      if (number.type === null) {
        findings.push(
          report3(
            "error",
            `${app.id}: ${quoteExcerpt(raw)} is a website number (no type letter). ${capitalize(KIND_WORDS[app.kind])}'s service number ends in ${expected}, e.g. ${number.mainNumber}-${number.sequence ?? 1}${expected}; copy the app's own number from the filing notice.`,
            at
          )
        );
        continue;
      }
      if (number.type !== expected) {
        findings.push(
          report3(
            "error",
            `${app.id}: ${quoteExcerpt(raw)} ends in ${number.type}, the letter of ${KIND_WORDS[SERVICE_TYPE_KINDS[number.type]]}, but this is ${KIND_WORDS[app.kind]} (kind: ${app.kind}), whose number ends in ${expected}. Use this app's own filing number, or fix kind.`,
            at
          )
        );
      }
      const placeholder = placeholderReason(number);
      if (placeholder) {
        findings.push(
          report3(
            "warning",
            `${app.id}: ${quoteExcerpt(raw)} ${placeholder}. Use the number MIIT issued for this app.`,
            at
          )
        );
      }
      if (number.legacyProvince) {
        findings.push(
          report3(
            "warning",
            `${app.id}: ${quoteExcerpt(raw)} starts with the legacy character ${number.province}; current numbers use ${number.currentProvince}. Check the number on the filing notice (beian.miit.gov.cn).`,
            at
          )
        );
      }
      if (number.serial.length === 10 && number.serialYear !== null) {
        if (number.serialYear > currentYear) {
          findings.push(
            report3(
              "error",
              `${app.id}: ${quoteExcerpt(raw)} has serial year ${number.serialYear}, after this year (${currentYear}): no such number can have been issued. A typo in the serial?`,
              at
            )
          );
        } else if (number.serialYear < FIRST_TEN_DIGIT_YEAR) {
          findings.push(
            report3(
              "warning",
              `${app.id}: ${quoteExcerpt(raw)} has a 10-digit serial starting ${number.serialYear}; 10-digit serials start with their year, ${FIRST_TEN_DIGIT_YEAR} or later. Check the serial.`,
              at
            )
          );
        }
      }
    }
    return findings;
  }
};

// src/rules/filing-holder.ts
var meta4 = {
  id: "filing-holder",
  description: "Filing numbers must belong to the holder: the holder's province, its main number, one main number for all its apps, one service number per app.",
  defaultSeverity: "error"
};
var report4 = reporter(meta4);
var filingHolder = {
  meta: meta4,
  check(context) {
    const findings = [];
    const { holder } = context.declaration.data;
    const province = resolveProvince(holder.province);
    if (province?.legacyAlias) {
      findings.push(
        report4(
          "warning",
          `holder.province ${quoteExcerpt(holder.province)} is a legacy character; filing numbers use ${province.province.abbr} for ${province.province.english}. Write province: ${province.province.abbr}.`,
          { location: context.declaration.locate(["holder", "province"]) }
        )
      );
    }
    const declaredMain = holder.mainNumber ? parseMainNumber(holder.mainNumber) : void 0;
    const mainNumber = declaredMain?.ok ? declaredMain.number.mainNumber : void 0;
    const numbered = [];
    for (const scope of context.judged) {
      const raw = scope.app.filing.number;
      const parsed = raw === void 0 ? void 0 : parseFilingNumber(raw);
      if (parsed?.ok) numbered.push({ scope, number: parsed.number });
    }
    for (const { scope, number } of numbered) {
      const at = appAt(context, scope, ["filing", "number"]);
      if (province && number.currentProvince !== province.province.abbr) {
        findings.push(
          report4(
            "error",
            `${scope.app.id}: filing number ${number.raw} was issued in ${number.province}, but the holder's province is ${province.province.abbr} (${province.province.english}). A holder files where it is domiciled: fix holder.province or the number.`,
            at
          )
        );
      }
      if (mainNumber && number.mainNumber !== mainNumber) {
        findings.push(
          report4(
            "error",
            `${scope.app.id}: filing number ${number.raw} does not extend the holder's main number ${mainNumber}. An app's service number is the main number followed by -<seq><type>: check both.`,
            at
          )
        );
      }
    }
    if (!mainNumber) {
      const byMain = /* @__PURE__ */ new Map();
      for (const { scope, number } of numbered)
        byMain.set(number.mainNumber, [...byMain.get(number.mainNumber) ?? [], scope.app.id]);
      if (byMain.size > 1) {
        const [majority] = [...byMain.entries()].sort((a, b) => b[1].length - a[1].length)[0];
        for (const { scope, number } of numbered) {
          if (number.mainNumber === majority) continue;
          findings.push(
            report4(
              "error",
              `${scope.app.id}: filing number ${number.raw} has main number ${number.mainNumber}, but other apps of ${holder.name} use ${majority}. One holder has one main number: check which is right, and set holder.mainNumber.`,
              { app: scope.app.id, location: appLocation(context, scope, ["filing", "number"]) }
            )
          );
        }
      }
    }
    const firstUse = /* @__PURE__ */ new Map();
    for (const { scope, number } of numbered) {
      const earlier = firstUse.get(number.raw);
      if (earlier) {
        findings.push(
          report4(
            "error",
            `${scope.app.id}: filing number ${number.raw} is also declared for ${earlier}. Each app has its own service number: copy this app's number from its filing notice.`,
            { app: scope.app.id, location: appLocation(context, scope, ["filing", "number"]) }
          )
        );
      } else firstUse.set(number.raw, scope.app.id);
    }
    return findings;
  }
};

// src/catalog/regions.ts
var CLOUD_PROVIDERS = [
  { id: "aliyun", name: "Alibaba Cloud", aliases: ["alibaba", "alibaba-cloud", "alibabacloud", "alicloud"] },
  { id: "tencent", name: "Tencent Cloud", aliases: ["tencent-cloud", "tencentcloud", "qcloud"] },
  { id: "huawei", name: "Huawei Cloud", aliases: ["huaweicloud", "huawei-cloud"] },
  { id: "aws", name: "Amazon Web Services (China)", aliases: ["amazon", "aws-cn"] },
  { id: "azure", name: "Azure operated by 21Vianet", aliases: ["azure-china", "21vianet"] },
  { id: "baidu", name: "Baidu AI Cloud", aliases: ["baidu-cloud", "baiducloud", "bce"] },
  { id: "volcengine", name: "Volcano Engine", aliases: ["volcano", "volcano-engine", "bytedance"] },
  { id: "gcp", name: "Google Cloud", aliases: ["google", "google-cloud"] }
];
function group(provider, mainland, confidence, source, regions) {
  return regions.map(([region, name]) => ({ provider, region, mainland, name, confidence, source }));
}
var MAINLAND = true;
var NOT_MAINLAND2 = false;
var ALIYUN = [
  // Alibaba "Regions and zones", mainland heading (alibabacloud.com/help/ja/doc-detail/188196.htm). High.
  ...group("aliyun", MAINLAND, "high", "alibabacloud.com/help/ja/doc-detail/188196.htm", [
    ["cn-qingdao", "Qingdao (青岛)"],
    ["cn-beijing", "Beijing (北京)"],
    ["cn-zhangjiakou", "Zhangjiakou (张家口)"],
    ["cn-huhehaote", "Hohhot (呼和浩特)"],
    ["cn-wulanchabu", "Ulanqab (乌兰察布)"],
    ["cn-hangzhou", "Hangzhou (杭州)"],
    ["cn-shanghai", "Shanghai (上海)"],
    ["cn-shenzhen", "Shenzhen (深圳)"],
    ["cn-heyuan", "Heyuan (河源)"],
    ["cn-guangzhou", "Guangzhou (广州)"],
    ["cn-chengdu", "Chengdu (成都)"]
  ]),
  // Local regions; a later Alibaba page marks Nanjing and Fuzhou "关停中" (closing), still mainland. High.
  ...group("aliyun", MAINLAND, "high", "help.aliyun.com/document_detail/2254821.html (ALB endpoints)", [
    ["cn-nanjing", "华东5 南京-本地地域 (Nanjing local region, closing)"],
    ["cn-fuzhou", "华东6 福州-本地地域 (Fuzhou local region, closing)"]
  ]),
  ...group("aliyun", MAINLAND, "high", "alibabacloud.com/help/doc-detail/181099.htm (ECI endpoints)", [
    ["cn-wuhan-lr", "华中1 武汉-本地地域 (Wuhan local region)"]
  ]),
  ...group(
    "aliyun",
    MAINLAND,
    "high",
    "alibabacloud.com/help/tr/nas/developer-reference/api-nas-2017-06-26-endpoint",
    [["cn-zhongwei", "西北2 中卫 (Zhongwei)"]]
  ),
  ...group("aliyun", MAINLAND, "high", "Alibaba ECS/ECI/ESS endpoint tables", [
    ["cn-zhengzhou-jva", "郑州 联通合营 (Zhengzhou, China Unicom joint venture)"]
  ]),
  // Finance and government clouds: listed in the CSG supported-regions page (High). The sources rate the
  // finance group "High/Medium"; cn-hangzhou-finance is taken as the SDK-endpoint-map-only one (Medium).
  ...group("aliyun", MAINLAND, "high", "help.aliyun.com/zh/csg/product-overview/supported-regions", [
    ["cn-shanghai-finance-1", "Shanghai Finance Cloud (上海金融云)"],
    ["cn-shenzhen-finance-1", "Shenzhen Finance Cloud (深圳金融云)"],
    ["cn-beijing-finance-1", "Beijing Finance Cloud (北京金融云, invitation only / 邀测)"],
    ["cn-north-2-gov-1", "华北2 政务云 (North China 2 government cloud)"]
  ]),
  ...group("aliyun", MAINLAND, "medium", "Alibaba SDK endpoint maps", [
    ["cn-hangzhou-finance", "Hangzhou Finance Cloud (杭州金融云)"]
  ]),
  // Not mainland, same Alibaba region pages. High.
  ...group("aliyun", NOT_MAINLAND2, "high", "alibabacloud.com/help/ja/doc-detail/188196.htm", [
    ["cn-hongkong", "Hong Kong (中国香港)"],
    ["ap-southeast-1", "Singapore"],
    ["ap-southeast-2", "Sydney (closed)"],
    ["ap-southeast-3", "Kuala Lumpur"],
    ["ap-southeast-5", "Jakarta"],
    ["ap-southeast-6", "Manila"],
    ["ap-southeast-7", "Bangkok"],
    ["ap-southeast-8", "Johor"],
    ["ap-northeast-1", "Tokyo"],
    ["ap-northeast-2", "Seoul"],
    ["ap-south-1", "Mumbai"],
    ["us-west-1", "United States (us-west-1)"],
    ["us-east-1", "United States (us-east-1)"],
    ["eu-central-1", "Europe (eu-central-1)"],
    ["eu-west-1", "Europe (eu-west-1)"],
    ["me-east-1", "Dubai"],
    ["me-central-1", "Riyadh"]
  ])
];
var TENCENT = [
  ...group("tencent", MAINLAND, "high", 'tencentcloud.com/document/product/628/33133 ("China" table)', [
    ["ap-guangzhou", "Guangzhou (广州)"],
    ["ap-shanghai", "Shanghai (上海)"],
    ["ap-nanjing", "Nanjing (南京)"],
    ["ap-beijing", "Beijing (北京)"],
    ["ap-chengdu", "Chengdu (成都)"],
    ["ap-chongqing", "Chongqing (重庆)"]
  ]),
  // Finance zones: "仅限金融机构…申请开通" (financial institutions only), still mainland.
  ...group("tencent", MAINLAND, "high", "tencentcloud.com/zh/document/product/239/4106", [
    ["ap-shanghai-fsi", "华东上海金融 (Shanghai finance)"],
    ["ap-shenzhen-fsi", "华南深圳金融 (Shenzhen finance)"],
    ["ap-beijing-fsi", "华北北京金融 (Beijing finance)"]
  ]),
  ...group("tencent", NOT_MAINLAND2, "high", "tencentcloud.com/document/product/628/33133", [
    ["ap-hongkong", "Hong Kong (港澳台地区(中国香港))"],
    ["ap-singapore", "Singapore"],
    ["ap-seoul", "Seoul"],
    ["ap-tokyo", "Tokyo"],
    ["ap-bangkok", "Bangkok"],
    ["ap-mumbai", "Mumbai"],
    ["ap-jakarta", "Jakarta"],
    ["na-siliconvalley", "Silicon Valley"],
    ["na-ashburn", "Ashburn"],
    ["na-toronto", "Toronto"],
    ["eu-frankfurt", "Frankfurt"],
    ["sa-saopaulo", "São Paulo"]
  ]),
  ...group("tencent", NOT_MAINLAND2, "medium", "public code; Tencent CLI DescribeRegions output", [
    ["ap-taipei", "Taipei (Taiwan)"]
  ])
];
var HUAWEI = [
  ...group("huawei", MAINLAND, "high", "support.huaweicloud.com/api-vas/vas_03_1121.html (VAS endpoints)", [
    ["cn-north-1", "华北-北京一 (Beijing 1)"],
    ["cn-north-4", "华北-北京四 (Beijing 4)"],
    ["cn-east-2", "华东-上海二 (Shanghai 2)"],
    ["cn-east-3", "华东-上海一 (Shanghai 1)"],
    ["cn-south-1", "华南-广州 (Guangzhou)"]
  ]),
  ...group("huawei", MAINLAND, "high", "support.huaweicloud.com/api-workspace/workspace_09_0004.html", [
    ["cn-southwest-2", "西南-贵阳一 (Guiyang 1)"],
    ["cn-north-9", "华北-乌兰察布一 (Ulanqab 1)"],
    ["cn-east-5", "华东-青岛 (Qingdao)"]
  ]),
  ...group("huawei", MAINLAND, "high", "Huawei CodeArts Pipeline endpoint snippet", [
    ["cn-northeast-1", "东北-大连 (Dalian)"]
  ]),
  ...group(
    "huawei",
    MAINLAND,
    "medium",
    'Huawei SDK region maps; "CN East2 (CN-East-Wuhu)" in Huawei CC docs',
    [["cn-east-4", "华东二 (CN East2, Wuhu)"]]
  ),
  // Ids in huaweicloud-sdk-go-v3 region files whose names are unconfirmed (Huawei-regions: Low–Medium).
  // Huawei's Hong Kong region is ap-southeast-1, so its cn- prefix does mean mainland; they are kept as
  // mainland with 'low' confidence so the rule warns ("confirm with Huawei") rather than denies outright.
  ...group("huawei", MAINLAND, "low", "third-party code mapping only", [
    ["cn-north-12", "CN North3 (华北三)"]
  ]),
  ...group("huawei", MAINLAND, "low", "huaweicloud-sdk-go-v3 region files; name not confirmed", [
    ["cn-south-2", "name not confirmed (Shenzhen?)"],
    ["cn-south-4", "name not confirmed (广州-友好用户环境?)"],
    ["cn-north-2", "name not confirmed"],
    ["cn-north-11", "name not confirmed"],
    ["cn-southwest-3", "name not confirmed"]
  ]),
  // [HW-KB] faq/备案条件咨询.md: non-mainland regions such as 中国-香港 need no (and allow no) ICP filing.
  ...group("huawei", NOT_MAINLAND2, "high", "VAS endpoint page; Huawei CC supported regions", [
    ["ap-southeast-1", "Hong Kong (中国-香港)"],
    ["ap-southeast-2", "Bangkok"],
    ["ap-southeast-3", "Singapore"]
  ]),
  ...group("huawei", NOT_MAINLAND2, "medium", "Huawei CC supported regions; SDK region files", [
    ["ap-southeast-4", "Jakarta"],
    ["ap-southeast-5", "Manila"],
    ["my-kualalumpur-1", "Kuala Lumpur"],
    ["af-south-1", "Johannesburg"],
    ["af-north-1", "Cairo"],
    ["me-east-1", "Riyadh"],
    ["tr-west-1", "Istanbul"],
    ["la-south-2", "Santiago"],
    ["sa-brazil-1", "São Paulo"],
    ["na-mexico-1", "Mexico"],
    ["la-north-2", "Mexico City"],
    ["eu-west-0", "Paris"],
    ["eu-west-101", "Dublin"],
    ["ru-moscow-1", "Moscow"],
    ["ru-northwest-2", "Russia (ru-northwest-2)"]
  ])
];
var AWS = [
  ...group(
    "aws",
    MAINLAND,
    "high",
    "docs.amazonaws.cn/en_us/aws/latest/userguide/ARNs.html, general-info.html",
    [
      ["cn-north-1", "China (Beijing)"],
      ["cn-northwest-1", "China (Ningxia)"]
    ]
  ),
  ...group("aws", MAINLAND, "medium", "docs.amazonaws.cn (AWS-China; Beijing Local Zone)", [
    ["cn-north-1-pkx-1a", "China (Beijing) Local Zone"]
  ]),
  // ap-east-1 being Hong Kong is not confirmed by the sources read, hence medium.
  ...group("aws", NOT_MAINLAND2, "medium", "AWS's public region list", [["ap-east-1", "Hong Kong"]]),
  ...group("aws", NOT_MAINLAND2, "high", "docs.amazonaws.cn ARNs: only the aws-cn partition is mainland", [
    ["us-east-1", "a global AWS region in the United States"]
  ])
];
var AZURE = [
  ...group(
    "azure",
    MAINLAND,
    "high",
    "docs.azure.cn/en-us/reliability/regions-list; learn.microsoft.com/en-us/azure/china/overview-regions",
    [
      ["chinaeast", "China East"],
      ["chinaeast2", "China East 2"],
      ["chinaeast3", "China East 3 (access restricted)"],
      ["chinanorth", "China North"],
      ["chinanorth2", "China North 2"],
      ["chinanorth3", "China North 3"]
    ]
  ),
  // Global Azure is not operated in mainland China; eastasia being Hong Kong is not verified (Azure-China).
  ...group(
    "azure",
    NOT_MAINLAND2,
    "high",
    "docs.azure.cn regions list: global Azure regions are not mainland",
    [["eastasia", "global Azure East Asia"]]
  )
];
var BAIDU = [
  ...group(
    "baidu",
    MAINLAND,
    "high",
    "cloud.baidu.com/doc/BLS/s/4k8qysj2z; cloud.baidu.com/doc/BLB/s/cjwvxnzix",
    [
      ["bj", "华北-北京 (Beijing)"],
      ["gz", "华南-广州 (Guangzhou)"],
      ["su", "华东-苏州 (Suzhou)"],
      ["bd", "华北-保定 (Baoding)"],
      ["fwh", "金融华中-武汉 (Wuhan finance)"]
    ]
  ),
  ...group("baidu", MAINLAND, "medium", "Baidu BLS/BLB endpoints; cloud.baidu.com/doc/BMR/s/vjwvxvvqt-en", [
    ["yq", "华北-阳泉 (Yangquan)"],
    ["nj", "华北-南京 (Nanjing)"],
    ["cd", "西南-成都 (Chengdu)"],
    ["fsh", "Shanghai finance (BMR)"]
  ]),
  // "probably mainland but not confirmed" (Baidu-regions): kept so the rule warns rather than denies.
  ...group("baidu", MAINLAND, "low", "cloud.baidu.com/doc/BMR/s/vjwvxvvqt-en", [
    ["hb-fsg", "Du Xiaoman (度小满)"]
  ]),
  ...group("baidu", NOT_MAINLAND2, "high", "Baidu BLS/BLB endpoints", [
    ["hkg", "Hong Kong (中国香港)"],
    ["sin", "Singapore (新加坡)"]
  ])
];
var VOLCENGINE = [
  ...group(
    "volcengine",
    MAINLAND,
    "medium",
    "Volcano Engine API doc Region list (copy in public code); TOS endpoints",
    [
      ["cn-beijing", "华北2 北京 (Beijing)"],
      ["cn-shanghai", "华东2 上海 (Shanghai)"],
      ["cn-guangzhou", "华南1 广州 (Guangzhou)"],
      ["cn-beijing2", "华北3 北京 (Beijing)"],
      ["cn-datong", "华北4 大同 (Datong)"],
      ["cn-wulanchabu", "华北5 乌兰察布 (Ulanqab)"]
    ]
  ),
  // One code file calls ap-southeast-3 曼谷 (Bangkok); either way it is not mainland.
  ...group("volcengine", NOT_MAINLAND2, "medium", "Volcano Engine API doc Region list (copy in public code)", [
    ["cn-hongkong", "Hong Kong (中国香港)"],
    ["ap-southeast-1", "Johor (亚太东南 柔佛)"],
    ["ap-southeast-3", "Jakarta (亚太东南 雅加达)"]
  ])
];
var GCP = group(
  "gcp",
  NOT_MAINLAND2,
  "high",
  "docs.cloud.google.com/infrastructure-manager/docs/locations",
  [
    ["asia-east2", "Hong Kong"],
    ["asia-east1", "Taiwan"]
  ]
);
var REGIONS = [
  ...ALIYUN,
  ...TENCENT,
  ...HUAWEI,
  ...AWS,
  ...AZURE,
  ...BAIDU,
  ...VOLCENGINE,
  ...GCP
];
function resolveProvider(input) {
  const needle = input.trim().toLowerCase();
  return CLOUD_PROVIDERS.find((p) => p.id === needle || p.aliases.includes(needle))?.id;
}
function lookupRegion(provider, region) {
  const needle = region.trim().toLowerCase();
  return REGIONS.find((r) => r.provider === provider && r.region === needle);
}
function regionsOf(provider) {
  return REGIONS.filter((r) => r.provider === provider);
}
var CLOSING = /* @__PURE__ */ new Set(["aliyun:cn-nanjing", "aliyun:cn-fuzhou"]);
function suggestMainlandRegions(provider, region) {
  const needle = region.trim().toLowerCase();
  return regionsOf(provider).filter((r) => r.mainland && r.confidence !== "low" && !CLOSING.has(`${r.provider}:${r.region}`)).map((r, order) => ({ id: r.region, order, distance: editDistance(needle, r.region) })).sort((a, b) => a.distance - b.distance || a.order - b.order).slice(0, 3).map((r) => r.id);
}

// src/rules/filing-channel.ts
var meta5 = {
  id: "filing-channel",
  description: "A mini program is filed through its own platform; an app through an access provider that hosts it (a mismatch warns).",
  defaultSeverity: "error"
};
var report5 = reporter(meta5);
var filingChannel = {
  meta: meta5,
  check(context) {
    const findings = [];
    for (const scope of context.judged) {
      const { app } = scope;
      const via = app.filing.via;
      if (via === void 0 || app.filing.status === "not-filed") continue;
      const at = appAt(context, scope, ["filing", "via"]);
      if (app.kind === "mini-program") {
        const platforms = MINI_PROGRAM_PLATFORMS.filter((p) => app.platforms[p]);
        if (!platforms.includes(via)) {
          findings.push(
            report5(
              "error",
              `${app.id}: a mini program is filed through the platform it runs on (${platforms.join(" or ")}), but filing.via is ${quoteExcerpt(via)}. Write filing.via: ${platforms[0]}${platforms[0] === "wechat" ? " (WeChat files through 微信公众平台 → ICP代备案)" : ""}.`,
              at
            )
          );
        }
        continue;
      }
      if (app.kind !== "app") continue;
      const provider = resolveProvider(via);
      if (!provider) {
        if (!findStore(via)?.mainland) {
          const near = closestMatch(via, [...CLOUD_PROVIDERS.map((p) => p.id), ...STORE_IDS]);
          findings.push(
            report5(
              "notice",
              `${app.id}: filing.via ${quoteExcerpt(via)} is neither a known access provider nor a mainland distribution platform${near ? ` (did you mean "${near}"?)` : ""}. Write the provider the app was filed through, e.g. aliyun.`,
              at
            )
          );
        } else {
          findings.push(
            report5(
              "notice",
              `${app.id}: filed via the distribution platform ${via}, not a cloud access provider. The Notice allows this, but whether the platform accepts an app hosted as declared needs a human review.`,
              at
            )
          );
        }
        continue;
      }
      const hostedOn = (app.hosting ?? []).map((h) => resolveProvider(h.provider) ?? h.provider);
      if (hostedOn.length > 0 && !hostedOn.includes(provider)) {
        findings.push(
          report5(
            "warning",
            `${app.id}: filed via ${via}, but hosted on ${[...new Set(hostedOn)].join(", ")}. The access provider that filed the app must host it: add a 接入备案 (新增接入) with the new provider, or correct filing.via / hosting.`,
            at
          )
        );
      }
    }
    return findings;
  }
};

// src/rules/hosting-mainland.ts
var meta6 = {
  id: "hosting-mainland",
  description: "An app must be hosted in a mainland-China region, judged by (provider, region); unknown providers and regions are denied.",
  defaultSeverity: "error"
};
var report6 = reporter(meta6);
var hostingMainland = {
  meta: meta6,
  check(context) {
    const findings = [];
    for (const scope of context.judged) {
      const { app } = scope;
      if (app.kind !== "app") continue;
      const hosting = app.hosting ?? [];
      if (hosting.length === 0) {
        findings.push(
          report6(
            "error",
            `${app.id}: no hosting declared. An app is filed through an access provider with a server in mainland China: add hosting: - { provider: aliyun, region: cn-shanghai } (your provider and region).`,
            { app: app.id, location: appLocation(context, scope, ["kind"], "key") }
          )
        );
        continue;
      }
      hosting.forEach((entry, i) => {
        const path = ["hosting", i];
        if (entry.provider === "self-hosted") {
          const at2 = { app: app.id, location: appLocation(context, scope, [...path, "mainland"]) };
          findings.push(
            entry.mainland ? report6(
              "notice",
              `${app.id}: self-hosted in ${entry.location}; declared as mainland China. Keep the access provider's filing record in step with it.`,
              at2
            ) : report6(
              "error",
              `${app.id}: self-hosted in ${entry.location}, outside mainland China. A filing goes through an access provider with servers in mainland China; servers outside it carry no ICP filing. Move the app's servers to a mainland region.`,
              at2
            )
          );
          return;
        }
        const provider = resolveProvider(entry.provider);
        if (!provider) {
          const near = closestMatch(
            entry.provider,
            CLOUD_PROVIDERS.flatMap((p) => [p.id, ...p.aliases])
          );
          findings.push(
            report6(
              "error",
              `${app.id}: unknown hosting provider ${quoteExcerpt(entry.provider)}${near ? ` (did you mean "${near}"?)` : ""}. Known: ${CLOUD_PROVIDERS.map((p) => p.id).join(", ")}; for your own data centre write { provider: self-hosted, location: <city>, mainland: true }.`,
              { app: app.id, location: appLocation(context, scope, [...path, "provider"]) }
            )
          );
          return;
        }
        const region = entry.region ?? "";
        const at = { app: app.id, location: appLocation(context, scope, [...path, "region"]) };
        const known = lookupRegion(provider, region);
        const suggestions = known?.mainland ? [] : suggestMainlandRegions(provider, region);
        const suggest = suggestions.length ? ` Mainland ${provider} regions include ${suggestions.join(", ")}.` : "";
        if (!known) {
          findings.push(
            report6(
              "error",
              `${app.id}: region ${quoteExcerpt(region)} is not a known ${provider} region, so it cannot be shown to be in mainland China.${suggest} If it is a new mainland region, ask for it to be added to the catalogue, or waive this finding with a reason.`,
              at
            )
          );
        } else if (!known.mainland) {
          findings.push(
            report6(
              "error",
              `${app.id}: ${provider} ${region} is ${known.name}, outside mainland China. A filing goes through an access provider with servers in mainland China; servers outside it carry no ICP filing.${suggest || ` ${provider} has no mainland region: host with a provider that does.`}`,
              at
            )
          );
        } else if (known.confidence === "low") {
          findings.push(
            report6(
              "warning",
              `${app.id}: ${provider} ${region} (${known.name}) is believed to be in mainland China, but no official region list confirms it. Confirm with ${provider}.`,
              at
            )
          );
        }
      });
    }
    return findings;
  }
};

// src/rules/release-version.ts
var meta7 = {
  id: "release-version",
  description: "A release tag must carry a semver version inside the app's release.versions, and match some app's release.tags.",
  defaultSeverity: "error"
};
var report7 = reporter(meta7);
var releaseVersion = {
  meta: meta7,
  check(context) {
    if (context.mode !== "release") return [];
    const findings = [];
    const { tag } = context;
    const inScope = context.apps.filter((s) => s.inScope);
    if (tag !== void 0 && inScope.length === 0) {
      const globs = [...new Set(context.apps.flatMap((s) => tagGlobs(s.app.release?.tags)))];
      findings.push(
        report7(
          "error",
          `tag ${tag} matches no app's release.tags (${globs.join(", ")}), so the gate cannot tell which app this release ships. Set release.tags on the app, or the apps input.`,
          { location: context.declaration.locate(["apps"], "key") }
        )
      );
      return findings;
    }
    const version = context.version ?? (tag !== void 0 ? versionFromTag(tag) : void 0);
    for (const scope of context.judged) {
      const { app } = scope;
      const range = app.release?.versions;
      if (tag !== void 0 && context.version === void 0 && version === void 0) {
        findings.push(
          report7(
            "error",
            `${app.id}: release tag ${tag} carries no semver version (expected e.g. v2.3.0, ${app.id}-v2.3.0 or ${app.id}@2.3.0). Tag releases with a version, or pass the version input.`,
            { app: app.id, location: appLocation(context, scope, ["release"], "key") }
          )
        );
        continue;
      }
      if (range === void 0) continue;
      const location = appLocation(context, scope, ["release", "versions"]);
      if (version === void 0) {
        findings.push(
          report7(
            "error",
            `${app.id}: the filing covers versions ${range}, but this release has no version to check (no tag and no version input). Run on a version tag or pass version.`,
            { app: app.id, location }
          )
        );
      } else if (!versionInRange(version, range)) {
        findings.push(
          report7(
            "error",
            `${app.id}: version ${version} is outside release.versions ${range}, the versions this declaration says the filing covers. Release a version inside the range, or, once you have confirmed the filing covers this version (a change of identity needs a 变更备案), widen release.versions.`,
            { app: app.id, location }
          )
        );
      }
    }
    return findings;
  }
};

// src/declaration/identity.ts
var IDENTITY_KEYS = {
  android: "package",
  ios: "bundleId",
  harmony: "bundleName",
  wechat: "appId",
  alipay: "appId",
  douyin: "appId",
  baidu: "appKey",
  quickApp: "package"
};
function filedIdentity(app, platform) {
  const entry = app.platforms[platform];
  return entry?.[IDENTITY_KEYS[platform]];
}
function ownerOf(scopes, artifact) {
  return scopes.find((scope) => filedIdentity(scope.app, artifact.platform) === artifact.id);
}
function identityKeyPath(index, platform) {
  return `apps[${index}].platforms.${platform}.${IDENTITY_KEYS[platform]}`;
}

// src/artifacts/fingerprint.ts
function normalizeFingerprint(value) {
  return value.replace(/[\s:]/g, "").toUpperCase();
}
function publicKeyMatches(declared, key) {
  const body = declared.replace(/-----(BEGIN|END) [A-Z ]+-----/g, "").replace(/[\s:]/g, "");
  if (!body) return false;
  const spkiHex = Buffer.from(key.spki, "base64").toString("hex").toUpperCase();
  if (/^[0-9a-fA-F]+$/.test(body)) {
    const hex = body.toUpperCase();
    if (hex === spkiHex) return true;
    if (key.modulus && hex.replace(/^(00)+/, "") === key.modulus) return true;
  }
  if (key.modulus && /^[0-9]+$/.test(body) && body.length > 30) {
    if (BigInt(body).toString(16).toUpperCase() === key.modulus) return true;
  }
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(body)) {
    return Buffer.from(body, "base64").equals(Buffer.from(key.spki, "base64"));
  }
  return false;
}

// src/rules/artifact-identity.ts
var meta8 = {
  id: "artifact-identity",
  description: "A built APK, AAB, IPA or HAP must carry the package / bundle id and signing certificate recorded in the filing; unreadable artifacts fail closed.",
  defaultSeverity: "error"
};
var report8 = reporter(meta8);
var MAX_PATTERN_EXCERPT = 200;
function declaredCertificate(app, platform) {
  return app.platforms[platform]?.certificate;
}
var LABEL = { md5: "MD5", sha1: "SHA-1", sha256: "SHA-256", publicKey: "public key" };
function certificateMismatches(declared, signer) {
  const mismatches = [];
  for (const key of ["md5", "sha1", "sha256"]) {
    const value = declared[key];
    if (value !== void 0 && normalizeFingerprint(value) !== signer[key]) {
      mismatches.push({ key, declared: normalizeFingerprint(value), actual: signer[key] });
    }
  }
  if (declared.publicKey !== void 0 && !publicKeyMatches(declared.publicKey, signer.publicKey)) {
    const actual = signer.publicKey.modulus ?? signer.publicKey.spki;
    mismatches.push({
      key: "publicKey",
      declared: abbreviate(declared.publicKey.replace(/\s/g, "")),
      actual: abbreviate(actual)
    });
  }
  return mismatches;
}
function sentence(reason) {
  const text = reason.trim();
  return /[.?!]$/.test(text) ? text : `${text}.`;
}
function abbreviate(value) {
  return value.length > 24 ? `${value.slice(0, 12)}…${value.slice(-8)}` : value;
}
function named(artifact, appId) {
  return `${artifact.file} (${appId}${artifact.channel !== void 0 ? `, channel ${artifact.channel}` : ""})`;
}
function signerName(artifact, signer) {
  const rotation = signer.lineage && signer.lineage.length > 1 ? `, the newest key of a ${signer.lineage.length}-certificate rotation lineage that current devices verify` : "";
  return `${signer.subject} (${signer.schemes.join("+")}${rotation})`;
}
var artifactIdentity = {
  meta: meta8,
  check(context) {
    const facts = context.artifacts;
    if (!facts) return [];
    const findings = [];
    const failClosed = context.mode === "release";
    for (const pattern of facts.unmatched) {
      findings.push(
        report8(
          failClosed ? "error" : "warning",
          `artifact pattern ${quoteExcerpt(pattern, MAX_PATTERN_EXCERPT)} matched no file, so the gate cannot check what this release ships. Build the artifacts before this step, or fix the artifacts input / --artifact path.`
        )
      );
    }
    for (const result of facts.results) {
      if (!result.identity) {
        findings.push(
          report8(
            "error",
            `${result.file} cannot be read: ${sentence(result.error ?? "unknown reason")} The gate cannot verify its identity, so it blocks (fail closed).`
          )
        );
        findings[findings.length - 1].artifact = result.file;
        continue;
      }
      findings.push(...checkArtifact(context, result.identity).map((f) => ({ ...f, artifact: result.file })));
    }
    return findings;
  }
};
function checkArtifact(context, artifact) {
  const { platform } = artifact;
  const owner = ownerOf(context.apps, artifact);
  if (!owner) return [unmatchedArtifact(context, artifact)];
  const { app } = owner;
  const at = (path) => ({
    app: app.id,
    location: appLocation(context, owner, ["platforms", platform, ...path])
  });
  if (!owner.inScope)
    return [
      report8(
        "notice",
        `${artifact.file} is ${app.id} (${artifact.id}), which this run does not judge (${owner.reason ?? "out of scope"}).`,
        { app: app.id }
      )
    ];
  const channelStore = artifact.channel !== void 0 ? app.release?.channels?.[artifact.channel] : void 0;
  if (channelStore !== void 0 && findStore(channelStore)?.mainland === false) {
    return [
      report8(
        "notice",
        `${artifact.file} is the ${quoteExcerpt(artifact.channel)} channel package of ${app.id}, for ${channelStore} (release.channels), which is outside mainland China; its signature is not checked against a filing.`,
        { app: app.id, location: appLocation(context, owner, ["release", "channels", artifact.channel]) }
      )
    ];
  }
  if (owner.mainlandStores.length === 0) {
    return [
      report8(
        "notice",
        `${artifact.file} is ${app.id}, which is not distributed in mainland China in this run; its signature is not checked against a filing.`,
        { app: app.id }
      )
    ];
  }
  const findings = [];
  const declared = declaredCertificate(app, platform);
  const isBundle = artifact.type === "aab";
  findings.push(
    ...artifact.notes.filter(() => !isBundle).map((note) => report8("notice", `${artifact.file}: ${note}`, { app: app.id }))
  );
  const signer = artifact.signers[artifact.effectiveSigner];
  if (artifact.signers.length === 0) {
    findings.push(
      report8(
        "error",
        `${named(artifact, app.id)} is not signed. Stores install only signed builds, and the filing records the signing certificate: sign it with the filed key.`,
        at(["certificate"])
      )
    );
  } else if (!signer) {
    const matching = artifact.signers.filter((s) => certificateMismatches(declared, s).length === 0);
    if (matching.length !== artifact.signers.length) {
      findings.push(
        report8(
          "error",
          `${named(artifact, app.id)} may be signed by any of ${artifact.signers.length} certificates (${artifact.signers.map((s) => `${s.subject} SHA-1 ${s.sha1}`).join("; ")}), and the gate cannot tell which one signed it${matching.length ? "; only some of them are the filed certificate" : "; none is the filed certificate"}. Ship a build whose signature names only the filed certificate.`,
          at(["certificate"])
        )
      );
    }
  } else {
    const mismatches = certificateMismatches(declared, signer);
    if (mismatches.length > 0) {
      const first = mismatches[0];
      const detail = mismatches.map((m) => `${LABEL[m.key]}: filed ${m.declared}, artifact ${m.actual}`).join("; ");
      const base = `${named(artifact, app.id)} is signed by ${signerName(artifact, signer)}, not the certificate the filing records (${detail}).`;
      findings.push(
        isBundle ? report8(
          "warning",
          `${base} An AAB carries the upload key; what users in China install is the APK signed by whoever signs the APKs, and that key must be the filed one. Check the APKs built from this bundle (inspect them), or fix apps[${owner.index}].platforms.${platform}.certificate.${first.key}.`,
          at(["certificate", first.key])
        ) : report8(
          "error",
          `${base} Sign the release with the filed key, or, if the key really changed, file a change (变更备案) and update apps[${owner.index}].platforms.${platform}.certificate.${first.key}.`,
          at(["certificate", first.key])
        )
      );
    } else if (isBundle) {
      findings.push(
        report8(
          "warning",
          `${named(artifact, app.id)} is an AAB: its signature is the upload key. It matches the filing, but stores in China distribute APKs, signed by whoever signs them; make sure that key is the filed one (inspect the APKs).`,
          { app: app.id }
        )
      );
    }
  }
  findings.push(...versionFindings(context, owner, artifact));
  return findings;
}
function versionFindings(context, owner, artifact) {
  const { app } = owner;
  const version = artifact.version;
  if (!version) return [];
  const findings = [];
  const range = app.release?.versions;
  const semverish = versionFromTag(version);
  if (range && semverish && !versionInRange(semverish, range)) {
    findings.push(
      report8(
        "error",
        `${named(artifact, app.id)} is version ${version}, outside release.versions ${range}, the versions the filing covers.`,
        {
          app: app.id,
          location: appLocation(context, owner, ["release", "versions"])
        }
      )
    );
  }
  const releaseVersion2 = context.version ?? (context.tag ? versionFromTag(context.tag) : void 0);
  if (context.mode === "release" && releaseVersion2 && semverish && semverish !== releaseVersion2) {
    findings.push(
      report8(
        "warning",
        `${named(artifact, app.id)} is version ${version}, but this release is ${releaseVersion2}. Is it a stale build?`,
        { app: app.id }
      )
    );
  }
  return findings;
}
function unmatchedArtifact(context, artifact) {
  const key = IDENTITY_KEYS[artifact.platform];
  const candidates = context.judged.filter((s) => filedIdentity(s.app, artifact.platform) !== void 0);
  const declared = candidates.map((s) => `${filedIdentity(s.app, artifact.platform)} (${s.app.id})`).join(", ");
  if (context.judged.length === 0) {
    return report8(
      "notice",
      `${artifact.file} (${artifact.id}) matches no declared app; no mainland store is in scope, so it is not checked.`
    );
  }
  const only = candidates.length === 1 ? candidates[0] : void 0;
  return report8(
    "error",
    `${artifact.file} is ${artifact.platform} ${key} ${artifact.id}, which no declared app files${declared ? ` (declared: ${declared})` : ""}. An app with an unfiled identity cannot be distributed in mainland China: build it with the filed ${key}, or declare and file this app.`,
    only ? { app: only.app.id, location: appLocation(context, only, ["platforms", artifact.platform, key]) } : {}
  );
}

// src/rules/source-identity.ts
var meta9 = {
  id: "source-identity",
  description: "The source tree (Gradle applicationId, Xcode bundle id, mini-program appid, HarmonyOS bundleName) must build the identity that was filed.",
  defaultSeverity: "error"
};
var report9 = reporter(meta9);
var SOURCE_PLATFORMS = ["android", "ios", "harmony", "wechat", "alipay"];
function quote(value, max = 120) {
  const shown = escapeControls(value.slice(0, max + 1));
  return shown.length > max ? `${shown.slice(0, max)}… (${value.length} characters)` : shown;
}
function filingReference(app) {
  return app.filing.number ? `filing ${app.filing.number}` : `the declaration (filing ${app.filing.status})`;
}
var sameLocation = (change, identity) => change.kind === "identity" && change.file === identity.location.file && change.key === identity.key && (change.after === identity.value || change.location?.line === identity.location.line);
var sourceIdentity = {
  meta: meta9,
  check(context) {
    const facts = context.sources;
    if (!facts) return [];
    const findings = [];
    const attribution = facts.detected ? attributeModules(context, facts.detected) : void 0;
    for (const scope of context.judged) {
      const declared = facts.declared[scope.app.id];
      const scan = declared ?? (attribution && facts.detected ? ownedScan(facts.detected, attribution, scope) : void 0);
      if (!scan) continue;
      findings.push(...checkApp(context, scope, scan, declared !== void 0, facts.changes));
    }
    if (facts.detected) findings.push(...scanNoteFindings(context, facts.detected, attribution));
    findings.push(...changeFindings(context, facts.changes));
    if (facts.baseProblem && context.mode === "pull-request") {
      findings.push(report9("notice", `cannot compare with the pull request's base: ${facts.baseProblem}`));
    }
    return findings;
  }
};
var moduleKey = (platform, module, file) => `${platform}\0${module ?? file}`;
var segmentsOf = pathSegments;
var normalizeName = (s) => s.toLowerCase().replace(/[-_.\s]/g, "");
function attributeModules(context, scan) {
  const owners = /* @__PURE__ */ new Map();
  const undeclared = context.apps.filter((s) => !context.sources?.declared[s.app.id]);
  const declared = context.apps.filter((s) => context.sources?.declared[s.app.id]);
  const values = /* @__PURE__ */ new Map();
  for (const item of [...scan.identities, ...scan.unresolved ?? []]) {
    const key = moduleKey(item.platform, item.module, item.location.file);
    const entry = values.get(key) ?? {
      platform: item.platform,
      module: item.module ?? item.location.file,
      ids: /* @__PURE__ */ new Set()
    };
    if ("value" in item) entry.ids.add(item.value);
    values.set(key, entry);
  }
  for (const [key, { platform, module, ids }] of values) {
    const byId = context.apps.find((s) => {
      const filed = filedIdentity(s.app, platform);
      return filed !== void 0 && ids.has(filed);
    });
    if (byId) {
      owners.set(key, byId.app.id);
      continue;
    }
    const moduleSegments = segmentsOf(module);
    let nearest;
    for (const scope of declared) {
      for (const hint of Object.values(scope.app.sources ?? {})) {
        const hintPath = typeof hint === "string" ? hint : hint.path;
        const hintSegments = segmentsOf(hintPath);
        let depth = 0;
        while (depth < hintSegments.length && hintSegments[depth] === moduleSegments[depth]) depth++;
        if (depth > 0 && (!nearest || depth > nearest.depth)) nearest = { app: scope.app.id, depth };
      }
    }
    if (nearest) {
      owners.set(key, nearest.app);
      continue;
    }
    const byFolder = undeclared.filter(
      (s) => moduleSegments.some((segment) => normalizeName(segment) === normalizeName(s.app.id))
    );
    if (byFolder.length === 1) {
      owners.set(key, byFolder[0].app.id);
      continue;
    }
    const candidates = undeclared.filter((s) => filedIdentity(s.app, platform) !== void 0);
    if (candidates.length === 1) {
      owners.set(key, candidates[0].app.id);
      continue;
    }
    const judged = candidates.filter((s) => s.inScope);
    if (judged.length === 1) {
      owners.set(key, judged[0].app.id);
      continue;
    }
    const closest = closestApp(judged.length > 0 ? judged : candidates, platform, [...ids]);
    owners.set(key, closest);
  }
  return owners;
}
function closestApp(candidates, platform, ids) {
  let best;
  let tie = false;
  for (const scope of candidates) {
    const filed = filedIdentity(scope.app, platform);
    for (const id of ids) {
      const distance = editDistance(id.slice(0, 256), filed.slice(0, 256));
      if (distance > Math.max(2, Math.floor(filed.length / 5))) continue;
      if (!best || distance < best.distance) {
        best = { app: scope.app.id, distance };
        tie = false;
      } else if (distance === best.distance && best.app !== scope.app.id) tie = true;
    }
  }
  return best && !tie ? best.app : void 0;
}
function ownedScan(scan, owners, scope) {
  const owned = (item) => owners.get(moduleKey(item.platform, item.module, item.location.file)) === scope.app.id;
  return {
    ...scan,
    identities: scan.identities.filter(owned),
    unresolved: (scan.unresolved ?? []).filter(owned),
    notes: []
  };
}
function scanNoteFindings(context, scan, owners) {
  const findings = [];
  for (const note of scan.notes ?? []) {
    const limit = note.kind === "too-large" || note.kind === "unreadable";
    if (!limit && !["parse-error", "invalid-path", "symlink"].includes(note.kind)) continue;
    const severity = note.kind === "symlink" ? "notice" : limit && context.mode === "release" ? "error" : "warning";
    findings.push(
      report9(severity, note.message.includes(note.file) ? note.message : `${note.file}: ${note.message}`)
    );
  }
  if (owners && context.apps.length > 1) {
    const owned = /* @__PURE__ */ new Set();
    for (const item of [...scan.identities, ...scan.unresolved ?? []]) {
      const owner = owners.get(moduleKey(item.platform, item.module, item.location.file));
      if (owner !== void 0) owned.add(`${owner}\0${item.platform}`);
    }
    const orphaned = (platform) => context.apps.some(
      (s) => s.inScope && filedIdentity(s.app, platform) !== void 0 && !owned.has(`${s.app.id}\0${platform}`)
    );
    const reported = /* @__PURE__ */ new Set();
    for (const identity of scan.identities.filter((i) => i.release)) {
      const key = moduleKey(identity.platform, identity.module, identity.location.file);
      if (owners.get(key) !== void 0 || reported.has(key)) continue;
      reported.add(key);
      const severity = !orphaned(identity.platform) ? "notice" : context.mode === "release" ? "error" : "warning";
      findings.push(
        report9(
          severity,
          `${identity.location.file}: ${identity.key} builds ${quote(identity.value)}, which no app in the declaration files for ${identity.platform}; it was not judged against any app. If it ships, name it under that app's sources:.`,
          { location: identity.location }
        )
      );
    }
  }
  return findings;
}
function describeSetting(item) {
  if (item.target) return `${item.key} of target ${item.target}${item.variant ? ` (${item.variant})` : ""}`;
  return `${item.key}${item.variant ? ` (${item.variant})` : ""}`;
}
function checkApp(context, scope, scan, declaredSources, changes) {
  const { app } = scope;
  const findings = [];
  const at = { app: app.id };
  for (const platform of SOURCE_PLATFORMS) {
    const filed = filedIdentity(app, platform);
    if (!filed) continue;
    const keyPath = identityKeyPath(scope.index, platform);
    const release = scan.identities.filter((i) => i.platform === platform && i.release);
    const unresolved = (scan.unresolved ?? []).filter((u) => u.platform === platform && u.release);
    const blank = release.filter((i) => i.value.trim() === "");
    const candidates = release.filter((i) => i.value.trim() !== "");
    for (const identity of blank) {
      findings.push(
        report9(
          context.mode === "release" ? "error" : "notice",
          `${identity.location.file}: ${describeSetting(identity)} is not set (empty); ${filingReference(app)} records ${filed} (${keyPath}). Set it to the filed id before a release.`,
          { ...at, location: identity.location }
        )
      );
    }
    const moduleOf = (i) => i.module ?? i.location.file;
    const matchingModules = new Set(candidates.filter((i) => i.value === filed).map(moduleOf));
    const mismatches = candidates.filter((i) => i.value !== filed && !matchingModules.has(moduleOf(i)));
    const primaryExists = matchingModules.size > 0 || unresolved.some((u) => !isSecondaryModule(moduleOf(u))) || mismatches.some((i) => !isSecondaryModule(i.module));
    for (const identity of candidates.filter((i) => i.value !== filed)) {
      const module = moduleOf(identity);
      const shipped = !matchingModules.has(module) && (declaredSources || matchingModules.size === 0) && (declaredSources || !isSecondaryModule(identity.module) || !primaryExists);
      if (!shipped) {
        findings.push(
          report9(
            "notice",
            `${identity.location.file}: ${describeSetting(identity)} builds ${quote(identity.value)}, which is not filed; that is fine only if ${matchingModules.has(module) ? "this variant" : "this module"} is never shipped to mainland China.`,
            { ...at, location: identity.location }
          )
        );
        continue;
      }
      const change = changes.find((c) => sameLocation(c, identity));
      const where = describeSetting(identity);
      const message = change?.before ? `this PR changes ${where} from ${quote(change.before)} to ${quote(identity.value)}; ${filingReference(app)} records ${filed}: file an amendment (变更备案) before merging, then update ${keyPath}.` : `${identity.location.file}: ${where} is ${quote(identity.value)}, but ${filingReference(app)} records ${filed} (${keyPath}). Build with the filed id, or file an amendment (变更备案) and update the declaration.`;
      findings.push(report9("error", message, { ...at, location: identity.location }));
    }
    for (const item of unresolved) {
      if (item.base && wrongBase(item, filed) && !matchingModules.has(moduleOf(item))) {
        findings.push(
          report9(
            "error",
            `${item.base.location.file}: ${describeSetting(item)}: the base ${item.base.key} is ${quote(item.base.value)} and only the suffix (${quote(item.expression)}) is computed when Gradle runs, so the id starts with ${quote(item.base.value)}; ${filingReference(app)} records ${filed} (${keyPath}). Build with the filed id, or file an amendment (变更备案).`,
            { ...at, location: item.base.location }
          )
        );
        continue;
      }
      findings.push(
        report9(
          "notice",
          `${item.location.file}: ${describeSetting(item)} is ${quote(item.expression)}, which cannot be read without running the build (${quote(item.reason, 300)}); check it builds ${filed}, or check the built artifact with the artifacts input.`,
          { ...at, location: item.location }
        )
      );
    }
  }
  if (declaredSources) {
    for (const note of scan.notes ?? []) {
      const declaredPath = note.kind === "invalid-path" || note.kind === "missing";
      const limit = note.kind === "too-large" || note.kind === "unreadable";
      findings.push(
        report9(
          declaredPath || limit && context.mode === "release" ? "error" : "warning",
          note.message.includes(note.file) ? note.message : `${note.file}: ${note.message}`,
          { ...at, location: appLocation(context, scope, ["sources"], "key") }
        )
      );
    }
  }
  return findings;
}
function wrongBase(item, filed) {
  if (!item.base) return false;
  const base = item.base.value;
  return filed !== base && !filed.startsWith(`${base}.`);
}
function changeFindings(context, changes) {
  const findings = [];
  for (const change of changes) {
    const location = change.location ? { location: change.location } : {};
    const app = change.app ? { app: change.app } : {};
    if (change.kind === "signing") {
      findings.push(
        report9(
          "notice",
          `this PR changes the release signing configuration (${change.key}${change.variant ? ` of ${change.variant}` : ""}: ${change.before ?? "unset"} → ${change.after ?? "removed"}). The filing records the signing certificate: check the new key's certificate matches (china-filing inspect on a release build), or file an amendment.`,
          { ...app, ...location }
        )
      );
    } else if (change.kind === "declaration") {
      findings.push(
        report9(
          "warning",
          `this PR changes ${change.key} from ${change.before ?? "unset"} to ${change.after ?? "unset"}. The filing records this value: make sure the amendment (变更备案) is approved before a release ships it.`,
          { ...app, ...location }
        )
      );
    } else if (context.mode === "pull-request") {
      const owner = context.judged.find(
        (s) => SOURCE_PLATFORMS.some((p) => filedIdentity(s.app, p) === change.after)
      );
      if (owner) {
        findings.push(
          report9(
            "notice",
            `this PR changes ${change.key} in ${change.file} from ${change.before ?? "unset"} to ${change.after}, which is the filed identity of ${owner.app.id}.`,
            {
              app: owner.app.id,
              ...location
            }
          )
        );
      }
    }
  }
  return findings;
}

// src/rules/channel-packages.ts
var meta10 = {
  id: "channel-packages",
  description: "The channel APKs (渠道包) of a release must all carry the same package, versionCode, versionName and signer, and each channel should map to a store in release.channels.",
  defaultSeverity: "error"
};
var report10 = reporter(meta10);
var effectiveSigner = (a) => a.signers[a.effectiveSigner];
var SCHEME_ORDER = ["v1", "v2", "v3", "v3.1"];
var schemesOf = (a) => [...new Set(a.signers.flatMap((s) => s.schemes))].sort(
  (x, y) => SCHEME_ORDER.indexOf(x) - SCHEME_ORDER.indexOf(y)
);
var ATTRIBUTES = [
  {
    label: "signer",
    value: (a) => effectiveSigner(a)?.sha256 ?? "unsigned",
    describe: (a) => {
      const s = effectiveSigner(a);
      return s ? `signed by ${s.subject} (SHA-256 ${s.sha256})` : "not signed";
    },
    severity: () => "error",
    fix: "A step after the build (hardening 加固, re-signing, a channel tool run on another build) used another key: re-sign it with the filed key, as the others are."
  },
  {
    // Some hardening tools re-sign with the JAR scheme only, which also drops the APK Signing Block and
    // with it a Walle or VasDolly channel written before hardening.
    label: "signature schemes",
    value: (a) => schemesOf(a).join("+"),
    describe: (a) => `signed with ${schemesOf(a).join("+") || "no scheme"}`,
    severity: () => "warning",
    fix: "A step after the build (hardening 加固, re-signing) signed it with other signature schemes: re-sign it as the others are, then write its channel again.",
    // An unsigned APK is reported as a different signer already.
    applies: (a) => a.signers.length > 0
  },
  {
    label: "package",
    value: (a) => a.id,
    describe: (a) => `package ${a.id}`,
    severity: () => "error",
    fix: "It comes from another build or flavour: write its channel into the release build."
  },
  {
    label: "versionCode",
    value: (a) => a.build ?? "—",
    describe: (a) => `versionCode ${a.build ?? "(none)"}`,
    severity: (context) => context.mode === "release" ? "error" : "warning",
    fix: "It is a stale build: write its channel into this release build."
  },
  {
    label: "versionName",
    value: (a) => a.version ?? "—",
    describe: (a) => `versionName ${a.version ?? "(unresolved)"}`,
    severity: (context) => context.mode === "release" ? "error" : "warning",
    fix: "It is a stale build: write its channel into this release build."
  }
];
var channelPackages = {
  meta: meta10,
  check(context) {
    const channelApks = (context.artifacts?.results ?? []).map((r) => r.identity).filter((a) => a?.type === "apk" && a.channel !== void 0);
    if (channelApks.length === 0) return [];
    const owner = (apk) => ownerOf(context.apps, apk);
    const findings = [];
    for (const apk of channelApks) findings.push(...channelMarkFindings(apk, owner(apk)));
    findings.push(...mappingFindings(context, channelApks, owner));
    for (const set of channelSets(channelApks, owner)) findings.push(...setFindings(context, set));
    return findings;
  }
};
var byChannel = (a, b) => (a.channel ?? "").localeCompare(b.channel ?? "") || a.file.localeCompare(b.file);
function label(a) {
  return `${a.file} (channel ${a.channel})`;
}
function channelMarkFindings(apk, owner) {
  const marks = apk.channelMarks ?? [];
  const names = [...new Set(marks.map((m) => m.name))];
  if (names.length < 2) return [];
  return [
    {
      ...report10(
        "warning",
        `${apk.file} carries ${names.length} different channels (${listSome(marks.map((m) => `${quoteExcerpt(m.name)} in ${m.where}`))}): which one the app reports depends on the channel SDK it bundles, so the store it is for is unclear. Write one channel per APK.`,
        owner ? { app: owner.app.id } : {}
      ),
      artifact: apk.file
    }
  ];
}
function mappingFindings(context, apks, appOf) {
  const unmapped = /* @__PURE__ */ new Map();
  for (const apk of apks) {
    const owner = appOf(apk);
    if (!owner?.inScope) continue;
    if (owner.app.release?.channels?.[apk.channel] !== void 0) continue;
    unmapped.set(owner, [...unmapped.get(owner) ?? [], apk]);
  }
  return [...unmapped].map(([owner, unsorted]) => {
    const list = [...unsorted].sort(byChannel);
    const channels = [...new Set(list.map((a) => a.channel))];
    const declared = owner.app.release?.channels !== void 0;
    return report10(
      "notice",
      `${list.map(label).join(", ")}: ${channels.length === 1 ? `channel ${quoteExcerpt(channels[0])} maps` : `channels ${channels.map((c) => quoteExcerpt(c)).join(", ")} map`} to no store${declared ? " in release.channels" : " (release.channels is not declared)"}, so ${list.length === 1 ? "it is" : "they are"} judged for all of ${owner.app.id}'s stores (${owner.stores.join(", ")}). Map each channel to the store its APK is uploaded to, e.g. release.channels: { ${escapeControls(channels[0])}: ${owner.stores[0] ?? "xiaomi"} }.`,
      {
        app: owner.app.id,
        location: appLocation(context, owner, declared ? ["release", "channels"] : ["stores"])
      }
    );
  });
}
function channelSets(apks, appOf) {
  const byOwner = /* @__PURE__ */ new Map();
  for (const apk of apks) {
    const owner = appOf(apk);
    byOwner.set(owner, [...byOwner.get(owner) ?? [], apk]);
  }
  const orphans = byOwner.get(void 0) ?? [];
  byOwner.delete(void 0);
  const sets = [...byOwner].map(([owner, list]) => ({ owner, apks: list }));
  const largest = sets.reduce(
    (best, s) => !best || s.apks.length > best.apks.length ? s : best,
    void 0
  );
  if (largest) largest.apks.push(...orphans);
  else sets.push({ owner: void 0, apks: orphans });
  return sets.filter((s) => s.apks.length >= 2 && (s.owner === void 0 || s.owner.inScope));
}
function setFindings(context, set) {
  const findings = [];
  const where = set.owner ? { app: set.owner.app.id } : {};
  for (const attribute of ATTRIBUTES) {
    const groups = /* @__PURE__ */ new Map();
    for (const apk of set.apks.filter(attribute.applies ?? (() => true))) {
      const value = attribute.value(apk);
      groups.set(value, [...groups.get(value) ?? [], apk]);
    }
    if (groups.size < 2) continue;
    const ordered = [...groups.values()].sort(
      (a, b) => b.length - a.length || a[0].file.localeCompare(b[0].file)
    );
    const common = [...ordered[0]].sort(byChannel);
    for (const odd of ordered.slice(1).flat()) {
      findings.push({
        ...report10(
          attribute.severity(context),
          `${label(odd)} is ${attribute.describe(odd)}, but ${common.length === 1 ? `${label(common[0])} is` : `the other ${common.length} channel APKs (${common.map((a) => a.channel).join(", ")}) are`} ${attribute.describe(common[0])}. Every channel APK of a release must carry the same ${attribute.label}. ${attribute.fix}`,
          where
        ),
        artifact: odd.file
      });
    }
  }
  return findings;
}

// src/rules/certificate-expiry.ts
var meta11 = {
  id: "certificate-expiry",
  description: "An iOS build signed by an expired distribution certificate cannot be uploaded; an iOS or HarmonyOS certificate about to expire will change the filed identity when it is renewed.",
  defaultSeverity: "error"
};
var report11 = reporter(meta11);
var DEFAULT_CERTIFICATE_EXPIRY_DAYS = 30;
var certificateExpiry = {
  meta: meta11,
  check(context) {
    const findings = [];
    for (const result of context.artifacts?.results ?? []) {
      const artifact = result.identity;
      if (!artifact) continue;
      const owner = ownerOf(context.judged, artifact);
      if (!owner) continue;
      for (const signer of signersToJudge(artifact)) {
        const finding = judge(context, artifact, signer);
        if (finding) {
          findings.push({
            ...finding,
            app: owner.app.id,
            location: appLocation(context, owner, ["platforms", artifact.platform, "certificate"])
          });
        }
      }
    }
    return findings;
  }
};
function signersToJudge(artifact) {
  const effective = artifact.signers[artifact.effectiveSigner];
  return effective ? [effective] : artifact.signers;
}
function chinaDate(iso) {
  return chinaDateOf(Date.parse(iso));
}
function judge(context, artifact, signer) {
  const who = `${artifact.file} is signed by ${signer.subject} (SHA-1 ${signer.sha1})`;
  if (signer.notAfter === void 0) return unknownValidity(context, artifact, who);
  const last = chinaDate(signer.notAfter);
  const left = daysBetween(context.today, last);
  const window = context.certificateExpiryDays ?? DEFAULT_CERTIFICATE_EXPIRY_DAYS;
  if (artifact.platform === "android") {
    if (left >= 0) return void 0;
    return report11(
      "notice",
      `${who}, whose certificate expired on ${last}. Android does not check signing-certificate validity (apksigner and devices ignore it), so the APK still installs and updates; keep signing with this key, because a new key would change the filed identity.`
    );
  }
  const platform = artifact.platform === "ios" ? "iOS distribution" : "HarmonyOS release";
  if (left < 0) {
    if (artifact.platform === "ios") {
      return report11(
        context.mode === "release" ? "error" : "warning",
        `${who}, an ${platform} certificate that expired on ${last}: App Store Connect does not accept a build signed by an expired certificate. Re-sign with a valid distribution certificate; a new certificate has new fingerprints, so file a change (变更备案) and update the declared certificate.`
      );
    }
    return report11(
      "warning",
      `${who}, a ${platform} certificate that expired on ${last}. Re-sign with a valid certificate; a new certificate has new fingerprints, so file a change (变更备案) and update the declared certificate.`
    );
  }
  if (left <= window) {
    return report11(
      "warning",
      `${who}, ${artifact.platform === "ios" ? "an" : "a"} ${platform} certificate that expires on ${last} (${left === 0 ? "today" : `in ${left} day${left === 1 ? "" : "s"}`}, within certificate-expiry-days ${window}). Renewing it changes the certificate the filing records: plan the filing amendment (变更备案), applied for 30 days in advance, before you renew.`
    );
  }
  return void 0;
}
function unknownValidity(context, artifact, who) {
  if (artifact.platform === "android") return void 0;
  const severity = artifact.platform === "ios" && context.mode === "release" ? "error" : "warning";
  return report11(
    severity,
    `${who}, whose certificate's validity period cannot be read, so whether it has expired is unknown. Check its dates with \`openssl x509 -noout -dates\`, and re-sign with a certificate whose validity is well-formed.`
  );
}

// src/rules/waiver.ts
var meta12 = {
  id: "waiver",
  description: "A waiver needs a known rule, a known app, a reason and an expiry that has not passed.",
  defaultSeverity: "error"
};
var report12 = reporter(meta12);
var UNWAIVABLE_RULES = ["declaration-syntax", "declaration-schema", "waiver"];
var REMINDER_DAYS = 14;
function waiverInForce(waiver, today) {
  return !!waiver.reason?.trim() && waiver.expires !== void 0 && daysBetween(today, waiver.expires) >= 0 && !UNWAIVABLE_RULES.includes(waiver.rule);
}
function createWaiverRule(knownRules) {
  return {
    meta: meta12,
    check(context) {
      const findings = [];
      const appIds = context.declaration.data.apps.map((a) => a.id);
      const waivable = knownRules().filter((id) => !UNWAIVABLE_RULES.includes(id));
      (context.declaration.data.waivers ?? []).forEach((waiver, i) => {
        const at = (key) => ({
          ...waiver.app && appIds.includes(waiver.app) ? { app: waiver.app } : {},
          location: context.declaration.locate(["waivers", i, key])
        });
        const name = `waivers[${i}] (${waiver.rule}${waiver.app ? ` for ${waiver.app}` : ""})`;
        if (UNWAIVABLE_RULES.includes(waiver.rule)) {
          findings.push(
            report12(
              "error",
              `${name}: ${waiver.rule} cannot be waived; fix the declaration instead.`,
              at("rule")
            )
          );
        } else if (!waivable.includes(waiver.rule)) {
          const near = closestMatch(waiver.rule, waivable);
          findings.push(
            report12(
              "error",
              `${name}: unknown rule ${quoteExcerpt(waiver.rule)}.${near ? ` Did you mean "${near}"?` : ` Rules: ${waivable.join(", ")}.`}`,
              at("rule")
            )
          );
        }
        if (waiver.app !== void 0 && !appIds.includes(waiver.app)) {
          const near = closestMatch(waiver.app, appIds);
          findings.push(
            report12(
              "error",
              `${name}: unknown app ${quoteExcerpt(waiver.app)}.${near ? ` Did you mean "${near}"?` : ` Apps: ${appIds.join(", ")}.`}`,
              at("app")
            )
          );
        }
        if (!waiver.reason?.trim()) {
          findings.push(
            report12(
              "error",
              `${name}: a waiver needs a reason (who accepted the risk and why, e.g. a ticket), so it is never silent. Add reason: …`,
              at(waiver.reason === void 0 ? "rule" : "reason")
            )
          );
        }
        if (waiver.expires === void 0) {
          findings.push(
            report12("error", `${name}: a waiver needs an expiry date. Add expires: YYYY-MM-DD.`, at("rule"))
          );
        } else {
          const left = daysBetween(context.today, waiver.expires);
          if (left < 0) {
            findings.push(
              report12(
                "error",
                `${name}: expired on ${waiver.expires}, so it no longer applies. Fix the finding, or renew the waiver with a new date and reason.`,
                at("expires")
              )
            );
          } else if (left <= REMINDER_DAYS) {
            findings.push(
              report12("notice", `${name}: expires in ${left} days (${waiver.expires}).`, at("expires"))
            );
          }
        }
      });
      return findings;
    }
  };
}

// src/rules/index.ts
var RULES = [
  declarationSyntax,
  declarationSchema,
  filingRequired,
  filingApproved,
  filingNumberFormat,
  filingHolder,
  filingChannel,
  hostingMainland,
  releaseVersion,
  artifactIdentity,
  channelPackages,
  certificateExpiry,
  sourceIdentity,
  createWaiverRule(() => RULES.map((r) => r.meta.id))
];
function findRule(id) {
  return RULES.find((r) => r.meta.id === id);
}
function runRules(context) {
  return RULES.flatMap((rule) => rule.check?.(context) ?? []);
}

export {
  require_valid,
  versionFromTag,
  tagFromRef,
  tagGlobs,
  loadTagMatcher,
  tagMatches,
  ownerOf,
  normalizeFingerprint,
  certificateMismatches,
  waiverInForce,
  RULES,
  findRule,
  runRules
};
