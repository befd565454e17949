export { documentFileNames } from './document-file-names';
export { escapeHtml } from './escape-html';
export { locateText } from './locate-text';
export { CONTENT_SECURITY_POLICY } from './render-page';
export {
  DEFAULT_TOLERANCE,
  type ReportBaseline,
  type ReportDocument,
  type ReportInput,
  renderReport,
} from './render-report';
export { type Mark, type Segment, splitMarks } from './split-marks';
