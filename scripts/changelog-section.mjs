// Prints the CHANGELOG.md section of one version (without its heading), for the GitHub Release body:
//   node scripts/changelog-section.mjs 1.0.0
// Exits 1 with a message when the version has no section or an empty one, so a release never goes out
// with empty notes.
import { readFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'

export function changelogSection(changelog, version) {
  const lines = changelog.split('\n')
  // Keep a Changelog headings: "## [1.0.0] - 2026-11-30".
  const start = lines.findIndex((l) => l.startsWith(`## [${version}]`))
  if (start === -1) return undefined
  const end = lines.findIndex((l, i) => i > start && /^## \[/.test(l))
  const body = lines
    .slice(start + 1, end === -1 ? undefined : end)
    .filter((l) => !/^\[[^\]]+\]: /.test(l))
    .join('\n')
    .trim()
  return body || undefined
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const version = process.argv[2]
  if (!version) {
    process.stderr.write('usage: node scripts/changelog-section.mjs VERSION\n')
    process.exit(2)
  }
  const section = changelogSection(await readFile('CHANGELOG.md', 'utf8'), version)
  if (!section) {
    process.stderr.write(
      `CHANGELOG.md has no "## [${version}]" section with content: add one before tagging.\n`,
    )
    process.exit(1)
  }
  process.stdout.write(`${section}\n`)
}
