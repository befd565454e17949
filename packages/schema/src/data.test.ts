import {
  type DataFile,
  dataFile,
  describeDataFiles,
} from '../../../scripts/test/describe-data-files';
import { ActTableSchema, actTable } from './acts';
import actsJson from './data/acts.json' with { type: 'json' };
import groupsJson from './data/political-groups.json' with { type: 'json' };
import { GroupTableSchema, politicalGroups } from './political-groups';

const FILES: DataFile[] = [
  dataFile('acts.json', ActTableSchema, actsJson, actTable),
  dataFile('political-groups.json', GroupTableSchema, groupsJson, politicalGroups, (p) => p.groups),
];

describeDataFiles(FILES);
