/**
 * The tool's own version, from package.json's `version`: the bundler (scripts/bundle.mjs) writes it in
 * at build time as __PACKAGE_VERSION__, so dist/ needs no package.json at run time. Unbundled (tests,
 * ts-node) it reads package.json beside src/. One module, so the CLI's --version, SARIF and the JSON
 * report's toolVersion never disagree.
 */
import { readFileSync } from 'node:fs'

declare const __PACKAGE_VERSION__: string | undefined

function readPackageVersion(): string {
  try {
    const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8')
    const version = (JSON.parse(text) as { version?: unknown }).version
    return typeof version === 'string' ? version : '0.0.0-dev'
  } catch (error) {
    // Unbundled and without package.json beside src/: say it is a development build rather than guess.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '0.0.0-dev'
    throw error
  }
}

export const TOOL_VERSION: string =
  typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : readPackageVersion()
