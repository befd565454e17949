import type { ParsedDocument } from '@hemicycle/schema';
import { describe, expect, test } from 'vitest';
import { docForTest } from '../doc-for-test';
import { findNames } from './find-names';
import { slugify } from './slugify';

/** A document that is all body: no header line. */
const docOf = (text: string): ParsedDocument => docForTest(text, null);

/** Every mention as "type|text". */
function mentionsOf(text: string): string[] {
  const { entities } = findNames(docOf(text), [{ start: 0, end: text.length, text }]);
  return entities.flatMap((e) => e.mentions.map((m) => `${e.type}|${m.text}`));
}

interface Case {
  input: string;
  found: string[];
  notFound?: string[];
}

function runTable(title: string, cases: Case[]): void {
  describe(title, () => {
    test.each(cases)('$input', ({ input, found, notFound = [] }) => {
      const mentions = mentionsOf(input);
      for (const f of found) expect(mentions).toContain(f);
      for (const n of notFound) expect(mentions).not.toContain(n);
    });
  });
}

runTable('institution', [
  {
    input:
      'The Agency for the Cooperation of Energy Regulators (ACER) and the Recovery and Resilience Facility (RRF), funded by NextGenerationEU.',
    found: [
      'institution|Agency for the Cooperation of Energy Regulators',
      'institution|ACER',
      'legal_act|Recovery and Resilience Facility',
      'legal_act|RRF',
      'legal_act|NextGenerationEU',
    ],
    notFound: ['organization|Agency for the Cooperation of Energy Regulators'],
  },
  {
    input:
      'They call on the EEAS to undertake close monitoring of the trial of those accused of organising the demonstrations, and to report back to Parliament.',
    found: ['institution|EEAS', 'institution|Parliament'],
    notFound: ['institution|the EEAS'],
  },
  {
    input:
      'The Committee on Development adopted the own-initiative report by Charles GOERENS (ALDE, LU) on an Agenda for Change.',
    found: ['institution|Committee on Development'],
    notFound: ['legal_act|Agenda for Change', 'organization|Agenda for Change'],
  },
  {
    input:
      'L. whereas the European Medicines Agency (EMA), the European Chemicals Agency and the European Food Safety Authority are all executive agencies with important public health functions;',
    found: [
      'institution|European Medicines Agency',
      'institution|EMA',
      'institution|European Chemicals Agency',
      'institution|European Food Safety Authority',
    ],
  },
  {
    input: 'Members call on the Commission, EEAS and the EU as appropriate to:',
    found: ['institution|Commission', 'institution|EEAS', 'institution|EU'],
    notFound: ['institution|Members', 'organization|Commission, EEAS'],
  },
  {
    input:
      'H. whereas the public’s confidence in the EU will depend on the willingness and ability of the Commission, the EU agencies and the Member States to work together on health issues;',
    found: ['institution|EU', 'institution|Commission'],
    notFound: ['institution|Member States', 'country|Member States'],
  },
  {
    input:
      'Calls for the establishment of a European Research Council to develop and implement a roadmap for health research;',
    found: ['institution|European Research Council'],
  },
]);

runTable('political_group', [
  {
    input: 'The resolution was tabled by the EPP, ECR, ALDE, S&D, and Greens/EFA groups.',
    found: [
      'political_group|EPP',
      'political_group|ECR',
      'political_group|ALDE',
      'political_group|S&D',
      'political_group|Greens/EFA',
    ],
    notFound: ['political_group|Greens/EFA groups'],
  },
  {
    input: 'Petra De Sutter\non behalf of the Verts/ALE Group',
    found: ['political_group|Verts/ALE', 'person|Petra De Sutter'],
    notFound: ['political_group|Verts/ALE Group', 'organization|Verts/ALE Group'],
  },
  {
    input:
      'replacing the following motions:\nB9-0113/2021 (S&D)\nB9-0114/2021 (PPE)\non the situation in Yemen',
    found: ['political_group|S&D', 'political_group|PPE'],
  },
  {
    input:
      'R. whereas international stockpiling could exacerbate shortages of essential medicines, vaccines and personal protective equipment (PPE) along global supply chains;',
    found: [],
    notFound: ['political_group|PPE'],
  },
]);

