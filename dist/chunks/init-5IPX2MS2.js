import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  EXIT,
  parse
} from "./chunk-L7L3XPCR.js";
import {
  scanSources
} from "./chunk-XZLMYQJ4.js";
import "./chunk-BXP65GJQ.js";
import {
  UsageError
} from "./chunk-LD2BKEBV.js";
import "./chunk-DJCYL6EZ.js";
import "./chunk-EBUTKOES.js";

// src/cli/init.ts
import { writeFile, stat } from "node:fs/promises";
import path from "node:path";
function firstRelease(identities, platform) {
  const candidates = identities.filter((i) => i.platform === platform);
  return candidates.find((i) => i.release) ?? candidates[0];
}
function slug(text) {
  return text.split(".").pop().toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "app";
}
function starterDeclaration(identities) {
  const android = firstRelease(identities, "android");
  const ios = firstRelease(identities, "ios");
  const harmony = firstRelease(identities, "harmony");
  const wechat = firstRelease(identities, "wechat");
  const alipay = firstRelease(identities, "alipay");
  const from = (i) => `# from ${i.location.file}:${i.location.line}`;
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
  const nativeId = android ?? ios ?? harmony;
  if (nativeId) {
    lines.push(
      `  - id: ${slug(nativeId.value)}`,
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
        `        package: ${android.value} ${from(android)}`,
        "        certificate:",
        certificate
      );
    if (ios)
      lines.push(
        "      ios:",
        `        bundleId: ${ios.value} ${from(ios)}`,
        "        certificate:",
        certificate.replace("md5", "sha1")
      );
    if (harmony)
      lines.push(
        "      harmony:",
        `        bundleName: ${harmony.value} ${from(harmony)}`,
        "        certificate:",
        certificate.replace("md5", "sha256")
      );
    lines.push("    stores: [TODO] # e.g. huawei-appgallery, xiaomi, app-store-cn");
  }
  for (const mini of [wechat, alipay].filter((m) => m !== void 0)) {
    lines.push(
      `  - id: ${slug(mini.platform)}-mini-program`,
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
  if (!nativeId && !wechat && !alipay) {
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
  const { values, positionals } = parse(args, {
    config: { type: "string", short: "c" },
    force: { type: "boolean" }
  });
  if (positionals.length) throw new UsageError(`init takes no positional arguments (got "${positionals[0]}")`);
  const target = path.resolve(io.cwd, values.config ?? "china-filing.yml");
  const exists = await stat(target).then(
    () => true,
    () => false
  );
  if (exists && !values.force)
    throw new UsageError(
      `${path.relative(io.cwd, target) || target} already exists; pass --force to overwrite it`
    );
  const scan = await scanSources(path.dirname(target), {});
  await writeFile(target, starterDeclaration(scan.identities));
  const found = scan.identities.map(
    (i) => `${i.platform} ${i.key} ${i.value} (${i.location.file}:${i.location.line})`
  );
  io.stdout.write(
    `Wrote ${path.relative(io.cwd, target) || target}${found.length ? `, with the identities found:
  ${found.join("\n  ")}` : "; no identity was found in the source tree"}
Fill in the TODOs, then run: china-filing check --config ${path.relative(io.cwd, target) || target}
`
  );
  return EXIT.pass;
}
export {
  initCommand,
  starterDeclaration
};
