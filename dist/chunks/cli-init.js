// src/sources/file-types.ts
var FILE_TYPE_PLATFORM = {
  gradle: "android",
  "android-manifest": "android",
  "xcode-project": "ios",
  "info-plist": "ios",
  "wechat-project-config": "wechat",
  "alipay-project": "alipay",
  "uni-app-manifest": "wechat",
  "harmony-app": "harmony",
  "harmony-build-profile": "harmony"
};
function identityFileType(relPath) {
  const name = relPath.split(/[\\/]/).pop() ?? "";
  if (name === "build.gradle" || name === "build.gradle.kts") return "gradle";
  if (name === "AndroidManifest.xml") return "android-manifest";
  if (name === "project.pbxproj") return "xcode-project";
  if (name === "Info.plist" || name.endsWith("-Info.plist")) return "info-plist";
  if (name === "project.config.json" || name === "project.private.config.json") return "wechat-project-config";
  if (name === "mini.project.json") return "alipay-project";
  if (name === "manifest.json") return "uni-app-manifest";
  if (name === "app.json5") return "harmony-app";
  if (name === "build-profile.json5") return "harmony-build-profile";
  return void 0;
}

// esbuild's helpers
import { createRequire as __cfgCreateRequire } from "node:module";
var __cfgRequire;
var require2 = (id) => process.getBuiltinModule?.(id) ?? (__cfgRequire ??= __cfgCreateRequire(import.meta.url))(id);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require2 !== "undefined" ? require2 : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require2 !== "undefined" ? require2 : a)[b]
}) : x)(function(x) {
  if (typeof require2 !== "undefined") return require2.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/semver/internal/lrucache.js, node_modules/semver/internal/parse-options.js, node_modules/semver/internal/constants.js, node_modules/semver/internal/debug.js, node_modules/semver/internal/re.js, node_modules/semver/internal/identifiers.js, node_modules/semver/classes/semver.js, node_modules/semver/functions/compare.js, node_modules/semver/functions/eq.js, node_modules/semver/functions/neq.js, node_modules/semver/functions/gt.js, node_modules/semver/functions/gte.js, node_modules/semver/functions/lt.js, node_modules/semver/functions/lte.js, node_modules/semver/functions/cmp.js, node_modules/semver/classes/comparator.js, node_modules/semver/internal/trim-comparator-whitespace.js, node_modules/semver/classes/range.js, node_modules/semver/ranges/valid.js, cfg-builtin:node:fs, cfg-builtin:node:util, src/promised-fs.ts, cfg-builtin:node:path, src/excerpt.ts, src/declaration/shape.ts, src/catalog/stores.ts, src/declaration/suggest.ts, src/china-time.ts, src/declaration/yaml-scalars.ts, src/report/yaml-snippet.ts, src/usage-error.ts, src/workspace.ts, src/sources/scan.ts, src/sources/module-roles.ts, src/version.ts, src/cli/commands.ts, src/cli/fs-errors.ts, src/cli/program.ts, src/cli/init.ts, src/cli/programs/init.ts
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      "\u2028",
      "\u2029",
      " ",
      " ",
      "　",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt;
  }
});
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});
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
var builtin = __require("node:fs");
var node_fs_default = builtin;
var constants = builtin.constants;
var readFileSync = builtin.readFileSync;
var existsSync = builtin.existsSync;
var appendFileSync = builtin.appendFileSync;
var builtin2 = __require("node:util");
var promisify = builtin2.promisify;
var parseArgs = builtin2.parseArgs;
var access = promisify(node_fs_default.access);
var appendFile = promisify(node_fs_default.appendFile);
var lstat = promisify(node_fs_default.lstat);
var mkdir = promisify(node_fs_default.mkdir);
var mkdtemp = promisify(node_fs_default.mkdtemp);
var readdir = promisify(node_fs_default.readdir);
var readFile = promisify(node_fs_default.readFile);
var realpath = promisify(node_fs_default.realpath.native);
var rm = promisify(node_fs_default.rm);
var stat = promisify(node_fs_default.stat);
var openDescriptor = promisify(node_fs_default.open);
var closeDescriptor = promisify(node_fs_default.close);
var fstat = promisify(node_fs_default.fstat);
var readDescriptor = promisify(node_fs_default.read);
var writeDescriptor = promisify(node_fs_default.write);
var writeWholeFile = promisify(node_fs_default.writeFile);
var OpenFile = class {
  constructor(fd) {
    this.fd = fd;
  }
  fd;
  closed = false;
  /** Reads up to `length` bytes at `position` into `buffer` at `offset`. */
  read(buffer, offset, length, position) {
    return readDescriptor(this.fd, buffer, offset, length, position);
  }
  /** Reads from the current position to the end. */
  readFile() {
    return readFile(this.fd);
  }
  /** Writes all of `data` at the current position (a short write is continued, not dropped). */
  async write(data) {
    for (let done = 0; done < data.length; ) {
      done += (await writeDescriptor(this.fd, data, done, data.length - done)).bytesWritten;
    }
  }
  /** Writes all of `data` at the current position. */
  writeFile(data) {
    return writeWholeFile(this.fd, data);
  }
  stat() {
    return fstat(this.fd);
  }
  async close() {
    if (this.closed) return;
    this.closed = true;
    await closeDescriptor(this.fd);
  }
};
async function open(path, flags, mode) {
  return new OpenFile(await openDescriptor(path, flags, mode));
}
var builtin3 = __require("node:path");
var node_path_default = builtin3;
var join = builtin3.join;
var basename = builtin3.basename;
var sep = builtin3.sep;
function escapeControls(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, unicodeEscape);
}
var unicodeEscape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
var import_valid = __toESM(require_valid(), 1);
var STORES = [
  // Android stores in mainland China. Xiaomi matches package name and signature against the filing
  // (Xiaomi-备案申诉); Huawei: "先备案后上架" (HW-KB doc_0117). Others: Store-secondary (not confirmed per store).
  {
    id: "huawei-appgallery",
    name: "Huawei AppGallery",
    mainland: true,
    kinds: ["app", "quick-app"],
    source: "HW-KB doc_0117; Huawei-FASP"
  },
  {
    id: "honor",
    name: "Honor App Market",
    mainland: true,
    kinds: ["app", "quick-app"],
    source: "Store-secondary"
  },
  {
    id: "xiaomi",
    name: "Xiaomi GetApps",
    mainland: true,
    kinds: ["app", "quick-app"],
    source: "Xiaomi-备案申诉"
  },
  {
    id: "oppo",
    name: "OPPO App Market",
    mainland: true,
    kinds: ["app", "quick-app"],
    source: "Store-secondary"
  },
  {
    id: "vivo",
    name: "vivo App Store",
    mainland: true,
    kinds: ["app", "quick-app"],
    source: "Store-secondary"
  },
  {
    id: "tencent-myapp",
    name: "Tencent MyApp (应用宝)",
    mainland: true,
    kinds: ["app"],
    source: "Store-secondary"
  },
  {
    id: "baidu-app",
    name: "Baidu Mobile Assistant",
    mainland: true,
    kinds: ["app"],
    source: "Store-secondary"
  },
  {
    id: "360",
    name: "360 Mobile Assistant",
    mainland: true,
    kinds: ["app"],
    source: "Store-secondary"
  },
  {
    id: "quick-app-alliance",
    name: "Quick App Alliance (快应用联盟)",
    mainland: true,
    kinds: ["quick-app"],
    source: "HW-KB doc_0115 (K suffix); Store-secondary"
  },
  // Apple: ICP number required for new apps in the China mainland storefront from 2023-09-29 (Apple-ICP).
  {
    id: "app-store-cn",
    name: "App Store (China mainland)",
    mainland: true,
    kinds: ["app"],
    source: "Apple-ICP"
  },
  // Mini-program platforms file their mini programs themselves (MIIT-解读; 登记表).
  {
    id: "wechat",
    name: "WeChat Mini Programs",
    mainland: true,
    kinds: ["mini-program"],
    platform: "wechat",
    source: "WeChat-备案"
  },
  {
    id: "alipay",
    name: "Alipay Mini Programs",
    mainland: true,
    kinds: ["mini-program"],
    platform: "alipay",
    source: "Store-secondary"
  },
  {
    id: "baidu",
    name: "Baidu Smart Mini Programs",
    mainland: true,
    kinds: ["mini-program"],
    platform: "baidu",
    source: "Store-secondary"
  },
  {
    id: "douyin",
    name: "Douyin Mini Programs",
    mainland: true,
    kinds: ["mini-program"],
    platform: "douyin",
    source: "Douyin-备案"
  },
  // Outside mainland China: no filing needed to distribute there.
  {
    id: "google-play",
    name: "Google Play",
    mainland: false,
    kinds: ["app"],
    source: "not available in mainland China"
  },
  {
    id: "app-store",
    name: "App Store (outside China mainland)",
    mainland: false,
    kinds: ["app"],
    source: "non-CN storefronts"
  },
  {
    id: "galaxy-store",
    name: "Samsung Galaxy Store (outside China)",
    mainland: false,
    kinds: ["app"],
    source: "non-CN storefront"
  },
  {
    id: "amazon-appstore",
    name: "Amazon Appstore",
    mainland: false,
    kinds: ["app"],
    source: "not offered in mainland China"
  },
  {
    id: "huawei-appgallery-global",
    name: "Huawei AppGallery (outside China)",
    mainland: false,
    kinds: ["app"],
    source: "non-CN storefront"
  },
  {
    id: "direct-download-global",
    name: "Direct download outside China",
    mainland: false,
    kinds: ["app"],
    source: "self-distribution abroad"
  },
  // Self-distribution to users in mainland China is distribution all the same.
  {
    id: "direct-download-cn",
    name: "Direct download in mainland China (own website)",
    mainland: true,
    kinds: ["app"],
    source: "MIIT-解读 (legal basis)"
  }
];
var STORE_IDS = STORES.map((s) => s.id);
function editDistance(a, b) {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}
function closestMatch(input, candidates) {
  const needle = input.toLowerCase();
  let best;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return void 0;
  const limit = Math.max(1, Math.ceil(Math.max(needle.length, best.candidate.length) / 3));
  return best.distance <= limit ? best.candidate : void 0;
}
var CHINA_OFFSET_MS = 8 * 60 * 60 * 1e3;
var DAY_MS = 24 * 60 * 60 * 1e3;
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
var NULL = /^(?:~|null|Null|NULL)$/;
var TRUE = /^(?:true|True|TRUE)$/;
var FALSE = /^(?:false|False|FALSE)$/;
var DECIMAL = /^[-+]?[0-9]+$/;
var OTHER_NUMBER = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
function plainIsString(source) {
  return ![NULL, TRUE, FALSE, DECIMAL, OTHER_NUMBER].some((pattern) => pattern.test(source));
}
var SAFE_PLAIN = /^[A-Za-z0-9._/+=-]+$/;
function yamlScalar(value) {
  if (SAFE_PLAIN.test(value) && value !== "-" && plainIsString(value)) return value;
  return JSON.stringify(value);
}
var UsageError = class extends Error {
  constructor(message, setting) {
    super(setting ? message.replace(/\{input\}/g, `input ${setting}`) : message);
    this.setting = setting;
    this.name = "UsageError";
    this.template = message;
  }
  setting;
  template;
  /** The message as the CLI (`flag`) or the action (`input`) should say it. */
  describe(style) {
    if (!this.setting) return this.message;
    return this.template.replace(
      /\{input\}/g,
      style === "flag" ? `--${this.setting}` : `input ${this.setting}`
    );
  }
};
function isInside(workspace, absolute) {
  const relative = node_path_default.relative(workspace, absolute);
  return relative === "" || !relative.startsWith("..") && !node_path_default.isAbsolute(relative);
}
async function realPathInWorkspace(workspace, absolute) {
  try {
    return isInside(await realpath(workspace), await realpath(absolute));
  } catch {
    return true;
  }
}
function isInGitDirectory(absolute) {
  return absolute.split(node_path_default.sep).includes(".git");
}
var detectors = () => import("./init/detectors-UM6VE5FF.js");
var MAX_SOURCE_FILE_BYTES = 2 * 1024 * 1024;
var MAX_WALK_DEPTH = 6;
var MAX_WALK_ENTRIES = 1e5;
var MAX_SYMLINK_NOTES = 5;
var WALK_PREFETCH = 32;
var MAX_BUILD_LOGIC_FILES = 500;
var SKIPPED_DIRS = /* @__PURE__ */ new Set([
  "node_modules",
  "build",
  "Build",
  // Carthage/Build, Xcode
  "xcuserdata",
  "Pods",
  "dist",
  "DerivedData",
  "unpackage",
  // uni-app build output
  "miniprogram_npm",
  // WeChat npm build output
  "oh_modules",
  // HarmonyOS ohpm dependencies
  "ephemeral",
  // Flutter generated platform files
  "Carthage"
]);
var PLATFORMS = ["android", "ios", "wechat", "alipay", "harmony"];
var EXPECTED_FILES = {
  android: "build.gradle, build.gradle.kts or AndroidManifest.xml",
  ios: "project.pbxproj (or the .xcodeproj directory) or Info.plist",
  wechat: "project.config.json, project.private.config.json or a uni-app manifest.json",
  alipay: "mini.project.json",
  harmony: "AppScope/app.json5 or build-profile.json5"
};
var ScanResult = class {
  scan = { identities: [], signing: [], files: [], unresolved: [], notes: [] };
  /**
   * Adds what one file gave. The file is listed in `files` when it contributed something, or when
   * it is `listed` anyway: a declared file, or a companion the identity depends on (an Info.plist
   * that defers to the project file today can pin a literal id in a pull request tomorrow).
   */
  add(detected, file, listed = false, module) {
    if (module !== void 0) {
      for (const identity of detected.identities) identity.module ??= module;
      for (const unresolved of detected.unresolved) unresolved.module ??= module;
    }
    this.scan.identities.push(...detected.identities);
    this.scan.signing.push(...detected.signing);
    this.scan.unresolved.push(...detected.unresolved);
    this.scan.notes.push(...detected.notes);
    const contributed = detected.identities.length + detected.signing.length + detected.unresolved.length + detected.notes.length > 0;
    if ((contributed || listed) && !this.scan.files.includes(file)) this.scan.files.push(file);
  }
  note(note) {
    this.scan.notes.push(note);
  }
};
var compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var toPosix = (p) => p.split(node_path_default.sep).join("/");
async function scanSources(workspace, hints = {}, limits = {}) {
  const root = node_path_default.resolve(workspace);
  const result = new ScanResult();
  const reader = new SourceReader(root, result);
  const hinted = PLATFORMS.filter((p) => hints[p] !== void 0);
  if (hinted.length > 0) {
    for (const platform of hinted) {
      const hint = hints[platform];
      const input = typeof hint === "string" ? hint : hint.path;
      const variant = typeof hint === "string" ? void 0 : hint.variant;
      for (const rel of await reader.resolveDeclared(platform, input))
        await scanFile(reader, result, rel, platform, true, variant);
    }
  } else {
    for (const { rel, type } of await findIdentityFiles(
      root,
      result,
      limits.maxEntries ?? MAX_WALK_ENTRIES
    )) {
      await scanFile(reader, result, rel, FILE_TYPE_PLATFORM[type], false);
    }
  }
  const byPlace = (a, b) => compareText(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column;
  result.scan.identities.sort(byPlace);
  result.scan.signing.sort(byPlace);
  result.scan.unresolved.sort(byPlace);
  return result.scan;
}
var SourceReader = class {
  constructor(root, result) {
    this.root = root;
    this.result = result;
  }
  root;
  result;
  /** The root's real path, resolved once for every file the scan reads. */
  realRoot;
  resolvedRoot() {
    return this.realRoot ??= realpath(this.root).catch(() => this.root);
  }
  /**
   * A declared path, validated and resolved to the identity file(s) it names (a folder may hold
   * several Android application modules); empty after a note.
   */
  async resolveDeclared(platform, input) {
    const invalid = (message) => {
      this.result.note({ kind: "invalid-path", file: input, platform, message });
      return [];
    };
    if (input.trim() === "")
      return invalid(`sources.${platform} is empty; name the ${EXPECTED_FILES[platform]} file`);
    const absolute = node_path_default.resolve(this.root, input);
    const relative = node_path_default.relative(this.root, absolute);
    if (relative.startsWith("..") || node_path_default.isAbsolute(relative)) {
      return invalid(
        `sources.${platform} "${input}" is outside the workspace; use a path relative to the repository root, e.g. ${exampleHint(platform)}`
      );
    }
    if (!await realPathInWorkspace(this.root, absolute)) {
      return invalid(
        `sources.${platform} "${input}" is a symbolic link to outside the workspace; name the file itself`
      );
    }
    const info = await stat(absolute).catch(() => void 0);
    if (!info) {
      this.result.note({
        kind: "missing",
        file: toPosix(relative) || input,
        platform,
        message: `sources.${platform} "${input}" does not exist; fix the path (expected ${EXPECTED_FILES[platform]})`
      });
      return [];
    }
    let rel = toPosix(relative);
    if (info.isDirectory()) {
      if (platform === "android") {
        const modules = await this.applicationModules(rel);
        if (modules.length > 0) return modules;
      }
      const inside = await this.fileInDirectory(platform, rel);
      if (!inside) {
        return invalid(
          `sources.${platform} "${input}" is a directory without a ${EXPECTED_FILES[platform]} file; name the file`
        );
      }
      rel = inside;
    }
    const type = identityFileType(rel);
    if (!type || FILE_TYPE_PLATFORM[type] !== platform) {
      return invalid(
        `sources.${platform} "${input}" is not a ${platform} identity file; expected ${EXPECTED_FILES[platform]}`
      );
    }
    return [rel];
  }
  /**
   * The Android application module(s) in a declared folder: `android` is a Gradle root whose
   * `build.gradle` only configures plugins; the app is `android/app` (or any module applying
   * com.android.application within two levels).
   */
  async applicationModules(dir) {
    const { detectGradle } = await detectors();
    const found = [];
    const visit = async (folder, depth) => {
      for (const name of ["build.gradle.kts", "build.gradle"]) {
        const rel = [folder, name].filter((p) => p !== "").join("/");
        if (!await this.isFile(rel)) continue;
        const text = await this.read(rel, "android", false);
        if (text !== void 0 && isApplicationScript(detectGradle(rel, text))) found.push(rel);
        break;
      }
      if (depth >= 2) return;
      const entries = await readdir(node_path_default.join(this.root, folder), { withFileTypes: true }).catch(() => []);
      entries.sort((a, b) => compareText(a.name, b.name));
      for (const entry of entries) {
        if (!entry.isDirectory() || entry.name.startsWith(".") || SKIPPED_DIRS.has(entry.name)) continue;
        await visit([folder, entry.name].filter((p) => p !== "").join("/"), depth + 1);
      }
    };
    await visit(dir, 0);
    return found;
  }
  symbolCache = /* @__PURE__ */ new Map();
  /**
   * The constants a module's script may use from outside it: gradle.properties of the module and of
   * the Gradle root, and `const val` / enum properties of the build logic (buildSrc, build-logic,
   * every `includeBuild`). Read once per Gradle root.
   */
  async gradleSymbols(moduleRel) {
    const { SymbolTable, readGradleProperties, readKotlinConstants, readScriptConstants } = await detectors();
    const moduleDir = node_path_default.posix.dirname(moduleRel);
    const gradleRoot = await this.gradleRoot(moduleDir);
    const key = `${gradleRoot}\0${moduleDir}`;
    const cached = this.symbolCache.get(key);
    if (cached) return cached;
    const table = new SymbolTable();
    const join2 = (...parts) => node_path_default.posix.join(...parts.filter((p) => p !== "" && p !== ".")) || ".";
    for (const dir of [.../* @__PURE__ */ new Set([moduleDir, gradleRoot])]) {
      const file = join2(dir, "gradle.properties");
      const text = await this.read(file, "android", false);
      if (text !== void 0) readGradleProperties(file, text, table);
    }
    if (gradleRoot !== moduleDir) {
      for (const name of ["build.gradle.kts", "build.gradle"]) {
        const file = join2(gradleRoot, name);
        const text = await this.read(file, "android", false);
        if (text === void 0) continue;
        readScriptConstants(file, text, table);
        break;
      }
    }
    const logicDirs = /* @__PURE__ */ new Set([join2(gradleRoot, "buildSrc"), join2(gradleRoot, "build-logic")]);
    for (const name of ["settings.gradle.kts", "settings.gradle"]) {
      const text = await this.read(join2(gradleRoot, name), "android", false);
      if (text === void 0) continue;
      for (const match of text.matchAll(/includeBuild\s*\(?\s*["']([^"'$]+)["']/g)) {
        const dir = join2(gradleRoot, match[1]);
        if (!dir.startsWith("..")) logicDirs.add(dir);
      }
      break;
    }
    for (const dir of logicDirs) {
      for (const file of await this.kotlinFiles(dir)) {
        const text = await this.read(file, "android", false);
        if (text !== void 0) readKotlinConstants(file, text, table);
      }
    }
    this.symbolCache.set(key, table.lookup);
    return table.lookup;
  }
  /** The nearest folder at or above a module holding settings.gradle(.kts), within the workspace. */
  async gradleRoot(moduleDir) {
    for (let dir = moduleDir; ; dir = node_path_default.posix.dirname(dir)) {
      for (const name of ["settings.gradle.kts", "settings.gradle"]) {
        if (await this.isFile(dir === "." ? name : `${dir}/${name}`)) return dir;
      }
      if (dir === "." || dir === "") return moduleDir;
    }
  }
  /** Kotlin sources of build logic: bounded, so a huge included build cannot stall the scan. */
  async kotlinFiles(dir) {
    const files = [];
    const queue = [dir];
    let entriesSeen = 0;
    while (queue.length > 0 && files.length < MAX_BUILD_LOGIC_FILES && entriesSeen < MAX_WALK_ENTRIES) {
      const folder = queue.shift();
      const entries = await readdir(node_path_default.join(this.root, folder), { withFileTypes: true }).catch(() => []);
      entries.sort((a, b) => compareText(a.name, b.name));
      for (const entry of entries) {
        entriesSeen++;
        const rel = `${folder}/${entry.name}`;
        if (entry.isDirectory()) {
          if (!entry.name.startsWith(".") && !SKIPPED_DIRS.has(entry.name)) queue.push(rel);
        } else if (entry.isFile() && entry.name.endsWith(".kt")) files.push(rel);
      }
    }
    return files.slice(0, MAX_BUILD_LOGIC_FILES);
  }
  async fileInDirectory(platform, dir) {
    const join2 = (...parts) => [dir, ...parts].filter((p) => p !== "").join("/");
    const candidates = {
      android: ["build.gradle.kts", "build.gradle", "app/build.gradle.kts", "app/build.gradle"],
      ios: ["project.pbxproj"],
      wechat: ["project.config.json"],
      alipay: ["mini.project.json"],
      harmony: ["AppScope/app.json5"]
    };
    for (const candidate of candidates[platform]) {
      if (await this.isFile(join2(candidate))) return join2(candidate);
    }
    if (platform === "ios") {
      const entries = await readdir(node_path_default.join(this.root, dir), { withFileTypes: true }).catch(() => []);
      const projects = entries.filter(
        (e) => e.isDirectory() && e.name.endsWith(".xcodeproj") && e.name !== "Pods.xcodeproj"
      );
      if (projects.length === 1 && await this.isFile(join2(projects[0].name, "project.pbxproj"))) {
        return join2(projects[0].name, "project.pbxproj");
      }
    }
    return void 0;
  }
  async isFile(rel) {
    return (await stat(node_path_default.join(this.root, rel)).catch(() => void 0))?.isFile() ?? false;
  }
  /**
   * The text of a workspace file. `required` files that are missing get a note; companions that
   * are missing are normal (most modules have no manifest package, most apps no private config).
   */
  async read(rel, platform, required) {
    const absolute = node_path_default.join(this.root, rel);
    const real = await realpath(absolute).catch(() => void 0);
    const realRoot = await this.resolvedRoot();
    if (isInGitDirectory(node_path_default.relative(this.root, absolute)) || real !== void 0 && isInGitDirectory(node_path_default.relative(realRoot, real))) {
      this.result.note({
        kind: "invalid-path",
        file: rel,
        platform,
        message: `${rel} is inside a .git folder; the source scan never reads git's own files`
      });
      return void 0;
    }
    if (real !== void 0 && !isInside(realRoot, real)) {
      this.result.note({
        kind: "invalid-path",
        file: rel,
        platform,
        message: `${rel} is a symbolic link to outside the workspace; it was not read`
      });
      return void 0;
    }
    const info = await stat(absolute).catch(() => void 0);
    if (!info?.isFile()) {
      if (required)
        this.result.note({ kind: "missing", file: rel, platform, message: `${rel} does not exist` });
      return void 0;
    }
    if (info.size > MAX_SOURCE_FILE_BYTES) {
      this.result.note({
        kind: "too-large",
        file: rel,
        platform,
        message: `${rel} is ${(info.size / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_SOURCE_FILE_BYTES / 1024 / 1024} MiB limit for identity files; it was skipped`
      });
      return void 0;
    }
    try {
      return await readFile(absolute, "utf8");
    } catch (error) {
      this.result.note({
        kind: "unreadable",
        file: rel,
        platform,
        message: `${rel} could not be read (${error.code ?? String(error)})`
      });
      return void 0;
    }
  }
};
function exampleHint(platform) {
  return {
    android: "android/app/build.gradle.kts",
    ios: "ios/Runner.xcodeproj/project.pbxproj",
    wechat: "project.config.json",
    alipay: "mini.project.json",
    harmony: "AppScope/app.json5"
  }[platform];
}
async function scanFile(reader, result, rel, platform, declared, variant) {
  const { detectIdentities } = await detectors();
  const text = await reader.read(rel, platform, true);
  if (text === void 0) return;
  if (declared) result.add(empty(), rel, true);
  const type = identityFileType(rel);
  if (type === "gradle") return scanGradleModule(reader, result, rel, text, declared, variant);
  if (type === "xcode-project") return scanXcodeProject(reader, result, rel, text);
  if (type === "wechat-project-config") return scanWeChatProject(reader, result, rel, text);
  if (type === "harmony-app") return scanHarmonyApp(reader, result, rel, text);
  const detected = detectIdentities(rel, text);
  if (declared && type === "android-manifest" && detected.identities.length + detected.unresolved.length === 0) {
    detected.notes.push({
      kind: "no-identity",
      file: rel,
      platform,
      message: `${rel} has no package attribute`
    });
  }
  result.add(detected, rel, false, moduleOf(rel));
}
function moduleOf(rel) {
  const dir = node_path_default.posix.dirname(rel);
  if (rel.endsWith(".xcodeproj/project.pbxproj")) return dir;
  if (/(^|\/)AppScope$/.test(dir)) return node_path_default.posix.dirname(dir);
  return dir;
}
function isApplicationScript({ model, identities, unresolved }) {
  return model !== void 0 && (model.appliesApplicationPlugin || identities.length + unresolved.length > 0);
}
function needsManifestPackage(model) {
  if (model.defaultConfig.applicationId) return false;
  return model.flavors.size === 0 || [...model.flavors.values()].some((f) => !f.applicationId);
}
async function scanGradleModule(reader, result, rel, text, declared, variant) {
  const { detectAndroidManifest, detectGradle, readManifestPackage } = await detectors();
  const options = {
    ...variant ? { variant } : {},
    ...declared ? { applicationModule: true } : {}
  };
  let { model, ...detected } = detectGradle(rel, text, options);
  const isAppModule = model !== void 0 && (model.appliesApplicationPlugin || detected.identities.length + detected.unresolved.length > 0);
  if (!declared && !isAppModule && detected.notes.length === 0) return;
  if (detected.unresolved.length > 0) {
    options.symbols = await reader.gradleSymbols(rel);
    ({ model, ...detected } = detectGradle(rel, text, options));
  }
  const namespaceGaveId = model?.namespace !== void 0 && detected.identities.length + detected.unresolved.length > 0;
  if (model && needsManifestPackage(model) && !namespaceGaveId) {
    const manifestRel = node_path_default.posix.join(node_path_default.posix.dirname(rel), "src/main/AndroidManifest.xml");
    const manifestText = await reader.read(manifestRel, "android", false);
    const manifestPackage = manifestText === void 0 ? void 0 : readManifestPackage(manifestRel, manifestText);
    if (manifestPackage && !/\$\{/.test(manifestPackage.value)) {
      ;
      ({ model, ...detected } = detectGradle(rel, text, { ...options, manifestPackage }));
      result.add(empty(), manifestRel, true);
    } else if (manifestText !== void 0) {
      result.add(
        manifestPackage ? detectAndroidManifest(manifestRel, manifestText) : empty(),
        manifestRel,
        true
      );
    }
    if (detected.identities.length + detected.unresolved.length === 0 && (declared || model?.appliesApplicationPlugin)) {
      detected.notes.push({
        kind: "no-identity",
        file: rel,
        platform: "android",
        message: `${rel} sets no applicationId (defaultConfig or product flavours) and ${manifestRel} has no package attribute; the application id could not be found`
      });
    }
  }
  result.add(detected, rel, false, moduleOf(rel));
}
async function scanXcodeProject(reader, result, rel, text) {
  const { detectInfoPlist, detectXcodeProject } = await detectors();
  const srcRoot = node_path_default.posix.dirname(node_path_default.posix.dirname(rel));
  let { infoPlists, xcconfigs, ...detected } = detectXcodeProject(rel, text);
  if (xcconfigs.length > 0) {
    const loaded = /* @__PURE__ */ new Map();
    for (const reference of xcconfigs) {
      const fileRel = node_path_default.posix.normalize(node_path_default.posix.join(srcRoot, reference));
      if (fileRel.startsWith("../")) continue;
      loaded.set(reference, await readXcconfigSettings(reader, result, fileRel));
    }
    ;
    ({ infoPlists, xcconfigs, ...detected } = detectXcodeProject(rel, text, (p) => loaded.get(p)));
  }
  const module = moduleOf(rel);
  result.add(detected, rel, false, module);
  const seen = /* @__PURE__ */ new Set();
  for (const reference of infoPlists) {
    const plistRel = node_path_default.posix.normalize(node_path_default.posix.join(srcRoot, reference.path));
    if (plistRel.startsWith("../") || node_path_default.posix.isAbsolute(plistRel)) continue;
    if (seen.has(`${reference.target}\0${plistRel}`)) continue;
    seen.add(`${reference.target}\0${plistRel}`);
    const plistText = await reader.read(plistRel, "ios", true);
    if (plistText === void 0) continue;
    const context = { target: reference.target, variant: reference.variant };
    result.add(detectInfoPlist(plistRel, plistText, context), plistRel, true, module);
  }
}
var MAX_XCCONFIG_INCLUDES = 8;
async function readXcconfigSettings(reader, result, fileRel, depth = 0, seen = /* @__PURE__ */ new Set()) {
  const { parseXcconfig } = await detectors();
  const settings = /* @__PURE__ */ new Map();
  if (depth > MAX_XCCONFIG_INCLUDES || seen.has(fileRel)) return settings;
  seen.add(fileRel);
  const text = await reader.read(fileRel, "ios", false);
  if (text === void 0) return settings;
  result.add(empty(), fileRel, true);
  for (const entry of parseXcconfig(fileRel, text).entries) {
    if (entry.kind === "setting") settings.set(entry.key, entry.setting);
    else {
      const included = node_path_default.posix.normalize(node_path_default.posix.join(node_path_default.posix.dirname(fileRel), entry.path));
      if (included.startsWith("../") || node_path_default.posix.isAbsolute(included)) continue;
      for (const [key, value] of await readXcconfigSettings(reader, result, included, depth + 1, seen))
        settings.set(key, value);
    }
  }
  return settings;
}
async function scanWeChatProject(reader, result, rel, text) {
  const { detectIdentities } = await detectors();
  const shared = detectIdentities(rel, text);
  if (!rel.endsWith("project.private.config.json")) {
    const privateRel = node_path_default.posix.join(node_path_default.posix.dirname(rel), "project.private.config.json");
    const privateText = await reader.read(privateRel, "wechat", false);
    if (privateText !== void 0) {
      const overrides = detectIdentities(privateRel, privateText);
      if (overrides.identities.length + overrides.unresolved.length > 0) {
        for (const identity of shared.identities) identity.release = false;
        for (const unresolved of shared.unresolved) unresolved.release = false;
      }
      result.add(shared, rel, false, moduleOf(rel));
      result.add(overrides, privateRel, true, moduleOf(rel));
      return;
    }
  }
  result.add(shared, rel, false, moduleOf(rel));
}
async function scanHarmonyApp(reader, result, rel, text) {
  const { detectIdentities } = await detectors();
  const module = moduleOf(rel);
  result.add(detectIdentities(rel, text), rel, false, module);
  if (!rel.endsWith("app.json5")) return;
  const projectDir = node_path_default.posix.dirname(node_path_default.posix.dirname(rel));
  const profileRel = projectDir === "." ? "build-profile.json5" : `${projectDir}/build-profile.json5`;
  const profileText = await reader.read(profileRel, "harmony", false);
  if (profileText !== void 0)
    result.add(detectIdentities(profileRel, profileText), profileRel, true, module);
}
function empty() {
  return { identities: [], signing: [], unresolved: [], notes: [] };
}
async function findIdentityFiles(root, result, maxEntries) {
  let symlinkNotes = 0;
  const found = [];
  const queue = [{ dir: "", depth: 0 }];
  const listDirectory = (dir) => readdir(node_path_default.join(root, dir), { withFileTypes: true }).catch(() => []);
  const prefetch = (from) => {
    for (let k = from; k < Math.min(queue.length, from + WALK_PREFETCH); k++)
      queue[k].entries ??= listDirectory(queue[k].dir);
  };
  let seen = 0;
  for (let head = 0; head < queue.length; head++) {
    prefetch(head);
    const { dir, depth } = queue[head];
    const entries = await queue[head].entries;
    queue[head].entries = void 0;
    entries.sort((a, b) => compareText(a.name, b.name));
    for (const entry of entries) {
      if (++seen > maxEntries) {
        result.note({
          kind: "too-large",
          file: ".",
          message: `the workspace has more than ${maxEntries} entries within depth ${MAX_WALK_DEPTH} (outside ${[...SKIPPED_DIRS].slice(0, 4).join(", ")}, …); auto-detection stopped at ${dir || "."}, so identity files after it were not checked: name them under sources:`
        });
        return found;
      }
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) {
        if (symlinkNotes < MAX_SYMLINK_NOTES && !await realPathInWorkspace(root, node_path_default.join(root, rel))) {
          symlinkNotes++;
          result.note({
            kind: "symlink",
            file: rel,
            message: `${rel} is a symbolic link to outside the workspace; the source scan does not follow it`
          });
        }
        continue;
      }
      if (entry.isDirectory()) {
        if (entry.name.startsWith(".") || SKIPPED_DIRS.has(entry.name)) continue;
        if (depth + 1 < MAX_WALK_DEPTH) queue.push({ dir: rel, depth: depth + 1 });
        continue;
      }
      if (!entry.isFile()) continue;
      const type = autoDetectedType(rel);
      if (type) found.push({ rel, type });
    }
  }
  return found;
}
function autoDetectedType(rel) {
  const type = identityFileType(rel);
  switch (type) {
    case "gradle":
    case "wechat-project-config":
    case "alipay-project":
      return rel.endsWith("project.private.config.json") ? void 0 : type;
    case "xcode-project":
      return /\.xcodeproj\/project\.pbxproj$/.test(rel) ? type : void 0;
    case "harmony-app":
      return /(^|\/)AppScope\/app\.json5$/.test(rel) ? type : void 0;
    case "uni-app-manifest":
      return type;
    default:
      return void 0;
  }
}
var SECONDARY_MODULE_WORDS = /* @__PURE__ */ new Set([
  "sample",
  "samples",
  "catalog",
  "demo",
  "demos",
  "example",
  "examples",
  "benchmark",
  "benchmarks",
  "baselineprofile",
  "playground",
  "showcase",
  "testapp",
  "test",
  "tests",
  "sandbox"
]);
var pathSegments = (p) => p.split("/").filter((s) => s !== "" && s !== ".");
function isSecondaryModule(module) {
  if (!module) return false;
  return pathSegments(module).some(
    (segment) => segment.split(/[-_.]|(?<=[a-z])(?=[A-Z])/).some((word) => SECONDARY_MODULE_WORDS.has(word.toLowerCase()))
  );
}
var PLATFORM_FOLDERS = /^(android|ios|app|harmony|ohos|entry|AppScope|miniprogram|.*\.xcodeproj)$/;
function appRootOf(module) {
  const segments = pathSegments(module);
  while (segments.length > 0 && PLATFORM_FOLDERS.test(segments[segments.length - 1])) segments.pop();
  return segments.join("/");
}
var TOOL_VERSION = true ? "1.0.0" : packageJsonVersion();
var COMMANDS = [
  {
    name: "check",
    summary: "Judge china-filing.yml (and built artifacts) against the filing rules",
    flags: [
      {
        name: "config",
        short: "c",
        value: "FILE",
        description: "the declaration (default china-filing.yml)"
      },
      {
        name: "mode",
        value: "release|pull-request|audit",
        description: "what the run is (default: release with --tag or --version, else audit)"
      },
      { name: "apps", value: "a,b", description: "judge only these declared apps", repeatable: true },
      { name: "stores", value: "s,t", description: "the stores this run uploads to", repeatable: true },
      { name: "tag", value: "TAG", description: "the release tag (implies --mode release)" },
      {
        name: "version",
        value: "SEMVER",
        description: "the release version (default: from --tag; implies --mode release)"
      },
      {
        name: "artifact",
        value: "GLOB",
        description: "built APK/AAB/IPA/HAP files to verify",
        repeatable: true
      },
      {
        name: "fail-on",
        value: "error|warning|never",
        description: "what blocks (never: report only, exit 0)"
      },
      { name: "today", value: "YYYY-MM-DD", description: "the date to judge on (default: today in China)" },
      {
        name: "certificate-expiry-days",
        value: "N",
        description: "warn when an iOS/HarmonyOS signing certificate expires within N days (default 30)"
      },
      {
        name: "format",
        short: "f",
        value: "text|json|sarif|github|junit|codequality",
        description: "the report format (default text)"
      },
      {
        name: "output",
        short: "o",
        value: "FILE",
        description: "write the report to FILE instead of stdout"
      },
      { name: "help", short: "h", description: "show this help" }
    ],
    examples: [
      "china-filing check",
      'china-filing check --tag v1.4.0 --artifact "build/*.apk"',
      "china-filing check --format sarif -o china-filing.sarif"
    ]
  },
  {
    name: "inspect",
    summary: "Print what the filing form asks for from built APK/AAB/IPA/HAP files",
    args: "FILE...",
    flags: [
      {
        name: "format",
        short: "f",
        value: "text|json|yaml",
        description: "the output format (default text)"
      },
      { name: "help", short: "h", description: "show this help" }
    ],
    examples: ["china-filing inspect app-release.apk", "china-filing inspect --format yaml App.ipa"]
  },
  {
    name: "init",
    summary: "Detect identities in the source tree and write a starter china-filing.yml",
    flags: [
      { name: "config", short: "c", value: "FILE", description: "where to write (default china-filing.yml)" },
      { name: "force", description: "overwrite an existing file" },
      { name: "help", short: "h", description: "show this help" }
    ],
    examples: ["china-filing init", "china-filing init --config mobile/china-filing.yml"]
  },
  {
    name: "schema",
    summary: "Print the JSON Schema of china-filing.yml (for editors)",
    flags: [{ name: "help", short: "h", description: "show this help" }],
    examples: ["china-filing schema > china-filing.schema.json"]
  },
  {
    name: "explain",
    summary: "Print a rule's documentation",
    args: "RULE",
    flags: [{ name: "help", short: "h", description: "show this help" }],
    examples: ["china-filing explain artifact-identity"]
  },
  {
    name: "help",
    summary: "Show the help of a command",
    args: "[COMMAND]",
    flags: [],
    examples: ["china-filing help check"]
  }
];
function findCommand(name) {
  return COMMANDS.find((c) => c.name === name);
}
function flagLabel(flag) {
  const long = `--${flag.name}${flag.value ? ` ${flag.value}` : ""}`;
  return flag.short ? `-${flag.short}, ${long}` : `    ${long}`;
}
function commandUsage(command) {
  const lines = [
    `Usage: china-filing ${command.name}${command.args ? ` ${command.args}` : ""}${command.flags.length ? " [options]" : ""}`,
    "",
    command.summary
  ];
  if (command.flags.length) {
    lines.push("", "Options:");
    const labels = command.flags.map(flagLabel);
    const width = Math.max(...labels.map((l) => l.length));
    command.flags.forEach(
      (flag, i) => lines.push(
        `  ${labels[i].padEnd(width)}  ${flag.description}${flag.repeatable ? " (repeatable)" : ""}`
      )
    );
  }
  lines.push("", "Examples:", ...command.examples.map((e) => `  ${e}`));
  lines.push("", "Exit codes: 0 pass, 1 blocked, 2 usage error.");
  return `${lines.join("\n")}
`;
}
function generalUsage() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: china-filing <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Options:
  -h, --help     show help (also: china-filing COMMAND --help, china-filing help COMMAND)
  -V, --version  print the version of china-filing-gate

Exit codes: 0 pass, 1 blocked, 2 usage error.
`;
}
var REASONS = {
  ENOENT: "no such file or folder",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder, not a file",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EEXIST: "it already exists",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "the name is too long"
};
var FIXES = {
  ENOENT: "create the folder first, or choose a path in an existing folder",
  ENOTDIR: "choose a path whose folders are folders",
  EISDIR: "give a file name inside the folder",
  EACCES: "check the permissions, or choose another path",
  EPERM: "check the permissions, or choose another path",
  EROFS: "choose a writable path",
  ENOSPC: "free some space, or choose another path",
  EEXIST: "remove it, or choose another path",
  ELOOP: "point at the real file",
  ENAMETOOLONG: "choose a shorter path"
};
function fileSystemProblem(error) {
  const e = error;
  if (!e || typeof e !== "object" || typeof e.code !== "string" || !(e.code in REASONS)) return void 0;
  const target = e.path ? `${e.path}: ` : "";
  return `${target}${REASONS[e.code]} (${e.code}${e.syscall ? ` on ${e.syscall}` : ""}); ${FIXES[e.code]}.`;
}
var EXIT = { pass: 0, blocked: 1, usage: 2 };
function describeParseError(message, known) {
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) {
    const flag = unknown[1];
    const near = flag.startsWith("--") ? closestMatch(flag.slice(2), known) : void 0;
    return `unknown option ${flag}${near ? `; did you mean --${near}?` : ""}`;
  }
  const missing = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(message);
  if (missing) return `${missing[1]} needs a value`;
  const noValue = /^Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(message);
  if (noValue) return `${noValue[1]} takes no value`;
  return message.split(". ")[0];
}
function parse(args, commandName) {
  const command = findCommand(commandName);
  if (!command) throw new Error(`no command ${commandName} in commands.ts`);
  const options = {};
  for (const flag of command.flags) {
    if (flag.name === "help") continue;
    options[flag.name] = {
      type: flag.value !== void 0 ? "string" : "boolean",
      ...flag.short !== void 0 ? { short: flag.short } : {},
      ...flag.repeatable ? { multiple: true } : {}
    };
  }
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (error) {
    throw new UsageError(describeParseError(error.message, Object.keys(options)));
  }
}
function asksForHelp(args) {
  const end = args.indexOf("--");
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === "-h" || a === "--help");
}
async function runCli(argv, io, runners) {
  const [command, ...rest] = argv;
  try {
    const known = command !== void 0 ? findCommand(command) : void 0;
    if (known && known.name !== "help" && asksForHelp(rest)) {
      io.stdout.write(commandUsage(known));
      return EXIT.pass;
    }
    switch (command) {
      case "check":
      case "inspect":
      case "init":
      case "schema":
      case "explain": {
        const runner = runners[command];
        if (!runner)
          throw new Error(`this program cannot run ${command} (src/cli/routes.ts routes it elsewhere)`);
        return await runner(rest, io);
      }
      case "help":
        return helpCommand(rest, io);
      case "-h":
      case "--help":
        io.stdout.write(generalUsage());
        return EXIT.pass;
      case "--version":
      case "-V":
      case "-v":
        io.stdout.write(`${TOOL_VERSION}
`);
        return EXIT.pass;
      case void 0:
        io.stderr.write(generalUsage());
        return EXIT.usage;
      default: {
        const near = closestMatch(
          command,
          COMMANDS.map((c) => c.name)
        );
        throw new UsageError(
          `unknown command "${command}"${near ? `; did you mean "${near}"?` : ""} Commands: ${COMMANDS.map((c) => c.name).join(", ")}`
        );
      }
    }
  } catch (error) {
    const known = command !== void 0 ? findCommand(command) : void 0;
    if (error instanceof UsageError) {
      const help = known ? `Run: china-filing ${known.name} --help` : "Run: china-filing --help";
      io.stderr.write(`china-filing: ${error.describe("flag")}
${help}
`);
      return EXIT.usage;
    }
    const fsProblem = fileSystemProblem(error);
    if (fsProblem) {
      io.stderr.write(`china-filing: ${fsProblem}
`);
      return EXIT.usage;
    }
    io.stderr.write(
      `china-filing: internal error: ${error?.message ?? String(error)}
The gate could not decide, so it blocks. Please report this with the command you ran.
`
    );
    return EXIT.blocked;
  }
}
function helpCommand(args, io) {
  const { positionals } = parse(args, "help");
  if (positionals.length > 1) throw new UsageError("help takes one command: help check");
  const name = positionals[0];
  if (name === void 0) {
    io.stdout.write(generalUsage());
    return EXIT.pass;
  }
  const command = findCommand(name);
  if (!command) {
    const near = closestMatch(
      name,
      COMMANDS.map((c) => c.name)
    );
    throw new UsageError(`unknown command "${name}"${near ? `; did you mean "${near}"?` : ""}`);
  }
  io.stdout.write(commandUsage(command));
  return EXIT.pass;
}
var SHIPPED_VARIANT = /(^|[^a-z])(prod|production|store|china|cn|release)/i;
var NOT_SHIPPED_VARIANT = /dev|debug|staging|beta|alpha|test|internal|qa|nightly|snapshot/i;
var IDENTITY_SHAPES = {
  android: packageName("an Android package name"),
  ios: bundleId("an iOS bundle id"),
  harmony: packageName("a HarmonyOS bundle name"),
  wechat: WECHAT_APP_ID,
  alipay: ALIPAY_APP_ID
};
function foundAt(i, separator, close = "") {
  const variant = i.variant ? `${i.target ? `${i.target} ` : ""}${i.variant}` : void 0;
  return escapeControls(
    `${i.location.file}:${i.location.line}${variant ? `${separator}${variant}${close}` : ""}`
  );
}
function variantRank(identity) {
  const name = `${identity.variant ?? ""}`;
  const flavour = name.replace(/Release$/, "");
  let rank = identity.release ? 0 : 100;
  if (NOT_SHIPPED_VARIANT.test(flavour)) rank += 10;
  if (flavour === "" || SHIPPED_VARIANT.test(flavour)) rank -= 5;
  return rank;
}
function selectApps(identities) {
  const leftOut = [];
  const byRoot = /* @__PURE__ */ new Map();
  for (const identity of identities) {
    const module = identity.module ?? identity.location.file;
    if (isSecondaryModule(module)) {
      leftOut.push({ identity, reason: "a sample, catalog or benchmark module, not the shipped app" });
      continue;
    }
    if (identity.value.trim() === "") {
      leftOut.push({ identity, reason: "the value is empty (not set)" });
      continue;
    }
    const root = appRootOf(module);
    byRoot.set(root, [...byRoot.get(root) ?? [], identity]);
  }
  const apps = [];
  for (const [root, found] of [...byRoot.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    const app = { root, identities: {} };
    for (const platform of ["android", "ios", "harmony", "wechat", "alipay"]) {
      const candidates = found.filter((i) => i.platform === platform);
      const shape = IDENTITY_SHAPES[platform];
      const invalid = (i) => shape.pattern.test(i.value) ? 0 : 1;
      const ranked = [...candidates].sort(
        (a, b) => variantRank(a) - variantRank(b) || invalid(a) - invalid(b) || a.value.length - b.value.length
      );
      const chosen = ranked.find((i) => i.release) ?? ranked.find((i) => i.target === void 0);
      if (!chosen) {
        for (const other of candidates)
          leftOut.push({
            identity: other,
            reason: "an embedded target (extension, widget, watch app) with its own id"
          });
        continue;
      }
      const valid = invalid(chosen) === 0;
      if (valid) app.identities[platform] = chosen;
      else leftOut.push({ identity: chosen, reason: `not a valid id: ${shape.message}` });
      const shipped = chosen.variant ?? "the release build";
      for (const other of candidates) {
        if (other === chosen || valid && other.value === chosen.value) continue;
        leftOut.push({
          identity: other,
          reason: other.target && !other.release ? "an embedded target (extension, widget, watch app) with its own id" : valid ? `another variant of the same app; ${shipped} was written` : `another variant of the same app; ${shipped}, the one that ships, has no valid id, so none was written`
        });
      }
    }
    if (Object.keys(app.identities).length > 0) apps.push(app);
  }
  return { apps, leftOut };
}
function slug(text) {
  return text.split(".").pop().toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "app";
}
function starterDeclaration(apps) {
  const from = (i) => `# from ${foundAt(i, " (", ")")}`;
  const certificate = "          md5: TODO # run `china-filing inspect <release build>` and paste its values";
  const lines = [
    "# yaml-language-server: $schema=https://github.com/china-filing-gate/china-filing-gate/raw/main/schema/china-filing.schema.json",
    "# Starter written by `china-filing init`. Fill in every TODO: the gate rejects them until you do.",
    "version: 1",
    "",
    "holder:",
    "  name: TODO # the holder (主办者) exactly as filed",
    "  province: TODO # one-character abbreviation of the filing province, e.g. 沪",
    "",
    "apps:"
  ];
  const ids = /* @__PURE__ */ new Set();
  const uniqueId = (base) => {
    let id = base;
    for (let k = 2; ids.has(id); k++) id = `${base}-${k}`;
    ids.add(id);
    return id;
  };
  for (const app of apps) {
    const { android, ios, harmony, wechat, alipay } = app.identities;
    const nativeId = android ?? ios ?? harmony;
    if (nativeId) {
      lines.push(
        `  - id: ${uniqueId(slug(nativeId.value))}`,
        "    name: TODO # the app name as filed",
        "    kind: app",
        "    filing:",
        "      number: TODO # e.g. 沪ICP备2023012345号-2A",
        "      status: approved # approved | pending | not-filed",
        "      via: TODO # the access provider that filed it, e.g. aliyun",
        "    hosting:",
        "      - provider: TODO # aliyun, tencent, huawei, aws, azure, baidu, volcengine",
        "        region: TODO # a mainland region, e.g. cn-shanghai",
        "    platforms:"
      );
      if (android)
        lines.push(
          "      android:",
          `        package: ${yamlScalar(android.value)} ${from(android)}`,
          "        certificate:",
          certificate
        );
      if (ios)
        lines.push(
          "      ios:",
          `        bundleId: ${yamlScalar(ios.value)} ${from(ios)}`,
          "        certificate:",
          certificate.replace("md5", "sha1")
        );
      if (harmony)
        lines.push(
          "      harmony:",
          `        bundleName: ${yamlScalar(harmony.value)} ${from(harmony)}`,
          "        certificate:",
          certificate.replace("md5", "sha256")
        );
      lines.push("    stores: [TODO] # e.g. huawei-appgallery, xiaomi, app-store-cn");
    }
    for (const mini of [wechat, alipay].filter((m) => m !== void 0)) {
      lines.push(
        `  - id: ${uniqueId(`${app.root ? `${slug(app.root.replace(/\//g, "."))}-` : ""}${mini.platform}-mini-program`)}`,
        "    name: TODO # the mini program name as filed",
        "    kind: mini-program",
        "    filing:",
        "      number: TODO # a mini program number ends in X, e.g. 沪ICP备2023012345号-3X",
        "      status: approved",
        `      via: ${mini.platform}`,
        "    platforms:",
        `      ${mini.platform}:`,
        `        appId: '${mini.value}' ${from(mini)}`,
        `    stores: [${mini.platform}]`
      );
    }
  }
  if (apps.length === 0) {
    lines.push(
      "  - id: TODO # no app identity was found in this tree; describe the app by hand",
      "    name: TODO",
      "    kind: app",
      "    filing: { number: TODO, status: approved, via: TODO }",
      "    hosting: [{ provider: TODO, region: TODO }]",
      "    platforms:",
      "      android: { package: TODO, certificate: { md5: TODO } }",
      "    stores: [TODO]"
    );
  }
  return `${lines.join("\n")}
`;
}
async function initCommand(args, io) {
  const { values, positionals } = parse(args, "init");
  if (positionals.length) throw new UsageError(`init takes no positional arguments (got "${positionals[0]}")`);
  const target = node_path_default.resolve(io.cwd, values.config ?? "china-filing.yml");
  const shown = node_path_default.relative(io.cwd, target) || target;
  const alreadyExists = () => new UsageError(`${shown} already exists; pass --force to overwrite it`);
  const exists = await lstat(target).then(
    () => true,
    () => false
  );
  if (exists && !values.force) throw alreadyExists();
  const scan = await scanSources(node_path_default.dirname(target), {});
  const { apps, leftOut } = selectApps(scan.identities);
  const handle = await open(
    target,
    constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | (values.force ? constants.O_TRUNC : constants.O_EXCL),
    420
  ).catch((error) => {
    const code = error.code;
    if (code === "EEXIST") throw alreadyExists();
    if (code === "ELOOP")
      throw new UsageError(
        `${shown} is a symbolic link; init does not write through links. Remove the link first`
      );
    throw error;
  });
  try {
    await handle.writeFile(starterDeclaration(apps));
  } finally {
    await handle.close();
  }
  const describe = (i) => `${i.platform} ${escapeControls(i.value)} (${foundAt(i, ", ")})`;
  const written = apps.flatMap((app) => Object.values(app.identities).map((i) => `  ${describe(i)}`));
  const left = leftOut.map(({ identity, reason }) => `  ${describe(identity)}: ${reason}`);
  const unread = (scan.unresolved ?? []).filter((u) => u.release).map(
    (u) => escapeControls(`  ${u.platform} ${u.key} at ${u.location.file}:${u.location.line}: ${u.reason}`)
  );
  io.stdout.write(
    [
      written.length ? `Wrote ${shown}, with the identities found: ${apps.length} app(s), from
${written.join("\n")}` : `Wrote ${shown}; no app identity was found in the source tree`,
      ...left.length ? [`Left out:
${left.join("\n")}`] : [],
      ...unread.length ? [`Not readable without the build (check these by hand):
${unread.join("\n")}`] : [],
      `Fill in the TODOs, then run: china-filing check --config ${shown}`
    ].join("\n") + "\n"
  );
  return EXIT.pass;
}
function main(argv, io) {
  return runCli(argv, io, { init: initCommand });
}
export {
  FILE_TYPE_PLATFORM as __cfg3_FILE_TYPE_PLATFORM,
  identityFileType as __cfg3_identityFileType,
  __commonJS as __cfg4___commonJS,
  __require as __cfg4___require,
  __toESM as __cfg4___toESM,
  main
};
//# sourceMappingURL=cli-init.js.map
