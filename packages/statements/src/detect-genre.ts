import type { Entity, ParsedDocument } from '@hemicycle/schema';
import { speakersFile } from './lexicon';
import { slugify } from './slugify';
import { isCapitalised, NO_PHRASES, type Phrases, phrases, type Token, tokenize } from './tokens';

export type GenreName = 'parliament' | 'committee' | 'commission' | 'press' | 'resolution';

/** Who speaks in a document and which words stand for it. */
export interface Genre {
  name: GenreName;
  /** The default speaker id. */
  speaker: string;
  /** Subject words that speak for the speaker ("Members", "the report"), as token phrases. */
  subjects: Phrases;
  /** Press releases: subjects that stand for the committee the release names, and its id. */
  committee?: { subjects: Phrases; speaker: string };
}

const SUBJECTS: Record<GenreName, Phrases> = {
  parliament: phrases(speakersFile.genres.parliament.subjects),
  committee: phrases(speakersFile.genres.committee.subjects),
  commission: phrases(speakersFile.genres.commission.subjects),
  press: phrases(speakersFile.genres.press.subjects),
  resolution: NO_PHRASES,
};

const PRESS_COMMITTEE_SUBJECTS: Phrases = phrases(
  speakersFile.genres.press.committeeSubjects ?? [],
);

/** The committee a press release names first ("the Civil Liberties Committee"), or null. */
function namedCommittee(entities: readonly Entity[]): string | null {
  let best: { id: string; at: number } | null = null;
  for (const e of entities) {
    if (e.type !== 'institution' || !isCommitteeName(e.name)) continue;
    const at = e.mentions[0]?.start ?? Number.MAX_SAFE_INTEGER;
    if (!best || at < best.at) best = { id: e.id, at };
  }
  return best?.id ?? null;
}

/** A committee of Parliament ("Committee on Development"), not the European Economic and Social Committee. */
function isCommitteeName(name: string): boolean {
  return name.toLowerCase().startsWith('committee on ');
}

const RESOLUTION_OPENING = /^[^\S\n]*The European Parliament[^\S\n]?,[^\S\n]*$/m;
const NUMBERED_PARAGRAPH = /^[^\S\n]*\d{1,3}\.\s+\p{Lu}/mu;
const NAME_LINKS = new Set([',', 'and', 'the', 'of', 'for', 'in']);

function matchesAny(haystack: string, needles: readonly string[]): boolean {
  const h = haystack.toLowerCase();
  return needles.some((n) => h.includes(n.toLowerCase()));
}

/** Whether the body has the shape of a resolution: "The European Parliament," then numbered paragraphs. */
export function hasResolutionShape(body: string): boolean {
  return RESOLUTION_OPENING.test(body) && NUMBERED_PARAGRAPH.test(body);
}

/** The end token (exclusive) of "Committee on Civil Liberties, Justice and Home Affairs" starting at `i` ("Committee"). */
function committeeNameEnd(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.lower !== 'committee' || tokens[i + 1]?.lower !== 'on') return -1;
  let j = i + 2;
  if (tokens[j]?.lower === 'the') j++;
  if (!tokens[j] || !isCapitalised(tokens[j]!.text)) return -1;
  let end = j + 1;
  for (let k = end; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.word && isCapitalised(t.text)) end = k + 1;
    else if (!NAME_LINKS.has(t.lower)) break;
  }
  return end;
}

/** "the Committee on Development" ending just before token `j`: the token count, or 0. */
export function committeeSubjectBefore(tokens: readonly Token[], j: number): number {
  for (let i = j - 3; i >= Math.max(0, j - 14); i--) {
    if (tokens[i]?.lower === 'committee' && committeeNameEnd(tokens, i) === j) {
      return tokens[i - 1]?.lower === 'the' ? j - i + 1 : j - i;
    }
  }
  return 0;
}

function committeeSpeaker(doc: ParsedDocument, entities: readonly Entity[]): string {
  const start = doc.header.bodyStart;
  const tokens = tokenize(doc.text, start, Math.min(doc.text.length, start + 4000));
  for (let i = 0; i < tokens.length; i++) {
    const end = committeeNameEnd(tokens, i);
    if (end < 0) continue;
    const at = tokens[i]!.start;
    const fromEntity = entities.find(
      (e) => e.type === 'institution' && e.mentions.some((m) => m.start === at),
    );
    return fromEntity?.id ?? slugify(doc.text.slice(at, tokens[end - 1]!.end));
  }
  const anyCommittee = entities.find((e) => e.type === 'institution' && isCommitteeName(e.name));
  return anyCommittee?.id ?? 'committee';
}

/** The genre of a document: which speaker its statements have and which words stand for it. */
export function detectGenre(doc: ParsedDocument, entities: readonly Entity[]): Genre | null {
  const body = doc.text.slice(doc.header.bodyStart);
  const g = speakersFile.genres;
  if (hasResolutionShape(body) || doc.header.format === 'ep-resolution') {
    return { name: 'resolution', speaker: g.resolution.speaker, subjects: NO_PHRASES };
  }
  const { format, event } = doc.header;
  if (format === 'press-release') {
    const committee = namedCommittee(entities);
    return {
      name: 'press',
      speaker: g.press.speaker,
      subjects: SUBJECTS.press,
      ...(committee
        ? { committee: { subjects: PRESS_COMMITTEE_SUBJECTS, speaker: committee } }
        : {}),
    };
  }
  if (format !== 'oeil-summary') {
    // A text of unknown layout that reports an adopted text ("The European Parliament adopted ...").
    if (format === 'text' && matchesAny(body, g.parliament.bodyCues)) {
      return { name: 'parliament', speaker: g.parliament.speaker, subjects: SUBJECTS.parliament };
    }
    return null;
  }
  const label = event?.label ?? '';
  const order = ['committee', 'parliament', 'commission'] as const;
  const name: GenreName =
    order.find((c) => label !== '' && matchesAny(label, g[c].events)) ??
    order.find((c) => matchesAny(body, g[c].bodyCues)) ??
    'parliament';
  const speaker = name === 'committee' ? committeeSpeaker(doc, entities) : g[name].speaker;
  return { name, speaker, subjects: SUBJECTS[name] };
}