runTable('organization', [
  {
    input:
      'MEPs condemn the detention of journalists of Abzas Media and Toplum TV. Independent media such as Novaya Gazeta and TV Rain were closed.',
    found: ['organization|Abzas Media', 'organization|Toplum TV', 'organization|Novaya Gazeta'],
    notFound: ['organization|Abzas Media and Toplum TV', 'organization|Novaya Gazeta and TV'],
  },
  {
    input:
      'Members proposed setting up a European Climate Change Council (ECCC) as an independent body; the ECCC should report yearly.',
    found: ['institution|European Climate Change Council', 'institution|ECCC'],
  },
  {
    input:
      'On 12 March, the Court of Justice ruled in Case C-123/20 Commission v Poland that Article 19(1) TEU had been breached.',
    found: [
      'institution|Court of Justice',
      'institution|Commission',
      'legal_act|Article 19(1) TEU',
      'country|Poland',
    ],
    notFound: ['organization|Case C-123/20 Commission', 'organization|C-123/20 Commission'],
  },
  {
    input:
      'as reflected in the EU’s statements in the OSCE Permanent Council and in recent statements by the OSCE Representative on Freedom of the Media.',
    found: [
      'organization|OSCE Permanent Council',
      'role|OSCE Representative on Freedom of the Media',
    ],
  },
  {
    input:
      'Members also call on the Kazakh authorities to address the OSCE/ODHIR findings as a matter of priority.',
    found: ['organization|OSCE/ODHIR', 'authority|Kazakh authorities'],
  },
  {
    input:
      '39. Urges the EU and its Member States to call on the Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services to launch an in-depth scientific review;',
    found: [
      'organization|Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services',
    ],
  },
  {
    input: 'Condemns the involvement of the Wagner Group in the violence against civilians.',
    found: ['organization|Wagner Group'],
    notFound: ['political_group|Wagner Group'],
  },
  {
    input:
      '49. Calls on the EU to cooperate fully with the WHO and other international bodies to combat infectious diseases;',
    found: ['organization|WHO'],
  },
]);

runTable('organization: names listed after a kind of organisation', [
  {
    input:
      'more than 5 000 jobs were lost due to restructuring and bankruptcy of companies such as Decathlon, Pfizer, Barry Callebaut, Audi and Sappi.',
    found: [
      'organization|Decathlon',
      'organization|Pfizer',
      'organization|Barry Callebaut',
      'organization|Audi',
      'organization|Sappi',
    ],
    notFound: ['person|Barry Callebaut'],
  },
  {
    input: 'NGOs such as Amnesty International and Human Rights Watch have documented abuses.',
    found: ['organization|Amnesty International', 'organization|Human Rights Watch'],
  },
  {
    input: 'vulnerable groups such as Roma and Travellers, and countries such as France',
    found: ['country|France'],
    notFound: ['organization|Roma', 'organization|Travellers', 'organization|France'],
  },
]);

runTable('authority', [
  {
    input:
      'It urges the Kazakh authorities to make every effort to improve the human rights situation in their country.',
    found: ['authority|Kazakh authorities'],
    notFound: ['country|Kazakh'],
  },
  {
    input: 'Calls on the Belarusian authorities to release all political prisoners immediately.',
    found: ['authority|Belarusian authorities'],
  },
  {
    input: 'Urges the Government of Nicaragua to restore democratic freedoms.',
    found: ['authority|Government of Nicaragua', 'country|Nicaragua'],
  },
  {
    input:
      'Members strongly condemn the violent crackdown by the police against demonstrators in Zhanaozen.',
    found: ['location|Zhanaozen'],
    notFound: ['authority|police', 'organization|police'],
  },
]);

runTable('role', [
  {
    input:
      'Parliament wants the High Representative of the European Union for Foreign Affairs and Security Policy to monitor developments closely.',
    found: [
      'role|High Representative of the European Union for Foreign Affairs and Security Policy',
      'institution|European Union',
    ],
  },
  {
    input:
      'in recent statements by the Director of the OSCE’s Office for Democratic Institutions and Human Rights.',
    found: [
      'role|Director of the OSCE’s Office for Democratic Institutions and Human Rights',
      'organization|OSCE',
      'organization|Office for Democratic Institutions and Human Rights',
    ],
  },
  {
    input:
      'coordinated by the ECDC and led by the Commissioner for Health and the Commissioner for Crisis Management, together with EMA and the expert panel;',
    found: [
      'role|Commissioner for Health',
      'role|Commissioner for Crisis Management',
      'institution|ECDC',
    ],
    notFound: ['role|Commissioner for Health and the Commissioner for Crisis Management'],
  },
  {
    input:
      '50. Instructs its President to forward this resolution to the Council and the Commission.',
    found: ['role|President', 'institution|Council', 'institution|Commission'],
  },
  {
    input: 'Calls on the VP/HR to raise the case of Ales Bialiatski with the authorities.',
    found: ['role|VP/HR', 'person|Ales Bialiatski'],
  },
]);

