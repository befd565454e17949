import type { ParsedDocument } from '@hemicycle/schema';

/** A parsed document with only what the entity stage reads of a header: its event date and where the body starts. */
export function documentForTest(
  id: string,
  text: string,
  eventDate: string | null,
  bodyStart: number,
): ParsedDocument {
  return {
    id,
    path: `${id}.txt`,
    text,
    sha256: '',
    bytes: text.length,
    header: {
      format: 'text',
      title: null,
      procedure: null,
      event: eventDate ? { date: eventDate, label: null } : null,
      vote: null,
      tabledBy: [],
      bodyStart,
    },
  };
}

/**
 * A parsed document for table tests: a header line (its date is the event date, like an OEIL
 * summary's "2012/2553(RSP) - 15/03/2012 - ...") and the body after it.
 */
export function docForTest(body: string, eventDate: string | null = '2012-03-15'): ParsedDocument {
  const headerLine = eventDate ? `0000/0000(RSP) - ${eventDate} - Test header\n` : '';
  return documentForTest('test', `${headerLine}${body}`, eventDate, headerLine.length);
}
