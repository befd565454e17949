import {
  type DataFile,
  dataFile,
  describeDataFiles,
} from '../../../scripts/test/describe-data-files';
import cuesJson from './data/cues.json' with { type: 'json' };
import speakersJson from './data/speakers.json' with { type: 'json' };
import verbsJson from './data/verbs.json' with { type: 'json' };
import {
  CuesFileSchema,
  cues,
  SpeakersFileSchema,
  speakersFile,
  VerbsFileSchema,
  verbsFile,
} from './lexicon';

const FILES: DataFile[] = [
  dataFile('cues.json', CuesFileSchema, cuesJson, cues),
  dataFile('speakers.json', SpeakersFileSchema, speakersJson, speakersFile),
  dataFile('verbs.json', VerbsFileSchema, verbsJson, verbsFile),
];

describeDataFiles(FILES);