runTable('person', [
  {
    input: '“We need this,” said rapporteur Róża Thun und Hohenstein (Renew, PL).',
    found: ['person|Róża Thun und Hohenstein'],
    notFound: ['person|Hohenstein'],
  },
  {
    input:
      'The unions ABVV Metaal and ACV were consulted. Prices at the Dutch TTF hub rose. Present: BISCHOFF Gabriele.',
    found: ['person|BISCHOFF Gabriele'],
    notFound: ['person|ABVV Metaal', 'person|Dutch TTF'],
  },
  {
    input:
      'Commissioner for Home Affairs Ylva Johansson presented the proposal. The Commissioner for Crisis Management Janez Lenarčič visited.',
    found: ['person|Ylva Johansson', 'person|Janez Lenarčič'],
    notFound: [
      'role|Commissioner for Home Affairs Ylva Johansson',
      'role|Commissioner for Crisis Management Janez Lenarčič',
    ],
  },
  {
    input:
      'Commission President Ursula von der Leyen and European Council President Charles Michel met in Kyiv. Officials, including Prosecutor General Kamran Aliyev, were sanctioned.',
    found: [
      'person|Ursula von der Leyen',
      'institution|European Council',
      'person|Charles Michel',
      'person|Kamran Aliyev',
    ],
    notFound: ['organization|Leyen and European Council', 'person|General Kamran Aliyev'],
  },
  {
    input:
      'Militias attacked civilians in El Geneina. The newspaper La Prensa was raided. The collapse of the Rana Plaza building killed workers.',
    found: ['location|Rana Plaza'],
    notFound: ['person|El Geneina', 'person|La Prensa'],
  },
  {
    input:
      '“This is a historic moment for Ukraine,” said co-rapporteur Michael GAHLER (EPP, DE). Co-rapporteur Eider GARDIAZABAL RUBIAL (S&D, ES) said that the agreement was good.',
    found: ['person|Michael GAHLER', 'person|Eider GARDIAZABAL RUBIAL'],
    notFound: ['person|-rapporteur Michael GAHLER', 'person|-rapporteur Eider GARDIAZABAL RUBIAL'],
  },
  {
    input:
      'Co-rapporteur Samira RAFAELA (Renew, NL) said: “Forced labour is a modern form of slavery.” Rapporteur Jan Novak added that the law puts people first.',
    found: ['person|Samira RAFAELA', 'person|Jan Novak'],
    notFound: ['person|Co-rapporteur Samira RAFAELA', 'person|Rapporteur Jan Novak'],
  },
  {
    input:
      'A. whereas on 1 February 2021 the Myanmar military seized power in a coup d’état and detained State Counsellor Aung San Suu Kyi and President Win Myint;',
    found: ['person|Aung San Suu Kyi', 'person|Win Myint'],
    notFound: ['person|State Counsellor Aung San Suu Kyi'],
  },
  {
    input: 'Parliament calls for the release of Aung San Suu Kyi.',
    found: ['person|Aung San Suu Kyi'],
  },
  {
    input: '(11) Algemene Centrale der Liberale Vakbonden van België.',
    found: [],
    notFound: ['person|Liberale Vakbonden van België'],
  },
  {
    input:
      'the visit of UN High Commissioner for Human Rights Michelle Bachelet in May 2022 did not include unrestricted access',
    found: ['organization|UN', 'person|Michelle Bachelet'],
    notFound: ['role|High Commissioner for Human Rights Michelle Bachelet'],
  },
  {
    input:
      'Gilles Boyer, Mercedes Bresso, Christian Doleschal, Miapetra Kumpula-Natri, Niklas Nienaß',
    found: [
      'person|Gilles Boyer',
      'person|Christian Doleschal',
      'person|Miapetra Kumpula-Natri',
      'person|Niklas Nienaß',
    ],
  },
  {
    input: 'Alf Svensson, Gay Mitchell, Filip Kaczmarek',
    found: ['person|Alf Svensson', 'person|Gay Mitchell', 'person|Filip Kaczmarek'],
  },
  {
    input: 'Calls on Kazakhstan, Uzbekistan, Kyrgyzstan and Tajikistan to cooperate with the EU.',
    found: ['country|Kazakhstan', 'country|Tajikistan'],
    notFound: ['person|Kazakhstan'],
  },
  {
    input:
      'EP President Roberta Metsola said that UN Secretary-General António Guterres and High Representative/Vice-President Kaja Kallas agreed.',
    found: [
      'person|Roberta Metsola',
      'institution|EP',
      'person|António Guterres',
      'organization|UN',
      'person|Kaja Kallas',
    ],
    notFound: [
      'person|EP President Roberta Metsola',
      'role|EP President',
      'role|UN Secretary-General',
      'role|High Representative/Vice-President',
    ],
  },
  {
    input: 'Commissioner Šefčovič replied; later Maroš Šefčovič and President von der Leyen met.',
    found: ['person|Šefčovič', 'person|Maroš Šefčovič', 'person|von der Leyen'],
    notFound: ['role|Commissioner', 'role|President'],
  },
  {
    input: 'Condemns the statements of President Alexander Lukashenko on the opposition.',
    found: ['person|Alexander Lukashenko'],
    notFound: ['person|President Alexander Lukashenko', 'role|President'],
  },
  {
    input:
      'The Committee on Development adopted the own-initiative report by Charles GOERENS (ALDE, LU) on the future of EU development policy.',
    found: ['person|Charles GOERENS', 'political_group|ALDE', 'country|LU'],
  },
  {
    input:
      'Members call for the immediate release of Ales Bialiatski and of all political prisoners.',
    found: ['person|Ales Bialiatski'],
  },
  {
    input:
      'Parliament calls for the immediate and unconditional release of Abdulhadi Al-Khawaja, a Danish-Bahraini human rights defender.',
    found: ['person|Abdulhadi Al-Khawaja'],
    notFound: ['location|Abdulhadi Al-Khawaja'],
  },
  {
    input: '"We cannot stay silent," said lead MEP Heidi Hautala (Greens/EFA, FI).',
    found: ['person|Heidi Hautala', 'political_group|Greens/EFA', 'country|FI'],
    notFound: ['person|MEP Heidi Hautala'],
  },
  {
    input:
      'The Sakharov Prize 2023 was awarded to Jina Mahsa Amini and the Woman, Life, Freedom movement in Iran.',
    found: ['person|Jina Mahsa Amini', 'country|Iran'],
    notFound: [
      'location|Jina Mahsa Amini',
      'legal_act|Sakharov Prize',
      'organization|Sakharov Prize',
    ],
  },
  {
    input:
      'The statement was made by the President of the European Council António Costa after the summit.',
    found: ['person|António Costa', 'institution|European Council'],
    notFound: [
      'role|President of the European Council António Costa',
      'role|President of the European Council',
    ],
  },
  {
    input: '1. General Information',
    found: [],
    notFound: ['person|Information'],
  },
  {
    input:
      'Lastly, Parliament highlights the participation since January 2012 of official representatives of Kazakhstan.',
    found: ['institution|Parliament', 'country|Kazakhstan'],
    notFound: ['person|Lastly', 'person|Lastly, Parliament', 'location|January'],
  },
]);

