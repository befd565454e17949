export { type EntityExtraction, extractEntities } from './extract-entities';
