import {
  readPlainYaml
} from "./chunk-BTT4TRT6.js";
import {
  ALIPAY_APP_ID,
  APP_ID,
  APP_KINDS,
  DOUYIN_APP_ID,
  FILING_STATUSES,
  FINGERPRINTS,
  GRADLE_VARIANT,
  WECHAT_APP_ID,
  bundleId,
  certificateProblem,
  creditCodeProblem,
  dateProblem,
  duplicateIdProblems,
  fingerprintProblem,
  hostingProblems,
  packageName,
  platformProblems,
  provinceProblem,
  publicKeyProblem,
  rangeProblem,
  storeProblem
} from "./chunk-KDFKN7S6.js";
import {
  constants
} from "./chunk-XAPV4J6G.js";
import {
  basename,
  sep
} from "./chunk-FLB3LZ3Q.js";
import {
  open,
  realpath,
  stat
} from "./chunk-56NIKHG7.js";

// src/declaration/valid.ts
var isString = (value) => typeof value === "string";
var nonEmpty = (value) => isString(value) && value.length >= 1;
var matching = ({ pattern }) => (value) => isString(value) && pattern.test(value);
var checked = (problem) => (value) => isString(value) && !problem(value);
var oneOf = (options) => (value) => options.includes(value);
var optional = (check) => ({ check, optional: true });
var required = (check) => ({ check });
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isPlainObject(value) {
  if (!isObject(value)) return false;
  const constructor = value.constructor;
  if (constructor === void 0 || typeof constructor !== "function") return true;
  const prototype = constructor.prototype;
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, "isPrototypeOf");
}
function strict(fields, refine) {
  const entries = Object.entries(fields);
  const known = new Set(Object.keys(fields));
  return (value) => {
    if (!isObject(value)) return false;
    for (const key of Object.keys(value)) if (!known.has(key)) return false;
    for (const [key, field] of entries) {
      const present = Object.hasOwn(value, key) && value[key] !== void 0;
      if (!present ? !field.optional : !field.check(value[key])) return false;
    }
    return refine ? refine(value) : true;
  };
}
var list = (item, minLength = 0) => (value) => Array.isArray(value) && value.length >= minLength && value.every(item);
var isoDate = checked(dateProblem);
var certificate = strict(
  {
    ...Object.fromEntries(
      FINGERPRINTS.map(({ key, name, hexLength }) => [
        key,
        optional(checked((value) => fingerprintProblem(name, hexLength, value)))
      ])
    ),
    publicKey: optional(checked(publicKeyProblem))
  },
  (cert) => !certificateProblem(cert)
);
var platforms = strict({
  android: optional(
    strict({ package: required(matching(packageName(""))), certificate: required(certificate) })
  ),
  ios: optional(strict({ bundleId: required(matching(bundleId(""))), certificate: required(certificate) })),
  harmony: optional(
    strict({ bundleName: required(matching(packageName(""))), certificate: required(certificate) })
  ),
  wechat: optional(strict({ appId: required(matching(WECHAT_APP_ID)) })),
  alipay: optional(strict({ appId: required(matching(ALIPAY_APP_ID)) })),
  baidu: optional(strict({ appKey: required(nonEmpty) })),
  douyin: optional(strict({ appId: required(matching(DOUYIN_APP_ID)) })),
  quickApp: optional(strict({ package: required(matching(packageName(""))) }))
});
var hosting = strict(
  {
    provider: required(nonEmpty),
    region: optional(nonEmpty),
    location: optional(nonEmpty),
    mainland: optional((value) => typeof value === "boolean")
  },
  (h) => hostingProblems(h).length === 0
);
var storeId = checked(storeProblem);
var app = strict(
  {
    id: required(matching(APP_ID)),
    name: required(nonEmpty),
    kind: required(oneOf(APP_KINDS)),
    launchedOn: optional(isoDate),
    filing: required(
      strict({
        number: optional(nonEmpty),
        status: required(oneOf(FILING_STATUSES)),
        approvedOn: optional(isoDate),
        via: optional(nonEmpty)
      })
    ),
    hosting: optional(list(hosting)),
    platforms: required(platforms),
    stores: required(list(storeId, 1)),
    release: optional(
      strict({
        tags: optional((value) => nonEmpty(value) || list(nonEmpty, 1)(value)),
        versions: optional(checked(rangeProblem)),
        channels: optional(
          (value) => isPlainObject(value) && Object.entries(value).every(([k, v]) => nonEmpty(k) && storeId(v))
        )
      })
    ),
    sources: optional(
      strict({
        android: optional(
          (value) => nonEmpty(value) || strict({ path: required(nonEmpty), variant: optional(matching(GRADLE_VARIANT)) })(value)
        ),
        ios: optional(nonEmpty),
        harmony: optional(nonEmpty),
        wechat: optional(nonEmpty),
        alipay: optional(nonEmpty)
      })
    )
  },
  (a) => platformProblems(a).length === 0
);
var holder = strict({
  name: required(nonEmpty),
  province: required(checked(provinceProblem)),
  creditCode: optional(checked(creditCodeProblem)),
  mainNumber: optional(nonEmpty)
});
var waiver = strict({
  rule: required(nonEmpty),
  app: optional(nonEmpty),
  reason: optional(isString),
  expires: optional(isoDate)
});
var declaration = strict(
  {
    $schema: optional(isString),
    version: required((value) => value === 1),
    holder: required(holder),
    apps: required(list(app, 1)),
    waivers: optional(list(waiver))
  },
  (decl) => duplicateIdProblems(decl.apps).length === 0
);
function isValidDeclaration(raw) {
  return declaration(raw);
}

