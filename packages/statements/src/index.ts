export { extractStatements } from './extract-statements';
