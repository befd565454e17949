import {
  type DataFile,
  dataFile,
  describeDataFiles,
} from '../../../scripts/test/describe-data-files';
import abbreviationsJson from './data/abbreviations.json' with { type: 'json' };
import continuationJson from './data/continuation-words.json' with { type: 'json' };
import referenceNounsJson from './data/reference-nouns.json' with { type: 'json' };
import startersJson from './data/sentence-starters.json' with { type: 'json' };
import {
  AbbreviationsSchema,
  abbreviations,
  continuationWords,
  referenceNouns,
  sentenceStarters,
  WordListSchema,
} from './lexicon';

const FILES: DataFile[] = [
  dataFile('abbreviations.json', AbbreviationsSchema, abbreviationsJson, abbreviations),
  dataFile('continuation-words.json', WordListSchema, continuationJson, continuationWords),
  dataFile('reference-nouns.json', WordListSchema, referenceNounsJson, referenceNouns),
  dataFile('sentence-starters.json', WordListSchema, startersJson, sentenceStarters),
];

describeDataFiles(FILES);