runTable('country', [
  {
    input:
      'the events that took place on 16 December 2011 in the Zhanaozen district of Kazakhstan, when 17 people died',
    found: ['country|Kazakhstan', 'location|Zhanaozen'],
    notFound: ['location|Zhanaozen district', 'location|Zhanaozen district of Kazakhstan'],
  },
  {
    input:
      'This includes rights for UK and EU air carriers to continue to fly over and make technical stops on EU territory.',
    found: ['country|UK', 'institution|EU'],
    notFound: ['country|EU'],
  },
  {
    input:
      'Calls on the Russian Federation to withdraw its troops from Georgia and to respect the sovereignty of Chad.',
    found: ['country|Russian Federation', 'country|Georgia', 'country|Chad'],
    notFound: ['country|the Russian Federation'],
  },
  {
    input: 'The rapporteur Jordan Bardella said the vote was close.',
    found: [],
    notFound: ['country|Jordan'],
  },
]);

runTable('country: formal names of states', [
  {
    input:
      'the Protocol between the European Union, the Republic of Iceland and the Kingdom of Norway and the Swiss Confederation',
    found: [
      'country|Republic of Iceland',
      'country|Kingdom of Norway',
      'country|Swiss Confederation',
    ],
    notFound: ['organization|Swiss Confederation', 'country|Iceland'],
  },
  {
    input: 'the Belarusian Federation of Trade Unions and the Belarusian State University',
    found: [
      'organization|Belarusian Federation of Trade Unions',
      'organization|Belarusian State University',
    ],
    notFound: ['country|Belarusian Federation'],
  },
]);

