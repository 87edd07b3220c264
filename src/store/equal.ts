// Structural equality of documents and patches, used to refuse no-op edits; it lives in the model
// (the re-import merge and the comparison over time use it too).
export { isDeepEqual } from '../model';
