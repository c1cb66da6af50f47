import {
  snippetYaml
} from "./chunk-TUOS4IOT.js";
import {
  guardLines,
  oneLine
} from "./chunk-F7WLKADN.js";

// src/report/inspect.ts
var CHANNEL_TOOL = {
  walle: "Walle",
  vasdolly: "VasDolly",
  "vasdolly-v1": "VasDolly v1",
  "meta-inf": "marker file"
};
function toInspectJson(entries) {
  return entries.map((entry) => {
    if ("error" in entry) return { file: entry.file, error: entry.error };
    const a = entry.identity;
    return {
      file: a.file,
      type: a.type,
      id: a.id,
      version: a.version,
      build: a.build,
      signers: a.signers.map((s, i) => ({
        subject: s.subject,
        md5: s.md5,
        sha1: s.sha1,
        sha256: s.sha256,
        publicKey: { algorithm: s.publicKey.algorithm, modulus: s.publicKey.modulus, spki: s.publicKey.spki },
        schemes: s.schemes,
        ...s.minSdk !== void 0 ? { minSdk: s.minSdk } : {},
        ...s.maxSdk !== void 0 ? { maxSdk: s.maxSdk } : {},
        ...s.lineage ? { lineage: s.lineage } : {},
        ...s.notBefore !== void 0 ? { notBefore: s.notBefore } : {},
        ...s.notAfter !== void 0 ? { notAfter: s.notAfter } : {},
        filed: i === a.effectiveSigner
      })),
      ...a.channel !== void 0 ? { channel: a.channel, channelMarks: a.channelMarks ?? [] } : {},
      notes: a.notes
    };
  });
}
function certificateSnippet(identity, signer) {
  const publicKey = signer.publicKey.modulus ?? signer.publicKey.spki;
  switch (identity.platform) {
    case "ios":
      return { sha1: signer.sha1, sha256: signer.sha256 };
    case "harmony":
      return { sha256: signer.sha256, md5: signer.md5 };
    default:
      return { md5: signer.md5, sha256: signer.sha256, publicKey };
  }
}
function platformsSnippet(identity) {
  const signer = identity.signers[identity.effectiveSigner];
  if (!signer) return void 0;
  const idKey = identity.platform === "ios" ? "bundleId" : identity.platform === "harmony" ? "bundleName" : "package";
  return {
    platforms: {
      [identity.platform]: { [idKey]: identity.id, certificate: certificateSnippet(identity, signer) }
    }
  };
}
function renderInspectText(entries) {
  const out = [];
  for (const entry of entries) {
    if ("error" in entry) {
      out.push(oneLine(entry.file), `  cannot be read: ${oneLine(entry.error)}`, "");
      continue;
    }
    const a = entry.identity;
    const idLabel = a.platform === "ios" ? "bundle id" : a.platform === "harmony" ? "bundle name" : "package";
    out.push(`${oneLine(a.file)}  (${a.type.toUpperCase()})`);
    out.push(`  ${idLabel}: ${oneLine(a.id)}`);
    out.push(oneLine(`  version: ${a.version ?? "—"}${a.build ? ` (build ${a.build})` : ""}`));
    if (a.channel !== void 0) {
      const where = (a.channelMarks ?? []).map((m) => `${CHANNEL_TOOL[m.scheme]}: ${m.where}`).join("; ");
      out.push(oneLine(`  channel: ${a.channel}${where ? ` (${where})` : ""}`));
    }
    if (a.signers.length === 0) out.push("  signers: none — the artifact is not signed");
    a.signers.forEach((s, i) => {
      const filed = i === a.effectiveSigner ? "  ← the certificate the filing must record" : "";
      const sdk = s.minSdk !== void 0 ? `, SDK ${s.minSdk}${s.maxSdk === void 0 || s.maxSdk >= 2147483647 ? "+" : `–${s.maxSdk}`}` : "";
      out.push(`  signer #${i + 1} (${s.schemes.join(", ")}${sdk})${filed}`);
      out.push(`    subject:   ${oneLine(s.subject)}`);
      out.push(`    MD5:       ${s.md5}`);
      out.push(`    SHA-1:     ${s.sha1}`);
      out.push(`    SHA-256:   ${s.sha256}`);
      out.push(`    key:       ${s.publicKey.algorithm}`);
      if (s.publicKey.modulus) out.push(`    modulus:   ${s.publicKey.modulus}`);
      out.push(`    SPKI:      ${s.publicKey.spki}`);
      if (s.lineage?.length) out.push(`    lineage:   ${s.lineage.join(" → ")}`);
      if (s.notBefore !== void 0) out.push(`    notBefore: ${s.notBefore}`);
      if (s.notAfter !== void 0) out.push(`    notAfter:  ${s.notAfter}`);
    });
    for (const note of a.notes) out.push(`  note: ${oneLine(note)}`);
    const snippet = platformsSnippet(a);
    if (snippet) {
      out.push("  paste into china-filing.yml (under the app):");
      out.push(
        ...snippetYaml(snippet).trimEnd().split("\n").map((l) => `    ${l}`)
      );
    }
    out.push("");
  }
  return guardLines(out.join("\n"));
}

export {
  toInspectJson,
  renderInspectText
};