runTable('location', [
  {
    input:
      'The EU opened offices in Tel Aviv and Abu Dhabi, and the delegation travelled to Buenos Aires.',
    found: ['location|Tel Aviv', 'location|Abu Dhabi', 'location|Buenos Aires'],
    notFound: ['person|Tel Aviv', 'person|Buenos Aires'],
  },
  {
    input: 'In Managua, the police arrested members of the Sandinista Renovation Movement (MRS).',
    found: ['location|Managua', 'organization|Sandinista Renovation Movement', 'organization|MRS'],
  },
  {
    input:
      'Parliament condemns Russia’s war of aggression against Ukraine, including in the Donetsk and Luhansk regions and in Crimea.',
    found: [
      'location|Donetsk',
      'location|Luhansk',
      'location|Crimea',
      'country|Russia',
      'country|Ukraine',
    ],
    notFound: ['location|Luhansk regions'],
  },
  {
    input:
      'Policy implementation support projects should be proposed by the Board to the Secretariat.',
    found: [],
    notFound: ['location|Secretariat', 'organization|Board to the Secretariat'],
  },
  {
    input:
      'This will allow carriage of goods as well as coach and bus services coming to Europe and going to the UK to continue.',
    found: ['location|Europe', 'country|UK'],
  },
  {
    input:
      'Members strongly condemn the violent crackdown by the police against demonstrators in Zhanaozen.',
    found: ['location|Zhanaozen'],
  },
  {
    input:
      'K. whereas health research is funded by the Horizon 2020 initiative and the upcoming Horizon Europe, the Health Programme and the upcoming EU4Health Programme;',
    found: [],
    notFound: [
      'location|Horizon Europe',
      'person|Horizon Europe',
      'location|Europe',
      'legal_act|Health Programme',
    ],
  },
]);

