/**
 * The parts of semver the gate uses, in a module of their own that release/version.ts loads on first
 * need: semver builds some forty regular expressions when it loads, about 2.5 ms, which a check of a
 * declaration with plain ranges and no tag, version or artifact does not need (issue 10).
 */
// semver's modules one by one: the package is CommonJS, so `import semver` bundles all of it.
export { default as satisfies } from 'semver/functions/satisfies.js'
export { default as valid } from 'semver/functions/valid.js'
