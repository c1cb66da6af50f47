import {
  RULES,
  findRule
} from "./chunk-RER54NU2.js";
import "./chunk-JCSDZ5K4.js";
import {
  EXIT,
  parse
} from "./chunk-W7XIADXR.js";
import {
  UsageError
} from "./chunk-RFFF4SD4.js";
import "./chunk-ZNOQMITG.js";
import {
  declarationSchema,
  toJSONSchema
} from "./chunk-7PKQXTN4.js";
import "./chunk-3TR47OQD.js";
import "./chunk-GFVRO5IM.js";
import {
  existsSync
} from "./chunk-XAPV4J6G.js";
import {
  node_path_default
} from "./chunk-FLB3LZ3Q.js";
import {
  STORE_IDS,
  provinceSpellings
} from "./chunk-XX43KU6O.js";
import "./chunk-YA34C2UJ.js";
import {
  closestMatch
} from "./chunk-RS45BQ7I.js";
import "./chunk-6XKLYHM3.js";
import {
  readFile
} from "./chunk-G5IBDK4M.js";
import "./chunk-ZZLBI4GZ.js";
import {
  __require
} from "./chunk-ERADHNRU.js";

// cfg-builtin:node:url
var builtin = __require("node:url");
var fileURLToPath = builtin.fileURLToPath;

// src/declaration/json-schema.ts
function declarationJsonSchema() {
  const schema = toJSONSchema(declarationSchema, {
    target: "draft-7",
    unrepresentable: "any"
  });
  const props = (node) => node.properties;
  const apps = props(schema).apps;
  const app = props(apps.items);
  app.stores.items.enum = [...STORE_IDS];
  const channels = props(app.release).channels;
  channels.additionalProperties.enum = [...STORE_IDS];
  props(props(schema).holder).province.enum = provinceSpellings();
  carryRefinements(schema);
  return {
    $id: "https://github.com/china-filing-gate/china-filing-gate/schema/china-filing.schema.json",
    title: "china-filing.yml",
    description: "Declares the apps a repository ships to mainland China and their MIIT filings (APP备案).",
    ...schema
  };
}
var FINGERPRINT_PATTERNS = {
  // Colons, spaces and case are ignored, as the loader does (keytool prints colons).
  md5: "^[\\s:]*(?:[0-9a-fA-F][\\s:]*){32}$",
  sha1: "^[\\s:]*(?:[0-9a-fA-F][\\s:]*){40}$",
  sha256: "^[\\s:]*(?:[0-9a-fA-F][\\s:]*){64}$"
};
var DATE_PATTERN = "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$";
var DATE_KEYS = /* @__PURE__ */ new Set(["launchedOn", "approvedOn", "expires"]);
function carryRefinements(node) {
  if (Array.isArray(node)) return node.forEach(carryRefinements);
  if (!node || typeof node !== "object") return;
  const object = node;
  const properties = object.properties;
  if (properties) {
    for (const [key, child] of Object.entries(properties)) {
      if (child.type !== "string") continue;
      if (DATE_KEYS.has(key)) child.pattern = DATE_PATTERN;
      if (FINGERPRINT_PATTERNS[key] && "sha256" in properties && "md5" in properties)
        child.pattern = FINGERPRINT_PATTERNS[key];
    }
    if ("md5" in properties && "sha1" in properties && "sha256" in properties && "publicKey" in properties)
      object.anyOf = ["md5", "sha1", "sha256", "publicKey"].map((k) => ({ required: [k] }));
  }
  for (const value of Object.values(object)) carryRefinements(value);
}
function renderJsonSchema() {
  return `${JSON.stringify(declarationJsonSchema(), null, 2)}
`;
}

// src/cli/docs.ts
function schemaCommand(args, io) {
  const { positionals } = parse(args, "schema");
  if (positionals.length)
    throw new UsageError(
      `schema takes no arguments (got "${positionals[0]}"); it prints the schema of china-filing.yml`
    );
  io.stdout.write(renderJsonSchema());
  return EXIT.pass;
}
function rulesDocsDir() {
  let dir = node_path_default.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = node_path_default.join(dir, "docs", "rules");
    if (existsSync(candidate)) return candidate;
    dir = node_path_default.dirname(dir);
  }
  return void 0;
}
async function explainCommand(args, io) {
  const { positionals } = parse(args, "explain");
  const id = positionals[0];
  const ids = RULES.map((r) => r.meta.id);
  if (!id) throw new UsageError(`explain needs a rule id: ${ids.join(", ")}`);
  const rule = findRule(id);
  if (!rule) {
    const near = closestMatch(id, ids);
    throw new UsageError(
      `unknown rule "${id}"${near ? `; did you mean "${near}"?` : ""} Rules: ${ids.join(", ")}`
    );
  }
  const dir = rulesDocsDir();
  const page = dir ? await readFile(node_path_default.join(dir, `${id}.md`), "utf8").catch(() => void 0) : void 0;
  io.stdout.write(
    page ?? `# ${id}

${rule.meta.description}

Default severity: ${rule.meta.defaultSeverity}
`
  );
  return EXIT.pass;
}
export {
  explainCommand,
  schemaCommand
};