runTable('legal_act', [
  {
    input: '– having regard to Article 3 of the Treaty on European Union (TEU),',
    found: [
      'legal_act|Article 3 of the Treaty on European Union',
      'legal_act|Treaty on European Union',
      'legal_act|TEU',
    ],
  },
  {
    input:
      'The rapporteur declares that she did not receive input from any entity to be mentioned in this Annex pursuant to Article 8 of Annex I to the Rules of Procedure.',
    found: [
      'legal_act|Article 8 of Annex I to the Rules of Procedure',
      'legal_act|Rules of Procedure',
    ],
    notFound: ['legal_act|Article 8', 'legal_act|Annex'],
  },
  {
    input: '– having regard to Rule 132(2) of its Rules of Procedure,',
    found: ['legal_act|Rule 132(2) of its Rules of Procedure', 'legal_act|Rules of Procedure'],
  },
  {
    input:
      '28. Calls on the Commission to clarify the continuous supply obligations set out in Article 81 of Directive 2001/83/EC;',
    found: ['legal_act|Article 81 of Directive 2001/83/EC', 'legal_act|Directive 2001/83/EC'],
  },
  {
    input:
      '30. Calls for a revision of EU Regulation (EC) No 141/2000[7] on orphan medicinal products;',
    found: ['legal_act|Regulation (EC) No 141/2000', 'institution|EU'],
    notFound: ['legal_act|EU Regulation (EC) No 141/2000'],
  },
  {
    input:
      'J. whereas there is an EU regulation governing the coordination of healthcare systems through the Directive on cross-border healthcare[3];',
    found: ['legal_act|Directive on cross-border healthcare'],
  },
  {
    input:
      'progress in the negotiation of the new enhanced Partnership and Cooperation Agreement between the EU and Kazakhstan must depend on the progress of political reform.',
    found: ['legal_act|Partnership and Cooperation Agreement'],
  },
  {
    input:
      'vulnerability criteria in the common programming guidelines of the new DCI and the 11th EDF currently under discussion',
    found: ['legal_act|DCI', 'legal_act|11th EDF'],
  },
  {
    input:
      'Members call on the Bahraini Government to ratify the Optional Protocol to the Convention against Torture.',
    found: [
      'legal_act|Optional Protocol to the Convention against Torture',
      'authority|Bahraini Government',
    ],
    notFound: ['legal_act|Optional Protocol'],
  },
  {
    input:
      'All Member States are Parties to the Single Convention on Narcotic Drugs and the Convention on Psychotropic Substances.',
    found: [
      'legal_act|Single Convention on Narcotic Drugs',
      'legal_act|Convention on Psychotropic Substances',
    ],
    notFound: [
      'legal_act|Single Convention on Narcotic Drugs and the Convention on Psychotropic Substances',
    ],
  },
  {
    input:
      'Points out that Iran is a State Party to the International Covenant on Civil and Political Rights;',
    found: ['country|Iran', 'legal_act|International Covenant on Civil and Political Rights'],
    notFound: ['organization|State Party'],
  },
  {
    input:
      'including members of the Anti-Corruption Foundation and journalists of Novaya Gazeta and Radio Free Europe/Radio Liberty.',
    found: [
      'organization|Anti-Corruption Foundation',
      'organization|Novaya Gazeta',
      'organization|Radio Free Europe/Radio Liberty',
    ],
    notFound: ['person|Novaya Gazeta'],
  },
  {
    input: 'the detention of Alexei Navalny on 17 January 2021 at Sheremetyevo Airport in Moscow',
    found: ['person|Alexei Navalny', 'location|Sheremetyevo Airport', 'location|Moscow'],
    notFound: ['location|Sheremetyevo'],
  },
  {
    input: 'PROPOSED ACT: Regulation of the European Parliament and of the Council.',
    found: ['institution|European Parliament', 'institution|Council'],
    notFound: ['legal_act|Regulation of the European Parliament'],
  },
  {
    input:
      'The Commission should carry out an evaluation in accordance with the Interinstitutional Agreement of 13 April 2016 on Better Law-Making.',
    found: ['legal_act|Interinstitutional Agreement'],
    notFound: ['legal_act|Better Law'],
  },
  {
    input:
      'Members also call for an Agenda for Change, in line with the Millennium Development Goals (MDGs) and the EU-2020 Strategy.',
    found: ['institution|EU'],
    notFound: [
      'legal_act|Agenda for Change',
      'legal_act|Millennium Development Goals',
      'legal_act|MDGs',
      'legal_act|EU-2020 Strategy',
    ],
  },
]);

runTable('genre rules: places, acts and non-entities', [
  {
    input:
      'including the European Interoperability Framework (EIF) and other common solutions. The Board should support the EIF.',
    found: [],
    notFound: ['institution|EIF', 'institution|European Interoperability Framework'],
  },
  {
    input:
      '16. Considers that the EU’s Everything But Arms (EBA) trade preferences should be reviewed; recalls that the EBA scheme is conditional;',
    found: ['institution|EU'],
    notFound: ['institution|EBA'],
  },
  {
    input: 'The European Investment Fund (EIF) and the EIB support SMEs. The EIF will invest.',
    found: ['institution|European Investment Fund', 'institution|EIF', 'institution|EIB'],
  },
  {
    input:
      'During its December session, Parliament condemned the illegal occupation of Crimea and Sevastopol by Russia.',
    found: ['location|Crimea', 'location|Sevastopol', 'country|Russia'],
    notFound: ['location|December'],
  },
  {
    input:
      'The LIBE committee will hear the report of its delegation sent to France (Calais) and the Netherlands (Ter Apel).',
    found: [
      'country|France',
      'location|Calais',
      'country|Netherlands',
      'location|Ter Apel',
      'institution|LIBE',
    ],
    notFound: ['person|Ter Apel'],
  },
  {
    input:
      'A. whereas BBC journalist Alan Johnston was abducted at gunpoint while returning home in Gaza City;',
    found: ['organization|BBC', 'person|Alan Johnston', 'location|Gaza City'],
  },
  {
    input:
      'as large parts of the Middle East and North Africa are engulfed in ethno-religious conflicts',
    found: ['location|Middle East', 'location|North Africa'],
    notFound: ['location|Africa'],
  },
  {
    input: '– having regard to the Good Friday Agreement of 10 April 1998;',
    found: ['legal_act|Good Friday Agreement'],
  },
  {
    input:
      '– having regard to the Council of Europe Convention on preventing and combating violence against women and domestic violence,',
    found: [
      'legal_act|Council of Europe Convention on preventing and combating violence against women and domestic violence',
      'organization|Council of Europe',
    ],
    notFound: ['organization|Council of Europe Convention'],
  },
  {
    input:
      'Commission Vice-President Schinas will take part in the Commission-Parliament structured dialogue.',
    found: ['person|Schinas', 'institution|Commission', 'institution|Parliament'],
    notFound: ['organization|Commission-Parliament', 'role|Commission Vice-President'],
  },
  {
    input:
      'Calls for the completion of the Energy Union and the Capital Markets Union, as announced in the State of the Union.',
    found: [],
    notFound: [
      'organization|Energy Union',
      'institution|Union',
      'organization|Capital Markets Union',
    ],
  },
  {
    input: 'MEPs call on the Kyrgyz government to withdraw the ‘False Information Law’.',
    found: ['authority|Kyrgyz government', 'legal_act|False Information Law'],
  },
  {
    input:
      'In the resolution, Members also highlight political prisoners Iryna Danylovych and Tofik Abdulhazhiyev and the plight of Crimean Tatars.',
    found: ['person|Iryna Danylovych', 'person|Tofik Abdulhazhiyev'],
    notFound: ['person|Crimean Tatars'],
  },
]);

