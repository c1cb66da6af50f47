import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  EXIT,
  parse
} from "./chunk-L7L3XPCR.js";
import {
  declarationSchema,
  toJSONSchema
} from "./chunk-44PZNB5P.js";
import {
  RULES,
  STORE_IDS,
  closestMatch,
  findRule,
  provinceSpellings
} from "./chunk-VVA4USSH.js";
import {
  UsageError
} from "./chunk-LD2BKEBV.js";
import "./chunk-DJCYL6EZ.js";
import "./chunk-I2TCRCIK.js";
import "./chunk-WKUZGEHA.js";
import "./chunk-EBUTKOES.js";

// src/cli/docs.ts
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

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
  props(props(schema).holder).province.enum = provinceSpellings();
  return {
    $id: "https://github.com/china-filing-gate/china-filing-gate/schema/china-filing.schema.json",
    title: "china-filing.yml",
    description: "Declares the apps a repository ships to mainland China and their MIIT filings (APP备案).",
    ...schema
  };
}
function renderJsonSchema() {
  return `${JSON.stringify(declarationJsonSchema(), null, 2)}
`;
}

// src/cli/docs.ts
function schemaCommand(args, io) {
  parse(args, {});
  io.stdout.write(renderJsonSchema());
  return EXIT.pass;
}
function rulesDocsDir() {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = path.join(dir, "docs", "rules");
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return void 0;
}
async function explainCommand(args, io) {
  const { positionals } = parse(args, {});
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
  const page = dir ? await readFile(path.join(dir, `${id}.md`), "utf8").catch(() => void 0) : void 0;
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
