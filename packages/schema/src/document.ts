import type { PoliticalGroupId } from './political-groups';
import type { Event, Format, Procedure, Vote } from './record';

/**
 * A decoded input document: what ingest produces and every stage reads.
 * `text` is the file decoded as UTF-8, a leading BOM removed, nothing else changed:
 * every offset in a record points into it.
 */
export interface SourceDocument {
  /** The document id: the file name without its extension. */
  id: string;
  path: string;
  text: string;
  sha256: string;
  /** Size of the file in bytes, as read. */
  bytes: number;
}

/** The header fields of a document (spec section 1), with where its body starts. */
export interface Header {
  format: Format;
  title: string | null;
  procedure: Procedure | null;
  event: Event | null;
  vote: Vote | null;
  tabledBy: PoliticalGroupId[];
  /** Offset where the body starts: sentences cover the non-space text from here on. */
  bodyStart: number;
}

/** A document with its header parsed: the input of the extraction stages. */
export interface ParsedDocument extends SourceDocument {
  header: Header;
}