describe('countries', () => {
  test.each([
    { input: 'It urges the Kazakh authorities to act.', codes: ['KZ'] },
    { input: 'by Charles GOERENS (ALDE, LU) on', codes: ['LU'] },
    { input: 'between the UK and the EU continue', codes: ['GB'] },
    { input: 'Members States and the EU must act together in Europe.', codes: [] },
    { input: 'on Belarusian and Russian pressure on Ukraine', codes: ['BY', 'RU', 'UA'] },
    {
      input: 'The Inter-American Commission on Human Rights and Latin American leaders',
      codes: [],
    },
    { input: 'The Organization of American States has documented crimes.', codes: [] },
    { input: 'South Sudanese refugees fled from South Sudan.', codes: ['SS'] },
    { input: 'a Danish-Bahraini human rights defender', codes: ['BH', 'DK'] },
    { input: 'In Hong Kong, the authorities arrested journalists.', codes: [] },
  ])('$input', ({ input, codes }) => {
    const { countries } = findNames(docOf(input), [{ start: 0, end: input.length, text: input }]);
    expect(countries).toEqual(codes);
  });
});

describe('ids: mentions of one thing share one id', () => {
  const idOf = (text: string, mention: string): string | undefined => {
    const { entities } = findNames(docOf(text), [{ start: 0, end: text.length, text }]);
    return entities.find((e) => e.mentions.some((m) => m.text === mention))?.id;
  };
  test.each([
    {
      input: 'The European Parliament and the EP. Parliament regrets.',
      mention: 'European Parliament',
      id: 'european-parliament',
    },
    {
      input: 'The European Parliament and the EP. Parliament regrets.',
      mention: 'EP',
      id: 'european-parliament',
    },
    {
      input: 'The European Parliament and the EP. Parliament regrets.',
      mention: 'Parliament',
      id: 'european-parliament',
    },
    { input: 'calls on the Commission to act', mention: 'Commission', id: 'european-commission' },
    {
      input: 'calls on the Council to act',
      mention: 'Council',
      id: 'council-of-the-european-union',
    },
    {
      input: 'the conclusions of the European Council',
      mention: 'European Council',
      id: 'european-council',
    },
    {
      input: 'They call on the EEAS to undertake close monitoring',
      mention: 'EEAS',
      id: 'european-external-action-service',
    },
    {
      input: 'The Committee on Development adopted the report',
      mention: 'Committee on Development',
      id: 'committee-on-development',
    },
    {
      input: 'Calls on the VP/HR to act',
      mention: 'VP/HR',
      id: 'high-representative-of-the-union-for-foreign-affairs-and-security-policy',
    },
    {
      input:
        'Parliament wants the High Representative of the European Union for Foreign Affairs and Security Policy to monitor developments',
      mention: 'High Representative of the European Union for Foreign Affairs and Security Policy',
      id: 'high-representative-of-the-union-for-foreign-affairs-and-security-policy',
    },
    { input: 'tabled by the PPE Group', mention: 'PPE', id: 'EPP' },
    { input: 'on behalf of the Verts/ALE Group', mention: 'Verts/ALE', id: 'Greens/EFA' },
    { input: 'the human rights situation in Kazakhstan', mention: 'Kazakhstan', id: 'KZ' },
    {
      input: 'by Charles GOERENS (ALDE, LU) on',
      mention: 'Charles GOERENS',
      id: 'charles-goerens',
    },
    {
      input: 'Commissioner Šefčovič and Maroš Šefčovič',
      mention: 'Šefčovič',
      id: 'maros-sefcovic',
    },
    {
      input: 'the World Health Organization (WHO) manifesto and the WHO',
      mention: 'WHO',
      id: 'world-health-organization',
    },
  ])('$mention in "$input" → $id', ({ input, mention, id }) => {
    expect(idOf(input, mention)).toBe(id);
  });
});