// src/declaration/load.ts
var MAX_DECLARATION_BYTES = 1024 * 1024;
var MAX_DECLARATION_NODES = 1e5;
function syntaxFinding(message, location) {
  return { rule: "declaration-syntax", severity: "error", message, ...location ? { location } : {} };
}
async function loadDeclaration(path, displayPath) {
  const start = { file: displayPath, line: 1, column: 1 };
  const cannotRead = async (error) => {
    const code = error.code;
    const sibling = code === "ENOENT" ? await otherExtension(path) : void 0;
    const message = code === "ENOENT" ? sibling ? `${displayPath} does not exist, but ${sibling} does beside it. Rename it to ${basename(path)}, or point the config input / --config at it.` : `${displayPath} does not exist. Create it (\`china-filing init\` writes a starter) or set the config input / --config to its path.` : `${displayPath} cannot be read (${code ?? String(error)}). Check the path and its permissions.`;
    return { findings: [syntaxFinding(message, start)] };
  };
  let real;
  try {
    real = await realpath(path);
  } catch (error) {
    return cannotRead(error);
  }
  if (real.split(sep).includes(".git") || path.split(sep).includes(".git")) {
    return {
      findings: [
        syntaxFinding(
          `${displayPath} is inside a .git folder${real !== path ? " (through a symbolic link)" : ""}; the gate never reads git's own files. Point --config / the config input at china-filing.yml in the repository tree.`,
          start
        )
      ]
    };
  }
  let handle;
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    return cannotRead(error);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      return {
        findings: [
          syntaxFinding(
            `${displayPath} is not a file. Point --config / the config input at china-filing.yml.`,
            start
          )
        ]
      };
    }
    if (info.size > MAX_DECLARATION_BYTES) {
      return {
        findings: [
          syntaxFinding(
            `${displayPath} is ${info.size} bytes; a declaration is at most ${MAX_DECLARATION_BYTES} bytes. Is --config pointing at the right file?`,
            start
          )
        ]
      };
    }
    let bytes;
    try {
      bytes = await handle.readFile();
    } catch (error) {
      return {
        findings: [syntaxFinding(`${displayPath} cannot be read (${error.message}).`, start)]
      };
    }
    return await parseDeclarationBytes(bytes, displayPath);
  } finally {
    await handle.close();
  }
}
async function otherExtension(file) {
  const match = /\.(ya?ml)$/i.exec(file);
  if (!match) return void 0;
  const other = file.slice(0, -match[1].length) + (match[1].toLowerCase() === "yml" ? "yaml" : "yml");
  const exists = await stat(other).then(
    (info) => info.isFile(),
    () => false
  );
  return exists ? basename(other) : void 0;
}
async function parseDeclarationBytes(bytes, file) {
  const start = { file, line: 1, column: 1 };
  if (bytes.includes(0)) {
    return {
      findings: [
        syntaxFinding(`${file} is a binary file, not YAML. Point the config at china-filing.yml.`, start)
      ]
    };
  }
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return {
      findings: [
        syntaxFinding(
          `${file} is not UTF-8 text. Save it as UTF-8 (the filing number contains Chinese characters).`,
          start
        )
      ]
    };
  }
  return parseDeclaration(text.replace(/^\uFEFF/, ""), file);
}
async function parseDeclaration(text, file) {
  const read = readPlainYaml(text, MAX_DECLARATION_NODES) ?? (await import("./yaml-library-DZGTSASG.js")).readWithYamlLibrary(text, file);
  return acceptDeclaration(read, text, file) ?? (await import("./diagnose-NZMSIZEH.js")).diagnoseDeclaration(read, text, file);
}
function acceptDeclaration(read, text, file) {
  if ("findings" in read) return read;
  if (!isValidDeclaration(read.value)) return void 0;
  return { declaration: { file, data: read.value, locate: locator(read.root, text, file) }, findings: [] };
}
function locator(root, text, file) {
  const lineStarts = lineStartsOf(text);
  const at = (offset, end) => toLocation(file, lineStarts, offset, end);
  return (path, part = "value") => locateNode(root, path, part, at);
}
function lineStartsOf(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function linePos(lineStarts, offset) {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = low + high + 1 >> 1;
    if (lineStarts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, col: offset - lineStarts[low] + 1 };
}
function toLocation(file, lineStarts, offset, end) {
  const startPos = linePos(lineStarts, offset);
  const location = { file, line: startPos.line, column: startPos.col };
  if (end !== void 0 && end > offset) {
    const endPos = linePos(lineStarts, end);
    location.endLine = endPos.line;
    location.endColumn = endPos.col;
  }
  return location;
}
function locateNode(root, path, part, at) {
  let node = root;
  let best = root.kind === "map" || root.kind === "seq" ? root : void 0;
  let bestKey;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (node?.kind === "map") {
      const pair = node.items.find(
        (p) => p.key && String(p.key.value) === String(segment)
      );
      if (!pair) break;
      const key = pair.key;
      if (last && part === "key") return rangeOf(key, at);
      bestKey = key;
      node = pair.value;
      best = !pair.value || pair.value.kind === "map" || pair.value.kind === "seq" ? key : pair.value;
    } else if (node?.kind === "seq" && typeof segment === "number") {
      const item = node.items[segment];
      if (!item) break;
      node = item;
      best = item;
      bestKey = void 0;
    } else break;
  }
  const target = best ?? bestKey;
  return target ? rangeOf(target, at) : at(0);
}
function rangeOf(node, at) {
  return node.kind === "map" || node.kind === "seq" ? at(node.start) : at(node.start, node.end);
}

export {
  MAX_DECLARATION_NODES,
  syntaxFinding,
  loadDeclaration,
  parseDeclaration,
  locator,
  lineStartsOf,
  toLocation
};
