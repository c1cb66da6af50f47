
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

export {
  messageOf,
  ArtifactError
};
