import {
  type DataFile,
  dataFile,
  describeDataFiles,
} from '../../../scripts/test/describe-data-files';
import headerJson from './data/header-lines.json' with { type: 'json' };
import monthsJson from './data/months.json' with { type: 'json' };
import procedureTypesJson from './data/procedure-types.json' with { type: 'json' };
import tabledByJson from './data/tabled-by.json' with { type: 'json' };
import votesJson from './data/votes.json' with { type: 'json' };
import { HeaderDataSchema, headerTable } from './header-lines';
import { MonthTableSchema, monthTable } from './parse-date';
import { ProcedureTypesSchema, procedureTypes } from './parse-procedure';
import { TabledByTableSchema, tabledByTable } from './parse-tabled-by';
import { VoteTableSchema, voteTable } from './parse-vote';

const FILES: DataFile[] = [
  dataFile('header-lines.json', HeaderDataSchema, headerJson, headerTable),
  dataFile('months.json', MonthTableSchema, monthsJson, monthTable),
  dataFile('procedure-types.json', ProcedureTypesSchema, procedureTypesJson, procedureTypes),
  dataFile('tabled-by.json', TabledByTableSchema, tabledByJson, tabledByTable),
  dataFile('votes.json', VoteTableSchema, votesJson, voteTable),
];

describeDataFiles(FILES);
