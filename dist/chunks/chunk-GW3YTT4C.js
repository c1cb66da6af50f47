import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);

// src/artifacts/asn1.ts
var Asn1Error = class extends Error {
  constructor(message) {
    super(message);
    this.name = "Asn1Error";
  }
};
var MAX_DEPTH = 48;
function parseAsn1(buffer, offset = 0, limit = buffer.length, depth = 0) {
  if (depth > MAX_DEPTH) throw new Asn1Error("ASN.1 nesting is too deep");
  if (offset + 2 > limit) throw new Asn1Error(`ASN.1 element truncated at offset ${offset}`);
  const tag = buffer[offset];
  if ((tag & 31) === 31) throw new Asn1Error(`unsupported multi-byte ASN.1 tag at offset ${offset}`);
  const constructed = (tag & 32) !== 0;
  let p = offset + 1;
  const first = buffer[p++];
  let length;
  if (first < 128) length = first;
  else if (first === 128) {
    if (!constructed)
      throw new Asn1Error(`indefinite length on a primitive ASN.1 element at offset ${offset}`);
  } else {
    const bytes = first & 127;
    if (bytes > 6 || p + bytes > limit) throw new Asn1Error(`ASN.1 length at offset ${offset} is invalid`);
    length = 0;
    for (let i = 0; i < bytes; i++) length = length * 256 + buffer[p++];
  }
  const contentStart = p;
  const children = [];
  if (length !== void 0) {
    const contentEnd = contentStart + length;
    if (contentEnd > limit)
      throw new Asn1Error(
        `ASN.1 element at offset ${offset} runs past its container (${contentEnd} > ${limit})`
      );
    if (constructed) {
      for (let q = contentStart; q < contentEnd; ) {
        const child = parseAsn1(buffer, q, contentEnd, depth + 1);
        children.push(child);
        q = child.end;
      }
    }
    return { tag, constructed, start: offset, contentStart, contentEnd, end: contentEnd, children };
  }
  for (let q = contentStart; ; ) {
    if (q + 2 > limit)
      throw new Asn1Error(`ASN.1 indefinite-length element at offset ${offset} has no end marker`);
    if (buffer[q] === 0 && buffer[q + 1] === 0)
      return { tag, constructed, start: offset, contentStart, contentEnd: q, end: q + 2, children };
    const child = parseAsn1(buffer, q, limit, depth + 1);
    children.push(child);
    q = child.end;
  }
}
var SIGNED_DATA_OID = Buffer.from("2a864886f70d010702", "hex");
function signedData(der) {
  const contentInfo = parseAsn1(der);
  const [oid, explicit] = contentInfo.children;
  if (contentInfo.tag !== 48 || oid?.tag !== 6 || !der.subarray(oid.contentStart, oid.contentEnd).equals(SIGNED_DATA_OID)) {
    throw new Asn1Error("not a PKCS#7 / CMS SignedData structure");
  }
  const data = explicit?.tag === 160 ? explicit.children[0] : void 0;
  if (!data || data.tag !== 48) throw new Asn1Error("SignedData content is missing");
  return data;
}
function signedDataCertificates(der) {
  const data = signedData(der);
  const certificates = data.children.slice(3).find((c) => c.tag === 160);
  return (certificates?.children ?? []).filter((c) => c.tag === 48).map((c) => der.subarray(c.start, c.end));
}
function signedDataContent(der) {
  const data = signedData(der);
  const encapsulated = data.children[2];
  const explicit = encapsulated?.children.find((c) => c.tag === 160);
  const octets = explicit?.children[0];
  if (!octets) throw new Asn1Error("SignedData carries no content (a detached signature)");
  return octetStringValue(der, octets);
}
function octetStringValue(der, node) {
  if (node.tag === 4) return der.subarray(node.contentStart, node.contentEnd);
  if (node.tag === 36) return Buffer.concat(node.children.map((c) => octetStringValue(der, c)));
  throw new Asn1Error(`expected an OCTET STRING, found tag 0x${node.tag.toString(16)}`);
}
function signerCertificate(der) {
  const certificates = signedDataCertificates(der);
  const signedData2 = parseAsn1(der).children[1]?.children[0];
  const signerInfos = signedData2?.children[signedData2.children.length - 1];
  const sid = signerInfos?.tag === 49 ? signerInfos.children[0]?.children[1] : void 0;
  if (!sid) throw new Asn1Error("the signature has no SignerInfo");
  const bytes = (node) => node ? der.subarray(node.start, node.end) : Buffer.alloc(0);
  for (const certificate of certificates) {
    const tbs = parseAsn1(certificate).children[0];
    if (!tbs) continue;
    const fields = tbs.children[0]?.tag === 160 ? tbs.children.slice(1) : tbs.children;
    const [serial, , issuer] = fields;
    const raw = (node) => node ? certificate.subarray(node.start, node.end) : Buffer.alloc(0);
    if (sid.tag === 48) {
      const [sidIssuer, sidSerial] = sid.children;
      if (raw(issuer).equals(bytes(sidIssuer)) && raw(serial).equals(bytes(sidSerial))) return certificate;
    } else if (sid.tag === 128) {
      const keyId = der.subarray(sid.contentStart, sid.contentEnd);
      if (subjectKeyIdentifier(certificate, tbs)?.equals(keyId)) return certificate;
    }
  }
  throw new Asn1Error("none of its certificates is the one its SignerInfo names");
}
var SUBJECT_KEY_IDENTIFIER = Buffer.from("551d0e", "hex");
function subjectKeyIdentifier(certificate, tbs) {
  const extensions = tbs.children.find((c) => c.tag === 163)?.children[0]?.children ?? [];
  for (const extension of extensions) {
    const oid = extension.children[0];
    if (!oid || !certificate.subarray(oid.contentStart, oid.contentEnd).equals(SUBJECT_KEY_IDENTIFIER))
      continue;
    const value = extension.children[extension.children.length - 1];
    const inner = value ? parseAsn1(certificate, value.contentStart, value.contentEnd) : void 0;
    return inner ? certificate.subarray(inner.contentStart, inner.contentEnd) : void 0;
  }
  return void 0;
}

