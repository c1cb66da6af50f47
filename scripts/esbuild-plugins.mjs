// esbuild plugins shared by scripts/bundle.mjs and the licence test, so both bundle the same code.
import path from 'node:path'

// @actions/core imports its OIDC client (and with it @actions/http-client, undici and tunnel: 800 KB)
// and its platform helpers (@actions/exec) at the top of core.js, for getIDToken() and `platform`,
// which we never call. Their modules only define classes and constants, so they are declared free of
// side effects: esbuild then drops them when nothing uses their exports, and the action starts
// without the HTTP stack. Octokit (loaded lazily, only to publish) brings its own copy when needed.
export const pureActionsModules = {
  name: 'pure-actions-core-modules',
  setup(build) {
    build.onResolve({ filter: /^\.\/(oidc-utils|platform)\.js$/ }, (args) => {
      if (!/[\\/]@actions[\\/]core[\\/]lib$/.test(args.resolveDir)) return undefined
      return { path: path.join(args.resolveDir, args.path), sideEffects: false }
    })
  },
}
