export { isInvisible } from './chars';
export { segmentSentences } from './segment-sentences';
