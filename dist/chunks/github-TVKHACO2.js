import {
  Context,
  GitHub,
  getOctokitOptions
} from "./chunk-SIREW3QA.js";
import "./chunk-I4LSGFAM.js";
import "./chunk-ERADHNRU.js";

// node_modules/@actions/github/lib/github.js
var context = new Context();
function getOctokit(token, options, ...additionalPlugins) {
  const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
  return new GitHubWithPlugins(getOctokitOptions(token, options));
}
export {
  context,
  getOctokit
};
