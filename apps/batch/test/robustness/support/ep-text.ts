// EP-like texts built from real European Parliament sentence templates and fragments (OEIL
// summaries, motions for resolutions, press releases), driven by a stream of choices so that
// the same generator serves seeded corpora (big inputs, benchmarks of robustness) and
// fast-check properties (whose choice arrays shrink towards the simplest text).
import fc from 'fast-check';

/** A source of choices: an integer in [min, max]. */
export interface Chooser {
  int(min: number, max: number): number;
}

/** A seeded chooser (mulberry32): the same seed gives the same text. */
export function seededChooser(seed: number): Chooser {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (min, max) => min + Math.floor(next() * (max - min + 1)) };
}

/** A chooser reading a fixed array of numbers (fast-check shrinks them towards 0), then zeros. */
export function arrayChooser(choices: readonly number[]): Chooser {
  let i = 0;
  return {
    int: (min, max) => {
      const n = choices[i++] ?? 0;
      return min + (n % (max - min + 1));
    },
  };
}

const SUBJECTS = [
  'Kazakhstan',
  'the situation in Belarus',
  'the EU’s public health strategy post-COVID-19',
  'the human rights situation in Nicaragua',
  'EU-UK relations',
  'the implementation of the Common Foreign and Security Policy',
  'restrictive measures in view of the situation in Ukraine',
  'the case of Ahmadreza Djalali in Iran',
];
const GROUPS = [
  'EPP',
  'S&D',
  'ALDE',
  'ECR',
  'Greens/EFA',
  'GUE/NGL',
  'Renew',
  'ID',
  'The Left',
  'Verts/ALE',
  'PPE',
  'EFDD',
];
const ADDRESSEES = [
  'the Commission',
  'the Council',
  'the Commission and the Council',
  'the EEAS',
  'the Member States',
  'the Kazakh authorities',
  'the Belarusian authorities',
  'the Government of Nicaragua',
  'the High Representative of the European Union for Foreign Affairs and Security Policy',
  'the VP/HR',
  'Frontex',
  'the OSCE/ODIHR',
];
const ACTIONS = [
  'undertake close monitoring of the trial of those accused of organising the demonstrations',
  'report back to Parliament',
  'release immediately and unconditionally all political prisoners',
  'propose a legislative framework on the protection of whistle-blowers',
  'assess, and if necessary revise, the action plan',
  'make every effort to improve the human rights situation in their country',
  'ensure that the funds are spent in accordance with Article 7(1) TEU',
  'adopt targeted sanctions under Regulation (EU) 2020/1998',
  'raise all issues of concern with the authorities',
  'support civil society and independent media',
];
const NOUN_PHRASES = [
  'the violent crackdown by the police against demonstrators in Zhanaozen',
  'an independent and credible investigation into the events, with an international component',
  'the deterioration of the human rights situation',
  'the arbitrary detention of journalists and human rights defenders',
  'the Partnership and Cooperation Agreement between the EU and Kazakhstan',
  'the Rome Statute of the International Criminal Court',
  'the Rules of Procedure',
  'the 11th EDF',
  'Directive 2014/92/EU',
];
const CLAUSES = [
  'progress in the negotiation of the new enhanced agreement must depend on the progress of political reform',
  'the past few months have been marked by the deterioration of the human rights situation',
  'the right to physical and mental health is a fundamental human right',
  'the European Union does not have strong enough tools to deal with a health emergency',
  'bad handling of the labour dispute in the oil sector was the main cause of the discontent',
];
const SPEAKERS = [
  'Parliament',
  'The European Parliament',
  'Members',
  'MEPs',
  'It',
  'They',
  'The resolution',
  'The committee',
  'The House',
];
const DIRECTIVES = [
  'calls on',
  'urges',
  'encourages',
  'invites',
  'asks',
  'strongly urges',
  'call on',
  'urge',
];
const EXPRESSIVES = [
  'strongly condemns',
  'deplores',
  'regrets',
  'welcomes',
  'denounces',
  'criticises',
  'condemn',
  'welcome',
];
const ASSERTIVES = [
  'believes',
  'considers',
  'stresses',
  'underlines',
  'emphasises',
  'recalls',
  'points out',
  'notes',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const NAMES = [
  'Alexander Lukashenko',
  'Petra De Sutter',
  'Ismail Ertug',
  'Daniel Ortega',
  'Ahmadreza Djalali',
];
const PLACES = ['Zhanaozen', 'Minsk', 'Managua', 'Crimea', 'the Donetsk region', 'Strasbourg'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ODD = [
  '\u00a0',
  '\u00ad',
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u202f',
  '\u2028',
  'é',
  '😀',
  '𝔘',
  'e\u0301',
];

function pick<T>(c: Chooser, items: readonly T[]): T {
  return items[c.int(0, items.length - 1)]!;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function date(c: Chooser): string {
  const d = c.int(1, 28);
  const m = c.int(0, 11);
  const y = c.int(1999, 2025);
  switch (c.int(0, 4)) {
    case 0:
      return `${d} ${MONTHS[m]} ${y}`;
    case 1:
      return `${pad2(d)}/${pad2(m + 1)}/${y}`;
    case 2:
      return `mid-${MONTHS[m]} ${y}`;
    case 3:
      return `since ${MONTHS[m]}`;
    default:
      return `${d}.${m + 1}.${y}`;
  }
}

function number(c: Chooser): string {
  switch (c.int(0, 5)) {
    case 0:
      return String(c.int(0, 999));
    case 1:
      return `${c.int(1, 999)} ${String(c.int(0, 999)).padStart(3, '0')}`;
    case 2:
      return `${c.int(1, 99)}.${c.int(0, 9)}`;
    case 3:
      return `more than ${c.int(2, 5000)}`;
    case 4:
      return `EUR ${c.int(1, 900)} million`;
    default:
      return `${c.int(1, 99)} %`;
  }
}

function groups(c: Chooser): string {
  const n = c.int(1, 5);
  const list = Array.from({ length: n }, () => pick(c, GROUPS));
  if (n === 1) return `the ${list[0]} Group`;
  return `the ${list.slice(0, -1).join(', ')}, and ${list[n - 1]} groups`;
}

function procedure(c: Chooser): string {
  return `${c.int(1999, 2025)}/${c.int(1, 2999)}(${pick(c, ['RSP', 'INI', 'COD', 'NLE', 'BUD'])})`;
}

/** A header in one of the shapes EP texts open with, or none. */
export function header(c: Chooser): string {
  const d = c.int(1, 28);
  const m = c.int(1, 12);
  const y = c.int(1999, 2025);
  switch (c.int(0, 3)) {
    case 0:
      return `## Resolution on ${pick(c, SUBJECTS)}\n\n${procedure(c)} - ${pad2(d)}/${pad2(m)}/${y} - Text adopted by Parliament, single reading\n\n`;
    case 1:
      return `${d}.${m}.${y}\nB9‑0${c.int(100, 999)}/${y}\nMOTION FOR A RESOLUTION\nto wind up the debate on the statements by the Council and the Commission\npursuant to Rule 132(2) of the Rules of Procedure\non ${pick(c, SUBJECTS)}\n(${procedure(c)})\n${pick(c, NAMES)}\non behalf of ${groups(c)}\n`;
    case 2:
      return `## ${pick(c, SUBJECTS)}: Parliament adopts its position\n${pad2(d)}-${pad2(m)}-${y} - ${pad2(c.int(0, 23))}:${pad2(c.int(0, 59))}\n`;
    default:
      return '';
  }
}

/** One sentence or structure of an EP text. */
export function sentence(c: Chooser): string {
  switch (c.int(0, 17)) {
    case 0:
      return `The European Parliament adopted a resolution on ${pick(c, SUBJECTS)}.`;
    case 1:
      return `The resolution was tabled by ${groups(c)}.`;
    case 2:
      return `The resolution was adopted by ${c.int(1, 700)} votes to ${c.int(0, 300)}, with ${c.int(0, 100)} abstentions.`;
    case 3:
      return `${pick(c, SPEAKERS)} ${pick(c, DIRECTIVES)} ${pick(c, ADDRESSEES)} to ${pick(c, ACTIONS)}, and to ${pick(c, ACTIONS)}.`;
    case 4:
      return `${c.int(1, 40)}.\t${pick(c, DIRECTIVES).replace(/^./, (x) => x.toUpperCase())} ${pick(c, ADDRESSEES)} to ${pick(c, ACTIONS)};`;
    case 5:
      return `${LETTERS[c.int(0, 25)]}.\twhereas ${pick(c, CLAUSES)}; whereas ${pick(c, CLAUSES)};`;
    case 6:
      return `– having regard to Article ${c.int(1, 300)} of the Treaty on European Union (TEU),`;
    case 7:
      return `${pick(c, SPEAKERS)} ${pick(c, EXPRESSIVES)} ${pick(c, NOUN_PHRASES)}.`;
    case 8:
      return `It expresses its deep concern regarding the events that took place on ${date(c)} in ${pick(c, PLACES)}, when ${number(c)} people died and ${number(c)} others were injured.`;
    case 9:
      return `${pick(c, SPEAKERS)} ${pick(c, ASSERTIVES)} that ${pick(c, CLAUSES)}.`;
    case 10:
      return `Parliament urged ${pick(c, ADDRESSEES)} to:\n- ${pick(c, ACTIONS)};\n- ${pick(c, ACTIONS)};\n- ${pick(c, ACTIONS)}.`;
    case 11:
      return `See Regulation (EU) 2019/452, Art. ${c.int(1, 99)}, para. ${c.int(1, 9)}, cf. No. ${c.int(1, 99)}, p. ${c.int(1, 400)}, e.g. ${pick(c, NOUN_PHRASES)}, i.e. ${pick(c, NOUN_PHRASES)}, etc.`;
    case 12:
      return `Mr ${pick(c, NAMES)} (${pick(c, GROUPS)}, ${pick(c, ['DE', 'LU', 'FR', 'PL'])}) said: “${pick(c, CLAUSES)}.”`;
    case 13:
      return `The amount is ${number(c)} (${number(c)}), i.e. ${number(c)} of the total, as of ${date(c)}.`;
    case 14:
      return pick(c, ['Background', 'PURPOSE:', 'CONTENT:', 'Next steps', 'Quote', '***']);
    case 15:
      return `‘${pick(c, CLAUSES)}’, said ${pick(c, NAMES)}, and ${pick(c, SPEAKERS).toLowerCase()} ${pick(c, DIRECTIVES)} ${pick(c, ADDRESSEES)} to ${pick(c, ACTIONS)}.`;
    case 16:
      return `Instructs its President to forward this resolution to the Council, the Commission, the VP/HR and the parliaments of the Member States.`;
    default:
      return `${pick(c, SPEAKERS)} ${pick(c, DIRECTIVES)} ${pick(c, NOUN_PHRASES)} (${procedure(c)}) by ${date(c)}.`;
  }
}

const SEPARATORS = [' ', ' ', '\n', '\n\n', '\r\n', '\r\n\r\n', '  ', '\t', ' \u00a0'];

/** An EP-like document of about `sentences` sentences; `odd` sprinkles odd characters in. */
export function epDocument(c: Chooser, sentences: number, odd = false): string {
  let text = header(c);
  for (let i = 0; i < sentences; i++) {
    let s = sentence(c);
    if (odd && c.int(0, 3) === 0) {
      const at = c.int(0, s.length);
      s = s.slice(0, at) + pick(c, ODD) + s.slice(at);
    }
    text += s + pick(c, SEPARATORS);
  }
  return text;
}

/** A seeded EP-like document of at least `chars` characters (for big inputs). */
export function epDocumentOfSize(seed: number, chars: number): string {
  const c = seededChooser(seed);
  const parts: string[] = [header(c)];
  let size = parts[0]!.length;
  while (size < chars) {
    const s = sentence(c) + pick(c, SEPARATORS);
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

/** fast-check: EP-like documents, shrinking towards short and simple ones. */
export const epTextArbitrary: fc.Arbitrary<string> = fc
  .record({
    choices: fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 400 }),
    sentences: fc.integer({ min: 0, max: 25 }),
    odd: fc.boolean(),
  })
  .map(({ choices, sentences, odd }) => epDocument(arrayChooser(choices), sentences, odd));
