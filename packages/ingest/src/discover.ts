// What a batch's main thread needs to list a corpus, without the header parsers and their data
// (and without zod): `@hemicycle/ingest/discover`.
export { compareCodeUnits, discoverInputs } from './discover-inputs';
export { documentId } from './document-id';