// src/artifacts/types.ts
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
var ArtifactError = class extends Error {
  constructor(file, message) {
    super(message);
    this.file = file;
    this.name = "ArtifactError";
  }
  file;
};

// src/artifacts/certificate.ts
import { X509Certificate, createHash } from "node:crypto";
var ALGORITHMS = {
  rsa: "RSA",
  "rsa-pss": "RSA",
  ec: "EC",
  dsa: "DSA",
  ed25519: "Ed25519",
  ed448: "Ed448"
};
function digest(algorithm, der) {
  return createHash(algorithm).update(der).digest("hex").toUpperCase();
}
function formatDistinguishedName(der, name) {
  return name.children.map((rdn) => rdn.children.map((ava) => formatAttribute(der, ava)).join(" + ")).reverse().join(", ");
}
var JAVA_KEYWORDS = {
  "2.5.4.3": "CN",
  "2.5.4.6": "C",
  "2.5.4.7": "L",
  "2.5.4.8": "ST",
  "2.5.4.10": "O",
  "2.5.4.11": "OU",
  "2.5.4.12": "T",
  "1.3.6.1.4.1.42.2.11.2.1": "IP",
  "2.5.4.9": "STREET",
  "0.9.2342.19200300.100.1.25": "DC",
  "2.5.4.46": "DNQ",
  "2.5.4.4": "SURNAME",
  "2.5.4.42": "GIVENNAME",
  "2.5.4.43": "INITIALS",
  "2.5.4.44": "GENERATION",
  "1.2.840.113549.1.9.1": "EMAILADDRESS",
  "0.9.2342.19200300.100.1.1": "UID",
  "2.5.4.5": "SERIALNUMBER"
};
var STRING_DECODERS = {
  12: (b) => b.toString("utf8"),
  // UTF8String
  19: (b) => b.toString("latin1"),
  // PrintableString
  20: (b) => b.toString("latin1"),
  // T61String
  22: (b) => b.toString("latin1"),
  // IA5String
  27: (b) => b.toString("latin1"),
  // GeneralString
  30: (b) => Buffer.from(b).swap16().toString("utf16le"),
  // BMPString (UTF-16BE)
  28: universalString
  // UniversalString (UCS-4BE)
};
function universalString(bytes) {
  const parts = [];
  for (let i = 0; i + 4 <= bytes.length && i < MAX_SUBJECT * 4; i += 4) {
    const code = bytes.readUInt32BE(i);
    parts.push(code > 1114111 || code >= 55296 && code <= 57343 ? "�" : String.fromCodePoint(code));
  }
  return parts.join("");
}
var MAX_SUBJECT = 1024;
function printableSubject(subject) {
  const short = subject.length > MAX_SUBJECT ? `${subject.slice(0, MAX_SUBJECT)}… (${subject.length - MAX_SUBJECT} more characters)` : subject;
  return short.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
function formatAttribute(der, ava) {
  const [type, value] = ava.children;
  if (ava.tag !== 48 || type?.tag !== 6 || !value) {
    throw new Asn1Error(`malformed attribute in a distinguished name at offset ${ava.start}`);
  }
  const oid = decodeOid(der.subarray(type.contentStart, type.contentEnd));
  const keyword = JAVA_KEYWORDS[oid] ?? `OID.${oid}`;
  const decode = STRING_DECODERS[value.tag];
  if (!decode || value.tag === 30 && (value.contentEnd - value.contentStart) % 2 !== 0) {
    return `${keyword}=#${der.subarray(value.start, value.end).toString("hex").toUpperCase()}`;
  }
  return `${keyword}=${javaQuoted(decode(der.subarray(value.contentStart, value.contentEnd)))}`;
}
var ESCAPEES = ',+=\n<>#;\\"';
var PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]$/;
function javaQuoted(value) {
  const alreadyQuoted = value.length > 1 && value.startsWith('"') && value.endsWith('"');
  let quote = false;
  let previousWhite = false;
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (alreadyQuoted && (i === 0 || i === value.length - 1)) {
      out += c;
      continue;
    }
    if (PRINTABLE.test(c) || ESCAPEES.includes(c)) {
      const white = c === " " || c === "\n";
      if (i === 0 && white || ESCAPEES.includes(c)) quote = true;
      if (white) {
        if (previousWhite) quote = true;
        previousWhite = true;
      } else {
        if (c === '"' || c === "\\") out += "\\";
        previousWhite = false;
      }
    } else previousWhite = false;
    out += c;
  }
  if (out.endsWith(" ") || out.endsWith("\n")) quote = true;
  return quote && !alreadyQuoted ? `"${out}"` : out;
}
function decodeOid(bytes) {
  const arcs = [];
  let value = 0;
  for (const byte of bytes) {
    value = value * 128 + (byte & 127);
    if ((byte & 128) === 0) {
      if (arcs.length === 0)
        arcs.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else arcs.push(value);
      value = 0;
    }
  }
  return arcs.join(".");
}
function tbsFields(der) {
  const tbs = parseAsn1(der).children[0];
  return tbs?.children[0]?.tag === 160 ? tbs.children.slice(1) : tbs?.children ?? [];
}
function subjectOf(der) {
  const subject = tbsFields(der)[4];
  if (subject?.tag !== 48) throw new Asn1Error("the certificate has no subject name");
  return printableSubject(formatDistinguishedName(der, subject));
}
function validityOf(der) {
  const validity = tbsFields(der)[3];
  const [from, to] = validity?.children ?? [];
  if (validity?.tag !== 48 || !from || !to) throw new Asn1Error("the certificate has no validity period");
  return { notBefore: asn1Time(der, from), notAfter: asn1Time(der, to) };
}
function asn1Time(der, node) {
  const text = der.toString("latin1", node.contentStart, node.contentEnd);
  const match = node.tag === 23 ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text) : node.tag === 24 ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text) : null;
  if (!match) throw new Asn1Error(`the certificate's validity holds "${text}", not a UTC time`);
  const year = node.tag === 23 ? (Number(match[1]) >= 50 ? 1900 : 2e3) + Number(match[1]) : Number(match[1]);
  return `${String(year).padStart(4, "0")}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`;
}
function publicKeyOf(certificate) {
  const key = certificate.publicKey;
  const type = key.asymmetricKeyType ?? "unknown";
  const spki = key.export({ type: "spki", format: "der" }).toString("base64");
  let modulus = null;
  if (type === "rsa" || type === "rsa-pss") {
    const n = key.export({ format: "jwk" }).n;
    modulus = n ? Buffer.from(n, "base64url").toString("hex").toUpperCase().replace(/^(00)+/, "") : null;
  }
  return { algorithm: ALGORITHMS[type] ?? type.toUpperCase(), modulus, spki };
}
function describeCertificate(der, schemes, file = "the artifact") {
  let certificate;
  try {
    certificate = new X509Certificate(der);
  } catch (error) {
    throw new ArtifactError(
      file,
      `a signing certificate cannot be parsed (${error.message}): the signature is corrupt`
    );
  }
  let subject;
  let validity;
  try {
    subject = subjectOf(der);
    validity = validityOf(der);
  } catch (error) {
    if (!(error instanceof Asn1Error)) throw error;
    throw new ArtifactError(
      file,
      `a signing certificate's subject or validity cannot be read (${error.message}): the signature is corrupt`
    );
  }
  let publicKey;
  try {
    publicKey = publicKeyOf(certificate);
  } catch (error) {
    throw new ArtifactError(
      file,
      `the public key of the signing certificate ${subject} cannot be read (${error.message}): the signature is corrupt`
    );
  }
  return {
    subject,
    md5: digest("md5", der),
    sha1: digest("sha1", der),
    sha256: digest("sha256", der),
    publicKey,
    schemes,
    ...validity
  };
}
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

export {
  Asn1Error,
  signedDataCertificates,
  signedDataContent,
  signerCertificate,
  messageOf,
  ArtifactError,
  describeCertificate,
  normalizeFingerprint,
  publicKeyMatches
};