describe('slugify', () => {
  test.each([
    { name: 'Committee on Development', slug: 'committee-on-development' },
    { name: 'Maroš Šefčovič', slug: 'maros-sefcovic' },
    { name: "European Public Prosecutor's Office", slug: 'european-public-prosecutors-office' },
    { name: 'Article 7(1) TEU', slug: 'article-7-1-teu' },
    { name: 'Лукашенко', slug: 'лукашенко' },
  ])('$name → $slug', ({ name, slug }) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe('edge cases', () => {
  // A hang guard (the test timeout): quadratic reading took over 14 s here, linear well under 1 s.
  test('long runs of capitalised words with head words are read in linear time', {
    timeout: 10_000,
  }, () => {
    const text = 'Aaaa Bbbb Cccc Agreement Dddd Council '.repeat(10_000);
    expect(() => findNames(docOf(text), [])).not.toThrow();
  });
  test('an empty text has no names', () => {
    expect(findNames(docOf(''), [])).toEqual({ entities: [], countries: [] });
  });
  test('white space only has no names', () => {
    expect(findNames(docOf(' \n\t\n'), [])).toEqual({ entities: [], countries: [] });
  });
  test('a header that runs to the end of the text is read line by line', () => {
    const text =
      '## Resolution on Kazakhstan\n2012/2553(RSP) - 15/03/2012 - Text adopted by Parliament';
    const doc = docOf(text);
    doc.header.bodyStart = text.length;
    const { entities, countries } = findNames(doc, []);
    expect(entities.map((e) => e.id)).toEqual(['KZ', 'european-parliament']);
    expect(countries).toEqual(['KZ']);
  });
  test('a bodyStart past the end of the text is clamped', () => {
    const doc = docOf('Parliament');
    doc.header.bodyStart = 99;
    expect(findNames(doc, []).entities.map((e) => e.id)).toEqual(['european-parliament']);
  });
  test('mention offsets point into the text, not into the sentence', () => {
    const text = 'Intro line.\nThey call on the EEAS to act.';
    const start = text.indexOf('They');
    const { entities } = findNames(docOf(text), [
      { start: 0, end: 11, text: text.slice(0, 11) },
      { start, end: text.length, text: text.slice(start) },
    ]);
    const eeas = entities.find((e) => e.id === 'european-external-action-service');
    expect(eeas?.mentions).toEqual([
      { start: text.indexOf('EEAS'), end: text.indexOf('EEAS') + 4, text: 'EEAS' },
    ]);
  });
});

test('an acronym defined for a non-entity and then for an entity names the entity from there on', () => {
  const text =
    'Everything But Arms (EBA) is a trade scheme. Parliament welcomes the work of the European Banking Authority (EBA); the EBA has issued guidelines.';
  expect(mentionsOf(text).filter((m) => m === 'institution|EBA')).toHaveLength(2);
});

test('"(EU)" in a list of act numbers is no mention of the Union', () => {
  const text =
    'The proposal amends Regulations (EU) 168/2013, (EU) 2018/858 and (EU) No 1257/2013. The EU acts.';
  expect(mentionsOf(text).filter((m) => m === 'institution|EU')).toHaveLength(1);
});

test('"American" in the name of an inter-American act or body names no country', () => {
  const text =
    'Nicaragua ignores the American Convention on Human Rights and has left the Organization of American States.';
  const { countries } = findNames(docOf(text), [{ start: 0, end: text.length, text }]);
  expect(countries).toEqual(['NI']);
});
