import {
  type DataFile,
  dataFile,
  describeDataFiles,
} from '../../../scripts/test/describe-data-files';
import countryJson from './data/country-aliases.json' with { type: 'json' };
import dateCuesJson from './data/date-cues.json' with { type: 'json' };
import institutionJson from './data/institutions.json' with { type: 'json' };
import legalJson from './data/legal-acts.json' with { type: 'json' };
import monthsJson from './data/months.json' with { type: 'json' };
import nameCueJson from './data/name-cues.json' with { type: 'json' };
import nonEntityJson from './data/non-entities.json' with { type: 'json' };
import referencesJson from './data/number-references.json' with { type: 'json' };
import numberWordsJson from './data/number-words.json' with { type: 'json' };
import organizationJson from './data/organizations.json' with { type: 'json' };
import groupCueJson from './data/political-group-cues.json' with { type: 'json' };
import qualifiersJson from './data/quantity-qualifiers.json' with { type: 'json' };
import quantityRolesJson from './data/quantity-roles.json' with { type: 'json' };
import unitsJson from './data/quantity-units.json' with { type: 'json' };
import roleJson from './data/roles.json' with { type: 'json' };
import weekdaysJson from './data/weekdays.json' with { type: 'json' };
import * as dates from './dates/date-data';
import * as names from './names/knowledge';
import * as quantities from './quantities/quantity-data';

const FILES: DataFile[] = [
  dataFile('country-aliases.json', names.CountryData, countryJson, names.countryExtra),
  dataFile('date-cues.json', dates.DateCuesSchema, dateCuesJson, dates.cues),
  dataFile('institutions.json', names.NamedList, institutionJson, names.institutions),
  dataFile('legal-acts.json', names.LegalData, legalJson, names.legal),
  dataFile('months.json', dates.MonthsSchema, monthsJson, dates.monthsData),
  dataFile('name-cues.json', names.CueData, nameCueJson, names.cues),
  dataFile('non-entities.json', names.NonEntityData, nonEntityJson, names.nonEntities),
  dataFile('number-references.json', dates.ReferencesSchema, referencesJson, dates.references),
  dataFile(
    'number-words.json',
    quantities.NumberWordsSchema,
    numberWordsJson,
    quantities.numberWords,
  ),
  dataFile('organizations.json', names.NamedList, organizationJson, names.organizations),
  dataFile('political-group-cues.json', names.GroupCueData, groupCueJson, names.groupCues),
  dataFile(
    'quantity-qualifiers.json',
    quantities.QualifiersSchema,
    qualifiersJson,
    quantities.qualifiers,
  ),
  dataFile('quantity-roles.json', quantities.RolesSchema, quantityRolesJson, quantities.roles),
  dataFile('quantity-units.json', quantities.UnitsSchema, unitsJson, quantities.units),
  dataFile('roles.json', names.RoleData, roleJson, names.roles),
  dataFile('weekdays.json', dates.WeekdaysSchema, weekdaysJson, dates.weekdays),
];

describeDataFiles(FILES);
