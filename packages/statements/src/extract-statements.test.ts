import type { Format } from '@hemicycle/schema';
import { describe, expect, test } from 'vitest';
import { brief, docOf, entityAt, statementsOf } from './test-support';

type Expected = { act: string; addressee: string | null; content: string };
interface Case {
  /** The construction the case covers. */
  label: string;
  format: Format;
  event: string | null;
  body: string;
  expected: Expected[];
}

const ADOPTED = 'Text adopted by Parliament, single reading';
const COMMITTEE = 'Committee report tabled for plenary, single reading';
const COMMISSION = 'Non-legislative basic document published';
const COMMITTEE_LEAD =
  'The Committee on Development adopted the own-initiative report by Charles GOERENS (ALDE, LU) on an Agenda for Change: the future of EU development policy in response to the Commission Communication on the subject.\n';
const RESOLUTION_LEAD =
  'The European Parliament,\n– having regard to Rule 132(2) of its Rules of Procedure,\nA. whereas cross-border cooperation is essential, especially in times of health crisis;\n';

// Real EP sentences (../shared/corpus and public OEIL summaries) with the statements they give.
const cases: Case[] = [
  {
    label: 'phrasal act with two nouns sharing one content (OEIL, present)',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'It expresses its deep concern and its condolences regarding the events that took place on 16 December 2011 in the Zhanaozen district of Kazakhstan, when 17 people died and 110 others were injured.',
    expected: [
      {
        act: 'express concern',
        addressee: null,
        content:
          'the events that took place on 16 December 2011 in the Zhanaozen district of Kazakhstan, when 17 people died and 110 others were injured',
      },
      {
        act: 'express condolences',
        addressee: null,
        content:
          'the events that took place on 16 December 2011 in the Zhanaozen district of Kazakhstan, when 17 people died and 110 others were injured',
      },
    ],
  },
  {
    label: 'adverb dropped; ", and call for" opens a second act; call for N has no addressee',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Members strongly condemn the violent crackdown by the police against demonstrators in Zhanaozen, and call for an independent and credible investigation into the events, with an international component.',
    expected: [
      {
        act: 'condemn',
        addressee: null,
        content: 'the violent crackdown by the police against demonstrators in Zhanaozen',
      },
      {
        act: 'call for',
        addressee: null,
        content:
          'an independent and credible investigation into the events, with an international component',
      },
    ],
  },
  {
    label: 'call on X to A, and to B gives two statements',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'They call on the EEAS to undertake close monitoring of the trial of those accused of organising the demonstrations, and to report back to Parliament.',
    expected: [
      {
        act: 'call on',
        addressee: 'EEAS',
        content:
          'undertake close monitoring of the trial of those accused of organising the demonstrations',
      },
      { act: 'call on', addressee: 'EEAS', content: 'report back to Parliament' },
    ],
  },
  {
    label: 'want X to A, to B, to C, and to D gives four',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Parliament wants the High Representative of the European Union for Foreign Affairs and Security Policy to monitor developments closely, to raise all issues of concern with the Kazakh authorities, to offer assistance, and to report regularly to Parliament.',
    expected: [
      'monitor developments closely',
      'raise all issues of concern with the Kazakh authorities',
      'offer assistance',
      'report regularly to Parliament',
    ].map((content) => ({
      act: 'want',
      addressee:
        'High Representative of the European Union for Foreign Affairs and Security Policy',
      content,
    })),
  },
  {
    label: 'urge then ", and underlines that" (a second act, clause without "that")',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'It urges the Kazakh authorities to make every effort to improve the human rights situation in their country, and underlines that progress in the negotiation of the new enhanced Partnership and Cooperation Agreement between the EU and Kazakhstan must depend on the progress of political reform.',
    expected: [
      {
        act: 'urge',
        addressee: 'Kazakh authorities',
        content: 'make every effort to improve the human rights situation in their country',
      },
      {
        act: 'underline',
        addressee: null,
        content:
          'progress in the negotiation of the new enhanced Partnership and Cooperation Agreement between the EU and Kazakhstan must depend on the progress of political reform',
      },
    ],
  },
  {
    label: '"in order to" stays in the content; "and they call on" is a new act',
    format: 'oeil-summary',
    event: ADOPTED,
    body: "Members also call on the Kazakh authorities to address the OSCE/ODHIR findings as a matter of priority, in order to allow the country's opposition to play its rightful role in a democratic society and they call on the EEAS to support Kazakhstan in tackling these issues.",
    expected: [
      {
        act: 'call on',
        addressee: 'Kazakh authorities',
        content:
          "address the OSCE/ODHIR findings as a matter of priority, in order to allow the country's opposition to play its rightful role in a democratic society",
      },
      { act: 'call on', addressee: 'EEAS', content: 'support Kazakhstan in tackling these issues' },
    ],
  },
  {
    label: 'commissive "declare their intention to"',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Members declare their intention to continue to conduct dialogues with civil society actors, as part of Parliaments relations with Kazakhstan.',
    expected: [
      {
        act: 'declare intention',
        addressee: null,
        content:
          'continue to conduct dialogues with civil society actors, as part of Parliaments relations with Kazakhstan',
      },
    ],
  },
  {
    label: 'expect that + a clause with no named subject: no addressee',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'It expects that these announcements will be followed up with concrete actions.',
    expected: [
      {
        act: 'expect',
        addressee: null,
        content: 'these announcements will be followed up with concrete actions',
      },
    ],
  },
  {
    label: 'negative: "adopted a resolution" and "was tabled by" are not statements',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'The European Parliament adopted a resolution on Kazakhstan. The resolution was tabled by the EPP, ECR, ALDE, S&D, and Greens/EFA groups.',
    expected: [],
  },
  {
    label: 'past tense (newer OEIL): "It urged"; a noun series keeps its "and"',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'It urged Member States to finally show sufficient levels of unity, political will and trust in one another to make it possible to use the tools at hand in a concerted manner.',
    expected: [
      {
        act: 'urge',
        addressee: 'Member States',
        content:
          'finally show sufficient levels of unity, political will and trust in one another to make it possible to use the tools at hand in a concerted manner',
      },
    ],
  },
  {
    label: 'past tense after a sentence adverbial: "In addition, Members called on"',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'In addition, Members called on the VP/HR to devise an implementation plan on security and defence, complemented by a White Book process, in order to deliver first results in 2017.',
    expected: [
      {
        act: 'call on',
        addressee: 'VP/HR',
        content:
          'devise an implementation plan on security and defence, complemented by a White Book process, in order to deliver first results in 2017',
      },
    ],
  },
  {
    label: 'call for N and for X to do Y: the second has addressee X',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'They called for action to safeguard the right to safe and legal abortion in the US and for the US to refrain from any backward steps.',
    expected: [
      {
        act: 'call for',
        addressee: null,
        content: 'action to safeguard the right to safe and legal abortion in the US',
      },
      { act: 'call for', addressee: 'US', content: 'refrain from any backward steps' },
    ],
  },
  {
    label: 'participle after a heading, then ", but felt that" (other:feel)',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Continuing the EU’s success story: noting that the EU is one of the greatest achievements in European history, Parliament welcomed the roadmap and the commitments of the Bratislava summit of 16 September 2016, but felt that the current challenges demand reform.',
    expected: [
      {
        act: 'note',
        addressee: null,
        content: 'the EU is one of the greatest achievements in European history',
      },
      {
        act: 'welcome',
        addressee: null,
        content: 'the roadmap and the commitments of the Bratislava summit of 16 September 2016',
      },
      { act: 'other:feel', addressee: null, content: 'the current challenges demand reform' },
    ],
  },
  {
    label: 'passive "are encouraged to": the subject is the addressee',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Union entities and public sector bodies are encouraged to ensure that people with disabilities, older people and other vulnerable groups are able to use public services.',
    expected: [
      {
        act: 'encourage',
        addressee: 'Union entities and public sector bodies',
        content:
          'ensure that people with disabilities, older people and other vulnerable groups are able to use public services',
      },
    ],
  },
  {
    label:
      'recommendations addressed to the Council: one statement per item, a heading inside the list',
    format: 'oeil-summary',
    event: ADOPTED,
    body: "Recalling the EU's commitment to effective multilateralism, Parliament addressed the following recommendations to the Council:\nPeace and security:\n- to support the Intra-Syrian Talks aiming for a cessation of hostilities;\n- to continue to support multilateral attempts to find lasting political and peaceful solutions to on-going conflicts in the Middle East and North Africa;",
    expected: [
      {
        act: 'recall',
        addressee: null,
        content: "the EU's commitment to effective multilateralism",
      },
      {
        act: 'recommend',
        addressee: 'Council',
        content: 'support the Intra-Syrian Talks aiming for a cessation of hostilities',
      },
      {
        act: 'recommend',
        addressee: 'Council',
        content:
          'continue to support multilateral attempts to find lasting political and peaceful solutions to on-going conflicts in the Middle East and North Africa',
      },
    ],
  },
  {
    label: 'committee: participle at the start, main act, participle after a comma',
    format: 'oeil-summary',
    event: COMMITTEE,
    body: `${COMMITTEE_LEAD}Whilst praising the innovative nature of the Agenda for change, the report deplores the lack of political dialogue between institutional actors, noting that the Commission’s communication failed to put forward proposals to implement Policy Coherence for Development (PCD) in practice.`,
    expected: [
      {
        act: 'commend',
        addressee: null,
        content: 'the innovative nature of the Agenda for change',
      },
      {
        act: 'deplore',
        addressee: null,
        content: 'the lack of political dialogue between institutional actors',
      },
      {
        act: 'note',
        addressee: null,
        content:
          'the Commission’s communication failed to put forward proposals to implement Policy Coherence for Development (PCD) in practice',
      },
    ],
  },
  {
    label: 'committee: ", but regrets that" after a noun-phrase content',
    format: 'oeil-summary',
    event: COMMITTEE,
    body: `${COMMITTEE_LEAD}Redistribution of aid: Members note that the Commission’s intention to promote ‘inclusive and sustainable growth in the service of human development’, but regrets that the document does not contain any references to the need to promote better redistribution.`,
    expected: [
      {
        act: 'note',
        addressee: null,
        content:
          'the Commission’s intention to promote ‘inclusive and sustainable growth in the service of human development’',
      },
      {
        act: 'regret',
        addressee: null,
        content:
          'the document does not contain any references to the need to promote better redistribution',
      },
    ],
  },
  {
    label:
      'committee: list after "to:", coordinated addressees kept whole, one per action in an item',
    format: 'oeil-summary',
    event: COMMITTEE,
    body: `${COMMITTEE_LEAD}Members call on the Commission, EEAS and the EU as appropriate to:\n- negotiate a roadmap for the gradual reduction of Official Development Assistance (ODA) in the case of middle-income countries and to involve them progressively in North–South–South triangular cooperation arrangements;\n- pay particular attention to the rights of minorities, and ensure that non-negotiable human rights and non-discrimination clauses be inserted into development programmes;\n- clarify the development-migration nexus.`,
    expected: [
      'negotiate a roadmap for the gradual reduction of Official Development Assistance (ODA) in the case of middle-income countries',
      'involve them progressively in North–South–South triangular cooperation arrangements',
      'pay particular attention to the rights of minorities',
      'ensure that non-negotiable human rights and non-discrimination clauses be inserted into development programmes',
      'clarify the development-migration nexus',
    ].map((content) => ({ act: 'call on', addressee: 'Commission, EEAS and the EU', content })),
  },
  {
    label: 'committee: a speaker then a colon, the acts listed below ("the report:")',
    format: 'oeil-summary',
    event: COMMITTEE,
    body: `${COMMITTEE_LEAD}Governance: on governance, the report:\n- emphasises the need to strengthen the political dialogue, particularly among the three EU institutions;\n- calls on the High Representative to add her signature to the European Consensus on Development.`,
    expected: [
      {
        act: 'emphasise',
        addressee: null,
        content:
          'the need to strengthen the political dialogue, particularly among the three EU institutions',
      },
      {
        act: 'call on',
        addressee: 'High Representative',
        content: 'add her signature to the European Consensus on Development',
      },
    ],
  },
  {
    label: 'committee: invite with a long addressee',
    format: 'oeil-summary',
    event: COMMITTEE,
    body: `${COMMITTEE_LEAD}Lastly, the reports invites representatives of the national parliaments of Member States to hold structured annual meetings with the European Parliament in order to ensure consistency in the spending of development aid and strengthen PCD.`,
    expected: [
      {
        act: 'invite',
        addressee: 'representatives of the national parliaments of Member States',
        content:
          'hold structured annual meetings with the European Parliament in order to ensure consistency in the spending of development aid and strengthen PCD',
      },
    ],
  },
  {
    label:
      'Commission document: "the Commission proposes" (other:propose) and "the Communication states"',
    format: 'oeil-summary',
    event: COMMISSION,
    body: 'With this new context in mind, the Commission proposes a policy framework to strengthen the impact of European development policy.\nWith regard to coherence of policy objectives, the Communication states that the future MFF should reinforce the Policy Coherence for Development.',
    expected: [
      {
        act: 'other:propose',
        addressee: null,
        content: 'a policy framework to strengthen the impact of European development policy',
      },
      {
        act: 'state',
        addressee: null,
        content: 'the future MFF should reinforce the Policy Coherence for Development',
      },
    ],
  },
  {
    label: 'a summary sentence in the resolution’s own words ("Calls on ...", no subject)',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Parliament welcomes the agreement. Calls on the Commission to establish a European healthcare index to track the progress of healthcare systems in the EU.',
    expected: [
      { act: 'welcome', addressee: null, content: 'the agreement' },
      {
        act: 'call on',
        addressee: 'Commission',
        content:
          'establish a European healthcare index to track the progress of healthcare systems in the EU',
      },
    ],
  },
  {
    label: 'negative: a Commission document describing what the EU must or should do',
    format: 'oeil-summary',
    event: COMMISSION,
    body: 'The EU is seeking greater reciprocal engagement with its partner countries, including mutual accountability for results. Operationally, the EU and Member States should make use of aid modalities that facilitate joint action such as budget support.',
    expected: [],
  },
  {
    label: 'resolution: citations and recitals give nothing; "1. Believes ...; stresses ..."',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}1. Believes that the time has come to strengthen public health competences at EU level; stresses that strengthening EU collaboration in the field of health should not be limited to better crisis preparedness; stresses the need for health policies to focus on the public interest;`,
    expected: [
      {
        act: 'believe',
        addressee: null,
        content: 'the time has come to strengthen public health competences at EU level',
      },
      {
        act: 'stress',
        addressee: null,
        content:
          'strengthening EU collaboration in the field of health should not be limited to better crisis preparedness',
      },
      {
        act: 'stress',
        addressee: null,
        content: 'the need for health policies to focus on the public interest',
      },
    ],
  },
  {
    label:
      'resolution: "Calls for the EU to" gives addressee EU; verbs sharing one object stay one',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}12. Calls for the EU to develop and include specific plans in collaboration with Member States to maintain access to treatment and care for chronically ill patients;`,
    expected: [
      {
        act: 'call for',
        addressee: 'EU',
        content:
          'develop and include specific plans in collaboration with Member States to maintain access to treatment and care for chronically ill patients',
      },
    ],
  },
  {
    label: 'resolution: "calls for X to be Y and for Z to be W": two, no addressee',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}26. Calls for compulsory national inventories of medicines and medical devices to be established in each Member State and for information to be provided to the Commission and EMA in order to ensure that any shortages can be predicted and addressed;`,
    expected: [
      {
        act: 'call for',
        addressee: null,
        content:
          'compulsory national inventories of medicines and medical devices to be established in each Member State',
      },
      {
        act: 'call for',
        addressee: null,
        content:
          'information to be provided to the Commission and EMA in order to ensure that any shortages can be predicted and addressed',
      },
    ],
  },
  {
    label: 'resolution: an infinitive inside the first action keeps "and to" inside it',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}22. Calls on the Commission to revise the mechanism for joint procurement under the Decision on cross-border threats to health and to propose a new regulation to make joint EU procurement faster and more effective in the event of a health crisis and to ensure equal and affordable access to new treatments;`,
    expected: [
      {
        act: 'call on',
        addressee: 'Commission',
        content:
          'revise the mechanism for joint procurement under the Decision on cross-border threats to health',
      },
      {
        act: 'call on',
        addressee: 'Commission',
        content:
          'propose a new regulation to make joint EU procurement faster and more effective in the event of a health crisis and to ensure equal and affordable access to new treatments',
      },
    ],
  },
  {
    label: 'resolution: "Deems" (other:deem) and "; considers that"',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}7. Deems that stronger health care systems in the EU are essential to strengthen crisis preparedness; considers that this requires more investment in public health care systems;`,
    expected: [
      {
        act: 'other:deem',
        addressee: null,
        content:
          'stronger health care systems in the EU are essential to strengthen crisis preparedness',
      },
      {
        act: 'consider',
        addressee: null,
        content: 'this requires more investment in public health care systems',
      },
    ],
  },
  {
    label:
      'resolution: "Reiterates its call on X to A, and to B" is call on (the noun names the act)',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}12. Reiterates its call on the Commission to present a legislative proposal without delay, and to ensure its swift implementation in all Member States;`,
    expected: [
      {
        act: 'call on',
        addressee: 'Commission',
        content: 'present a legislative proposal without delay',
      },
      {
        act: 'call on',
        addressee: 'Commission',
        content: 'ensure its swift implementation in all Member States',
      },
    ],
  },
  {
    label: 'amendment: "; reiterates its call for" a gerund is call for (DEVE amendments)',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}9. Takes the view that budget support should be more closely linked to the human rights record and governance situation of recipient countries; reiterates its call for establishing more detailed criteria in this respect for the award of budget support;`,
    expected: [
      {
        act: 'consider',
        addressee: null,
        content:
          'budget support should be more closely linked to the human rights record and governance situation of recipient countries',
      },
      {
        act: 'call for',
        addressee: null,
        content:
          'establishing more detailed criteria in this respect for the award of budget support',
      },
    ],
  },
  {
    label: 'OEIL: "renews its urgent call for" N and "repeated their call on" X (past)',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Parliament renews its urgent call for an independent international investigation into the attack. Members repeated their call on the Council to adopt targeted sanctions.',
    expected: [
      {
        act: 'call for',
        addressee: null,
        content: 'an independent international investigation into the attack',
      },
      { act: 'call on', addressee: 'Council', content: 'adopt targeted sanctions' },
    ],
  },
  {
    label:
      'resolution: someone else\'s call stays reiterate; "Renews its support" stays other:renew',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}3. Reiterates the call by the UN Secretary-General for an immediate ceasefire;\n4. Renews its support for the work of the UN Special Rapporteur;`,
    expected: [
      {
        act: 'reiterate',
        addressee: null,
        content: 'the call by the UN Secretary-General for an immediate ceasefire',
      },
      {
        act: 'other:renew',
        addressee: null,
        content: 'its support for the work of the UN Special Rapporteur',
      },
    ],
  },
  {
    label:
      'resolution: a split infinitive with coordinated adverbs ("to immediately and unconditionally release")',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}1. Strongly condemns the death sentence handed down to Ahmadreza Djalali and calls on the Iranian authorities to immediately and unconditionally release him;`,
    expected: [
      {
        act: 'condemn',
        addressee: null,
        content: 'the death sentence handed down to Ahmadreza Djalali',
      },
      {
        act: 'call on',
        addressee: 'Iranian authorities',
        content: 'immediately and unconditionally release him',
      },
    ],
  },
  {
    label: 'resolution: "Takes note of" N: the preposition does not open the content',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}8. Takes note of the Swedish Government's efforts to secure Mr Djalali's release;`,
    expected: [
      {
        act: 'note',
        addressee: null,
        content: "the Swedish Government's efforts to secure Mr Djalali's release",
      },
    ],
  },
  {
    label:
      'press release: "and calls for targeted sanctions" is a second act (a participle after the particle, not after the verb)',
    format: 'press-release',
    event: null,
    body: "Parliament condemns the Iranian regime's brutal crackdown on protesters and calls for targeted sanctions against those responsible.",
    expected: [
      {
        act: 'condemn',
        addressee: null,
        content: "the Iranian regime's brutal crackdown on protesters",
      },
      {
        act: 'call for',
        addressee: null,
        content: 'targeted sanctions against those responsible',
      },
    ],
  },
  {
    label: 'negative: "and demands expressed by" is a noun, not a second act',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Members welcome the positions and demands expressed by citizens during the Conference.',
    expected: [
      {
        act: 'welcome',
        addressee: null,
        content: 'the positions and demands expressed by citizens during the Conference',
      },
    ],
  },
  {
    label: "OEIL: expressive verbs outside the spec's table are other:<lemma> (congratulate, hope)",
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Parliament congratulates the people of Tunisia on the peaceful conduct of the elections. Members hope that the new government will respect the rule of law.',
    expected: [
      {
        act: 'other:congratulate',
        addressee: null,
        content: 'the people of Tunisia on the peaceful conduct of the elections',
      },
      {
        act: 'other:hope',
        addressee: null,
        content: 'the new government will respect the rule of law',
      },
    ],
  },
  {
    label: 'committee: an action before ", and to:" is a statement too, then one per item',
    format: 'oeil-summary',
    event: COMMITTEE,
    body: `${COMMITTEE_LEAD}Migration: the committee encouraged the Member States to ensure that their migration policies comply with international law, and to:\n- strengthen cooperation with third countries;\n- guarantee the right to asylum.`,
    expected: [
      {
        act: 'encourage',
        addressee: 'Member States',
        content: 'ensure that their migration policies comply with international law',
      },
      {
        act: 'encourage',
        addressee: 'Member States',
        content: 'strengthen cooperation with third countries',
      },
      { act: 'encourage', addressee: 'Member States', content: 'guarantee the right to asylum' },
    ],
  },
  {
    label: 'OEIL: "to A and to take the following measures:" gives A, then the items',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Members urged the Commission to ensure full transparency and to take the following measures:\n- propose a framework for audits;\n- report annually to Parliament.',
    expected: [
      { act: 'urge', addressee: 'Commission', content: 'ensure full transparency' },
      { act: 'urge', addressee: 'Commission', content: 'propose a framework for audits' },
      { act: 'urge', addressee: 'Commission', content: 'report annually to Parliament' },
    ],
  },
  {
    label: 'OEIL: "calls on X not to V": the negation stays in the content, out of the addressee',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Parliament calls on the Commission not to approve the merger and urges the Member States not to grant any further export licences.',
    expected: [
      { act: 'call on', addressee: 'Commission', content: 'not to approve the merger' },
      {
        act: 'urge',
        addressee: 'Member States',
        content: 'not to grant any further export licences',
      },
    ],
  },
  {
    label:
      'press release: "to table a proposal" is an infinitive (a verb the tagger reads as a noun)',
    format: 'press-release',
    event: null,
    body: 'MEPs call on the Commission to table a proposal by June, and insist that the funds be released without delay.',
    expected: [
      { act: 'call on', addressee: 'Commission', content: 'table a proposal by June' },
      { act: 'insist', addressee: null, content: 'the funds be released without delay' },
    ],
  },
  {
    label:
      'resolution: the addressee before a colon, the actions listed below ("Calls on X:", "Recommends that X:")',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}4. Calls on the Commission:\n(a) to present a proposal on minimum wages;\n(b) to ensure the enforcement of existing rules;\n5. Recommends that the Council:\n(a) adopt the decision without delay;\n(b) involve Parliament fully;\n6. Recommends the following measures:\n(a) a European fund;`,
    expected: [
      { act: 'call on', addressee: 'Commission', content: 'present a proposal on minimum wages' },
      {
        act: 'call on',
        addressee: 'Commission',
        content: 'ensure the enforcement of existing rules',
      },
      { act: 'recommend', addressee: 'Council', content: 'adopt the decision without delay' },
      { act: 'recommend', addressee: 'Council', content: 'involve Parliament fully' },
      { act: 'recommend', addressee: null, content: 'a European fund' },
    ],
  },
  {
    label: 'resolution: "urges, therefore, X to": the opener is not part of the addressee',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}9. Takes the view that the Commission should act; urges, therefore, the Member States to support it;`,
    expected: [
      { act: 'consider', addressee: null, content: 'the Commission should act' },
      { act: 'urge', addressee: 'Member States', content: 'support it' },
    ],
  },
  {
    label: 'resolution: "Points to N" is other:point, "points out that" stays point out',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}8. Points to the need for a coordinated response; points out that the situation is dire;`,
    expected: [
      { act: 'other:point', addressee: null, content: 'the need for a coordinated response' },
      { act: 'point out', addressee: null, content: 'the situation is dire' },
    ],
  },
  {
    label:
      'OEIL: "asks for N" drops "for"; "further" before a noun is the content\'s ("encourages further dialogue"); "appealed for N"',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Parliament asks for a thorough review of the agreement. It encourages further dialogue between the parties and stresses further that the rule of law matters. Members appealed for calm.',
    expected: [
      { act: 'request', addressee: null, content: 'a thorough review of the agreement' },
      { act: 'encourage', addressee: null, content: 'further dialogue between the parties' },
      { act: 'stress', addressee: null, content: 'the rule of law matters' },
      { act: 'other:appeal', addressee: null, content: 'calm' },
    ],
  },
  {
    label:
      'OEIL: "and holds X responsible" is an act (other:hold) that ends the content before it; "held a debate" is none',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'It deplores the use of excessive force by the police and holds President Yanukovych responsible for the deaths of protesters. The European Parliament held a debate on the situation in Ukraine.',
    expected: [
      { act: 'deplore', addressee: null, content: 'the use of excessive force by the police' },
      {
        act: 'other:hold',
        addressee: null,
        content: 'President Yanukovych responsible for the deaths of protesters',
      },
    ],
  },
  {
    label:
      'OEIL: phrasal acts named by their noun: "voice concern", "expresses its strong condemnation of", "voices its support for"; "underscores"',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Members voice concern about the situation of journalists. Parliament expresses its strong condemnation of the attack and voices its support for the protesters. It underscores the importance of dialogue.',
    expected: [
      { act: 'express concern', addressee: null, content: 'the situation of journalists' },
      { act: 'condemn', addressee: null, content: 'the attack' },
      { act: 'other:express support', addressee: null, content: 'the protesters' },
      { act: 'other:underscore', addressee: null, content: 'the importance of dialogue' },
    ],
  },
  {
    label:
      'OEIL: "want/expect X to V" names no addressee when X cannot act ("the new rules to apply")',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Members want the new rules to apply from 2026. They expect the reform to deliver results. Parliament wants the Commission, the Council and the Member States to act.',
    expected: [
      { act: 'want', addressee: null, content: 'the new rules to apply from 2026' },
      { act: 'expect', addressee: null, content: 'the reform to deliver results' },
      {
        act: 'want',
        addressee: 'Commission, the Council and the Member States',
        content: 'act',
      },
    ],
  },
  {
    label:
      'press release: a participle clause with commas of its own between subject and verb ("The text, adopted with ..., calls on")',
    format: 'press-release',
    event: null,
    body: 'The text, adopted with 480 votes in favour, 90 against and 50 abstentions, calls on the Commission to act swiftly.',
    expected: [{ act: 'call on', addressee: 'Commission', content: 'act swiftly' }],
  },
  {
    label: 'resolution: "Demands that" a clause with no named subject',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}5. Demands that any support provided to the private sector in the form of ODA come within the framework of the national plans of the partner countries;`,
    expected: [
      {
        act: 'demand',
        addressee: null,
        content:
          'any support provided to the private sector in the form of ODA come within the framework of the national plans of the partner countries',
      },
    ],
  },
  {
    label: 'resolution: the final instruction to forward the text',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}50. Instructs its President to forward this resolution to the Council and the Commission.`,
    expected: [
      {
        act: 'instruct',
        addressee: 'President',
        content: 'forward this resolution to the Council and the Commission',
      },
    ],
  },
  {
    label: 'resolution: an adverb between the verb and its particle ("Calls once again on")',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}1. Calls once again on the Commission to put forward a legislative proposal on EU administrative law which will guarantee an open, efficient and independent European administration, and to take due account of Parliament’s proposal for an EU regulation in this regard;`,
    expected: [
      {
        act: 'call on',
        addressee: 'Commission',
        content:
          'put forward a legislative proposal on EU administrative law which will guarantee an open, efficient and independent European administration',
      },
      {
        act: 'call on',
        addressee: 'Commission',
        content: 'take due account of Parliament’s proposal for an EU regulation in this regard',
      },
    ],
  },
  {
    label: 'resolution: "; invites X, however, to" after a clause that is not an act',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}7. Approves of the concept of differentiation; invites the Commission, however, to negotiate a roadmap for the gradual reduction of Official Development Assistance (ODA) with middle-income countries;`,
    expected: [
      {
        act: 'invite',
        addressee: 'Commission',
        content:
          'negotiate a roadmap for the gradual reduction of Official Development Assistance (ODA) with middle-income countries',
      },
    ],
  },
  {
    label: 'resolution: "Would like X to" (want); "Reaffirms its commitment, in this regard, to"',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}3. Reaffirms its commitment, in this regard, to social inclusion;\n14. Would like the Agenda for Change to specify the important and independent role of regional and local authorities and civil society;`,
    expected: [
      { act: 'reaffirm commitment', addressee: null, content: 'social inclusion' },
      {
        act: 'want',
        addressee: 'Agenda for Change',
        content:
          'specify the important and independent role of regional and local authorities and civil society',
      },
    ],
  },
  {
    label: '"was convinced that" (be + adjective) reads as believe',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Parliament was convinced that no single Member State alone could tackle any of the challenges alone.',
    expected: [
      {
        act: 'believe',
        addressee: null,
        content: 'no single Member State alone could tackle any of the challenges alone',
      },
    ],
  },
  {
    label: 'negative: the procedural recommendation of a legislative committee report',
    format: 'oeil-summary',
    event: COMMITTEE,
    body: `${COMMITTEE_LEAD}The committee recommended that the European Parliament's position adopted at first reading under the ordinary legislative procedure should amend the Commission proposal as follows.`,
    expected: [],
  },
  {
    label: 'resolution: "Recommends to the Council:" then lettered items, each a recommendation',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}1. Recommends to the Council:\n(a) to support the Intra-Syrian Talks aiming for a cessation of hostilities;\n(b) to continue to call for the full respect of internationally-recognised borders;`,
    expected: [
      {
        act: 'recommend',
        addressee: 'Council',
        content: 'support the Intra-Syrian Talks aiming for a cessation of hostilities',
      },
      {
        act: 'recommend',
        addressee: 'Council',
        content: 'continue to call for the full respect of internationally-recognised borders',
      },
    ],
  },
  {
    label:
      'a sentence adverbial without a comma before the subject; "once again" before the content',
    format: 'oeil-summary',
    event: ADOPTED,
    body: "Furthermore Parliament strongly condemned once again the backsliding in women's rights and SRHR taking place globally.",
    expected: [
      {
        act: 'condemn',
        addressee: null,
        content: "the backsliding in women's rights and SRHR taking place globally",
      },
    ],
  },
  {
    label: 'press release: MEPs call on; a clause then ", MEPs warn"',
    format: 'press-release',
    event: null,
    body: 'MEPs call on the Council to adopt additional sanctions targeting state authorities responsible for human rights violations and repression.\nMore than 7 million people in Venezuela are in need of humanitarian assistance, 94 % of the population lives below the poverty line and 70 % of children are out of school, MEPs warn.',
    expected: [
      {
        act: 'call on',
        addressee: 'Council',
        content:
          'adopt additional sanctions targeting state authorities responsible for human rights violations and repression',
      },
      {
        act: 'warn',
        addressee: null,
        content:
          'More than 7 million people in Venezuela are in need of humanitarian assistance, 94 % of the population lives below the poverty line and 70 % of children are out of school',
      },
    ],
  },
  {
    label: 'press release: a noun phrase act then "and ask the Commission to" (a directive)',
    format: 'press-release',
    event: null,
    body: 'Parliament praises the efforts and solidarity shown by neighbouring countries, in particular Colombia, Ecuador and Peru and ask the Commission to continue cooperating with these countries.',
    expected: [
      {
        act: 'commend',
        addressee: null,
        content:
          'the efforts and solidarity shown by neighbouring countries, in particular Colombia, Ecuador and Peru',
      },
      {
        act: 'request',
        addressee: 'Commission',
        content: 'continue cooperating with these countries',
      },
    ],
  },
  {
    label: 'negative: press release on procedural votes (adopted, approved)',
    format: 'press-release',
    event: null,
    body: 'On Friday, Parliament adopted measures to ensure basic road and air connections in case no agreement is reached on EU-UK future relations.\nMEPs also approved the Commission’s proposal to extend reciprocal access by EU and UK vessels to each other’s waters until 31 December 2021 by 677 votes in favour, 4 against and 6 abstentions.',
    expected: [],
  },
  {
    label: 'negative: an EUR-Lex act describing what its addressees are encouraged to do',
    format: 'text',
    event: null,
    body: 'Union entities and public sector bodies are encouraged to ensure that people with disabilities, older people and other vulnerable groups are able to use public services.',
    expected: [],
  },
  {
    label: '"is of the opinion that" / "are of the view that" is consider',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Parliament is of the opinion that the elections did not meet international standards. Members are of the view that the sanctions should be extended.',
    expected: [
      {
        act: 'consider',
        addressee: null,
        content: 'the elections did not meet international standards',
      },
      { act: 'consider', addressee: null, content: 'the sanctions should be extended' },
    ],
  },
  {
    label: 'a list after a colon on the same line, dashes (spec 2.4: one statement per item)',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Parliament urged the Commission to: - present a legislative proposal on minimum standards for reception conditions; - assess the impact of the directive on small and medium-sized enterprises.',
    expected: [
      {
        act: 'urge',
        addressee: 'Commission',
        content: 'present a legislative proposal on minimum standards for reception conditions',
      },
      {
        act: 'urge',
        addressee: 'Commission',
        content: 'assess the impact of the directive on small and medium-sized enterprises',
      },
    ],
  },
  {
    label: 'a list after a colon on the same line, lettered, "; and" before the last item',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Members called on the Council to: (a) adopt targeted sanctions against those responsible for the crackdown; (b) support independent media and civil society; and (c) report back to Parliament within six months.',
    expected: [
      {
        act: 'call on',
        addressee: 'Council',
        content: 'adopt targeted sanctions against those responsible for the crackdown',
      },
      {
        act: 'call on',
        addressee: 'Council',
        content: 'support independent media and civil society',
      },
      {
        act: 'call on',
        addressee: 'Council',
        content: 'report back to Parliament within six months',
      },
    ],
  },
  {
    label: 'numbered infinitives without a colon: the marker is not part of the addressee',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Parliament calls on the Member States (i) to ratify the Istanbul Convention without delay, (ii) to implement its provisions in full and (iii) to report on progress every year.',
    expected: [
      {
        act: 'call on',
        addressee: 'Member States',
        content: 'ratify the Istanbul Convention without delay',
      },
      { act: 'call on', addressee: 'Member States', content: 'implement its provisions in full' },
      { act: 'call on', addressee: 'Member States', content: 'report on progress every year' },
    ],
  },
  {
    label: 'negative: a point of an article before "to" is no list marker',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Parliament calls on the authorities referred to in Article 5(a) to implement the rules.',
    expected: [
      {
        act: 'call on',
        addressee: 'authorities referred to in Article 5(a)',
        content: 'implement the rules',
      },
    ],
  },
  {
    label:
      'resolution: lists on the paragraph line, lettered after a colon and numbered infinitives',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}1. Calls on the Commission to: (a) propose a European Health Union; (b) strengthen the mandate of the ECDC;\n2. Urges the Member States (i) to share data on hospital capacity, (ii) to coordinate their testing strategies;`,
    expected: [
      { act: 'call on', addressee: 'Commission', content: 'propose a European Health Union' },
      { act: 'call on', addressee: 'Commission', content: 'strengthen the mandate of the ECDC' },
      { act: 'urge', addressee: 'Member States', content: 'share data on hospital capacity' },
      { act: 'urge', addressee: 'Member States', content: 'coordinate their testing strategies' },
    ],
  },
  {
    label: 'a list that starts on the line of its act and goes on below',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Members called on the Commission to: (a) propose a directive on platform work;\n(b) review the Working Time Directive;\n(c) report back by 2025.\nParliament welcomes the agreement.',
    expected: [
      { act: 'call on', addressee: 'Commission', content: 'propose a directive on platform work' },
      { act: 'call on', addressee: 'Commission', content: 'review the Working Time Directive' },
      { act: 'call on', addressee: 'Commission', content: 'report back by 2025' },
      { act: 'welcome', addressee: null, content: 'the agreement' },
    ],
  },
  {
    label: 'lists on the same line after "recommends to X:", a passive and a noun-phrase act',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Parliament recommends to the Council: (a) to adopt a common position; (b) to suspend the agreement.\nThe Commission and the Member States are urged to: - increase funding; - report annually.\nParliament condemns: - the killings of protesters; - the arrests of journalists.',
    expected: [
      { act: 'recommend', addressee: 'Council', content: 'adopt a common position' },
      { act: 'recommend', addressee: 'Council', content: 'suspend the agreement' },
      { act: 'urge', addressee: 'Commission and the Member States', content: 'increase funding' },
      { act: 'urge', addressee: 'Commission and the Member States', content: 'report annually' },
      { act: 'condemn', addressee: null, content: 'the killings of protesters' },
      { act: 'condemn', addressee: null, content: 'the arrests of journalists' },
    ],
  },
  {
    label: 'call for with a list of noun phrases on the same line',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'The resolution calls for: (i) an independent investigation into the killings; (ii) the immediate release of all political prisoners.',
    expected: [
      {
        act: 'call for',
        addressee: null,
        content: 'an independent investigation into the killings',
      },
      {
        act: 'call for',
        addressee: null,
        content: 'the immediate release of all political prisoners',
      },
    ],
  },
  {
    label: 'OEIL: a passive with "not to" keeps the negation in the content',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Parliament condemned the airstrikes. The Member States are urged not to authorise any sale of arms to parties to the conflict.',
    expected: [
      { act: 'condemn', addressee: null, content: 'the airstrikes' },
      {
        act: 'urge',
        addressee: 'Member States',
        content: 'not to authorise any sale of arms to parties to the conflict',
      },
    ],
  },
  {
    label: 'press release: a time adverbial between the subject and its verb ("on Thursday")',
    format: 'press-release',
    event: null,
    body: 'Parliament on Thursday demanded the immediate and unconditional release of all political prisoners in Belarus and called for new, free and fair presidential elections. MEPs last week condemned the attack, and Parliament on 16 March 2024 called on the Council to act.',
    expected: [
      {
        act: 'demand',
        addressee: null,
        content: 'the immediate and unconditional release of all political prisoners in Belarus',
      },
      { act: 'call for', addressee: null, content: 'new, free and fair presidential elections' },
      { act: 'condemn', addressee: null, content: 'the attack' },
      { act: 'call on', addressee: 'Council', content: 'act' },
    ],
  },
  {
    label: 'a noun phrase with a weekday before a verb is not a subject and its time adverbial',
    format: 'press-release',
    event: null,
    body: 'The vote on Thursday called into question the whole process.',
    expected: [],
  },
  {
    label:
      'press release: ", and ask X to" after a plural subject\'s directive is a second act; without the comma it is the addressee\'s action',
    format: 'press-release',
    event: null,
    body: 'They urge the EU to extend the list of sanctioned individuals, and ask EU member states to facilitate the procedure for obtaining visas. MEPs call on the Commission to review the rules and ask Member States to report.',
    expected: [
      { act: 'urge', addressee: 'EU', content: 'extend the list of sanctioned individuals' },
      {
        act: 'request',
        addressee: 'EU member states',
        content: 'facilitate the procedure for obtaining visas',
      },
      {
        act: 'call on',
        addressee: 'Commission',
        content: 'review the rules and ask Member States to report',
      },
    ],
  },
  {
    label: '"reminds X that C" and "reminds X of N": the content is past the hearer',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'The resolution reminds the Commission that EU funds must not benefit the Belarusian regime. Parliament reminded the authorities of Kazakhstan that the right to strike is a fundamental right. It reminds the Member States of their obligation to transpose the directive. Parliament reminds of the need for unity.',
    expected: [
      {
        act: 'other:remind',
        addressee: null,
        content: 'EU funds must not benefit the Belarusian regime',
      },
      {
        act: 'other:remind',
        addressee: null,
        content: 'the right to strike is a fundamental right',
      },
      {
        act: 'other:remind',
        addressee: null,
        content: 'their obligation to transpose the directive',
      },
      { act: 'other:remind', addressee: null, content: 'the need for unity' },
    ],
  },
  {
    label: '"Demands that X immediately end": an adverb between the named subject and its verb',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}1. Demands that the Tatmadaw immediately end the state of emergency;\n2. Insists that the Commission also present a proposal;`,
    expected: [
      { act: 'demand', addressee: 'Tatmadaw', content: 'immediately end the state of emergency' },
      { act: 'insist', addressee: 'Commission', content: 'also present a proposal' },
    ],
  },
  {
    label:
      'OEIL: ", while Members underlined" opens an act of its own and ends the content before it',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Parliament condemned the attack. The Commission is asked to present, by 30 June 2021, legislative proposals to ensure a just transition, while Members underlined the need for financial support. Parliament stresses that, while Members support the aim, the means are lacking.',
    expected: [
      { act: 'condemn', addressee: null, content: 'the attack' },
      {
        act: 'request',
        addressee: 'Commission',
        content: 'present, by 30 June 2021, legislative proposals to ensure a just transition',
      },
      { act: 'underline', addressee: null, content: 'the need for financial support' },
      {
        act: 'stress',
        addressee: null,
        content: 'while Members support the aim, the means are lacking',
      },
      { act: 'other:support', addressee: null, content: 'the aim, the means are lacking' },
    ],
  },
  {
    label: '"wants X to be Y" asks no one when X is a thing ("the Union\'s 2030 climate target")',
    format: 'oeil-summary',
    event: ADOPTED,
    body: "Parliament wants the Union's 2030 climate target to be a 60% reduction in emissions, calls for the Commission proposal to be withdrawn and wants the Member States concerned to act.",
    expected: [
      {
        act: 'want',
        addressee: null,
        content: "the Union's 2030 climate target to be a 60% reduction in emissions",
      },
      { act: 'call for', addressee: null, content: 'the Commission proposal to be withdrawn' },
      { act: 'want', addressee: 'Member States concerned', content: 'act' },
    ],
  },
  {
    label: 'resolution: "calls, therefore, for" (adverbs between commas before the particle)',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}4. Underlines the importance of media freedom; calls, therefore, for the release of all detained journalists;\n5. Calls, once again, on the Commission to act;`,
    expected: [
      { act: 'underline', addressee: null, content: 'the importance of media freedom' },
      { act: 'call for', addressee: null, content: 'the release of all detained journalists' },
      { act: 'call on', addressee: 'Commission', content: 'act' },
    ],
  },
  {
    label: '"asks for X to V": X is the addressee when it can act; else what is asked for',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}13. Asks for the EU delegation to monitor the trials closely;\n14. Asks for more funding to support farmers;\n15. Asks for an investigation to be launched;`,
    expected: [
      { act: 'request', addressee: 'EU delegation', content: 'monitor the trials closely' },
      { act: 'request', addressee: null, content: 'more funding to support farmers' },
      { act: 'request', addressee: null, content: 'an investigation to be launched' },
    ],
  },
  {
    label:
      'a second addressee with actions of its own: "to A and on the Member States to B", ", and the Member States to B"',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}1. Calls on the Commission to present a proposal and on the Member States to implement it swiftly and to report on it;\n2. Urges the Commission to support farmers, and the Member States to step up controls;\n3. Calls on the Commission to allow companies and Member States to apply the rules;`,
    expected: [
      { act: 'call on', addressee: 'Commission', content: 'present a proposal' },
      { act: 'call on', addressee: 'Member States', content: 'implement it swiftly' },
      { act: 'call on', addressee: 'Member States', content: 'report on it' },
      { act: 'urge', addressee: 'Commission', content: 'support farmers' },
      { act: 'urge', addressee: 'Member States', content: 'step up controls' },
      {
        act: 'call on',
        addressee: 'Commission',
        content: 'allow companies and Member States to apply the rules',
      },
    ],
  },
  {
    label: 'press release: "insist on X to V" names X',
    format: 'press-release',
    event: null,
    body: 'They insist on the Council to adopt restrictive measures against those responsible. Parliament insists on the need for the Council to act.',
    expected: [
      {
        act: 'insist',
        addressee: 'Council',
        content: 'adopt restrictive measures against those responsible',
      },
      { act: 'insist', addressee: null, content: 'the need for the Council to act' },
    ],
  },
  {
    label: '"opposes N" is other:oppose; "is pleased that C" and "are satisfied with N" welcome',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Parliament opposes any attempt to weaken the rules. It is pleased that the agreement was reached. Members are satisfied with the outcome. The proposal was opposed by the Council.',
    expected: [
      { act: 'other:oppose', addressee: null, content: 'any attempt to weaken the rules' },
      { act: 'welcome', addressee: null, content: 'the agreement was reached' },
      { act: 'welcome', addressee: null, content: 'the outcome' },
    ],
  },
  {
    label:
      'a relative clause of the speaker\'s text speaks ("adopted a resolution which calls on", "in which they condemn"); another body\'s text, or one inside the subject, does not',
    format: 'press-release',
    event: null,
    body: 'Parliament adopted a non-legislative resolution which calls on the Commission to act and urges the Council to agree. MEPs backed a text in which they condemn the attack. The Council adopted a UN resolution which calls for peace. The report which stresses the need for reform was adopted.',
    expected: [
      { act: 'call on', addressee: 'Commission', content: 'act' },
      { act: 'urge', addressee: 'Council', content: 'agree' },
      { act: 'condemn', addressee: null, content: 'the attack' },
    ],
  },
  {
    label:
      'more verbs outside the spec\'s table end the content before them and speak ("and advocates", "finds it", "fears that"); "fear", "trust" and "doubt" only with "that"',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Parliament calls for sanctions and advocates a ban on exports. Members regard the agreement as a step forward. Parliament finds it unacceptable that the Council has not acted. MEPs call for dialogue and trust between the parties. Parliament fears that the situation will deteriorate. It resolves to monitor the situation.',
    expected: [
      { act: 'call for', addressee: null, content: 'sanctions' },
      { act: 'other:advocate', addressee: null, content: 'a ban on exports' },
      { act: 'other:regard', addressee: null, content: 'the agreement as a step forward' },
      {
        act: 'other:find',
        addressee: null,
        content: 'it unacceptable that the Council has not acted',
      },
      { act: 'call for', addressee: null, content: 'dialogue and trust between the parties' },
      { act: 'other:fear', addressee: null, content: 'the situation will deteriorate' },
      { act: 'other:resolve', addressee: null, content: 'monitor the situation' },
    ],
  },
  {
    label:
      '"to comply with" is an infinitive, not an adverb in -ly; verbs compromise does not tag after "to" ("counter", "veto", "rescind")',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'MEPs call on the Nicaraguan authorities to comply with the precautionary measures of the Inter-American Commission on Human Rights. Parliament urged the Commission to counter disinformation, and called on the Member States to veto the deal and to rescind the decree.',
    expected: [
      {
        act: 'call on',
        addressee: 'Nicaraguan authorities',
        content:
          'comply with the precautionary measures of the Inter-American Commission on Human Rights',
      },
      { act: 'urge', addressee: 'Commission', content: 'counter disinformation' },
      { act: 'call on', addressee: 'Member States', content: 'veto the deal' },
      { act: 'call on', addressee: 'Member States', content: 'rescind the decree' },
    ],
  },
  {
    label:
      'the present perfect and "would" ("has repeatedly called on", "have urged", "would welcome")',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Parliament has repeatedly called on the Ortega regime to release all political prisoners. It has condemned the attacks and called for an inquiry. Members have urged the Council to act. It would welcome a decision by the Council to suspend the agreement. The Commission has called for calm.',
    expected: [
      { act: 'call on', addressee: 'Ortega regime', content: 'release all political prisoners' },
      { act: 'condemn', addressee: null, content: 'the attacks' },
      { act: 'call for', addressee: null, content: 'an inquiry' },
      { act: 'urge', addressee: 'Council', content: 'act' },
      {
        act: 'welcome',
        addressee: null,
        content: 'a decision by the Council to suspend the agreement',
      },
    ],
  },
  {
    label: 'two act verbs sharing one object give two statements ("condemns and deplores X")',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Parliament condemns and deplores the use of transnational repression against exiled activists. Members call for and support an inquiry.',
    expected: [
      {
        act: 'condemn',
        addressee: null,
        content: 'the use of transnational repression against exiled activists',
      },
      {
        act: 'deplore',
        addressee: null,
        content: 'the use of transnational repression against exiled activists',
      },
      { act: 'call for', addressee: null, content: 'an inquiry' },
      { act: 'other:support', addressee: null, content: 'an inquiry' },
    ],
  },
  {
    label: 'resolution: "Welcomes and supports X" gives both acts',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}18. Welcomes and supports the offer of the OSCE to assist in an independent investigation;`,
    expected: [
      {
        act: 'welcome',
        addressee: null,
        content: 'the offer of the OSCE to assist in an independent investigation',
      },
      {
        act: 'other:support',
        addressee: null,
        content: 'the offer of the OSCE to assist in an independent investigation',
      },
    ],
  },
  {
    label:
      'a relative clause or a participle between the subject and its verb ("MEPs, who have ..., welcome", "Parliament, while welcoming X, regrets")',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'The resolution, which was tabled by the EPP, S&D, Renew and Greens/EFA groups, strongly criticises the crackdown on independent media. Parliament, while welcoming the release of some political prisoners, regrets that they were stripped of their nationality.',
    expected: [
      { act: 'criticise', addressee: null, content: 'the crackdown on independent media' },
      { act: 'welcome', addressee: null, content: 'the release of some political prisoners' },
      { act: 'regret', addressee: null, content: 'they were stripped of their nationality' },
    ],
  },
  {
    label:
      'phrasal expressives ("extends its condolences to", "conveys its sincere condolences to", "stand in solidarity with"); a discharge decision is procedural',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'It extends its condolences to the families of those killed during the 2018 protests. Parliament conveys its sincere condolences to the victims. Members stand in solidarity with the Catholic Church in Nicaragua. The European Parliament decided to grant the Commission discharge for the financial year 2021 and approved the closure of the accounts.',
    expected: [
      {
        act: 'express condolences',
        addressee: null,
        content: 'the families of those killed during the 2018 protests',
      },
      { act: 'express condolences', addressee: null, content: 'the victims' },
      { act: 'express solidarity', addressee: null, content: 'the Catholic Church in Nicaragua' },
    ],
  },
  {
    label:
      '"to A, B and C" without a repeated "to" are separate actions (spec 2.5) when each has its object; verbs sharing one object stay one',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'It calls on Azerbaijan to release the detainees, lift the travel bans imposed on opposition figures and allow independent observers into the country. It calls on the Member States to investigate, prosecute and punish those responsible, and on the Commission to ensure unity, political will and trust.',
    expected: [
      { act: 'call on', addressee: 'Azerbaijan', content: 'release the detainees' },
      {
        act: 'call on',
        addressee: 'Azerbaijan',
        content: 'lift the travel bans imposed on opposition figures',
      },
      {
        act: 'call on',
        addressee: 'Azerbaijan',
        content: 'allow independent observers into the country',
      },
      {
        act: 'call on',
        addressee: 'Member States',
        content: 'investigate, prosecute and punish those responsible',
      },
      {
        act: 'call on',
        addressee: 'Commission',
        content: 'ensure unity, political will and trust',
      },
    ],
  },
  {
    label:
      'OEIL: list items with subjects of their own after a lead that is no act ("- it noted with concern that", "- Members called on"); ", while considering that"',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'In its resolution accompanying the discharge decision, Parliament made a number of observations:\n- it noted with concern that the error rate rose to 3 % in 2021;\n- Members called on the Commission to recover unduly paid amounts more quickly;\n- it welcomed the fact that the Commission had set up a new anti-fraud strategy, while considering that the strategy lacked ambition.',
    expected: [
      { act: 'note', addressee: null, content: 'the error rate rose to 3 % in 2021' },
      {
        act: 'call on',
        addressee: 'Commission',
        content: 'recover unduly paid amounts more quickly',
      },
      {
        act: 'welcome',
        addressee: null,
        content: 'the fact that the Commission had set up a new anti-fraud strategy',
      },
      { act: 'consider', addressee: null, content: 'the strategy lacked ambition' },
    ],
  },
  {
    label:
      'parentheticals around the verb: "welcomes, albeit with reservations, X", "calls, to this end, on", "on X, to this end, to"',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Parliament welcomes, albeit with reservations, the release of Anar Mammadli. It calls, to this end, on the Commission to act, and calls on the Council, to this end, to agree.',
    expected: [
      { act: 'welcome', addressee: null, content: 'the release of Anar Mammadli' },
      { act: 'call on', addressee: 'Commission', content: 'act' },
      { act: 'call on', addressee: 'Council', content: 'agree' },
    ],
  },
  {
    label:
      'an adverbial opening the next clause after ";" is out of the content ("; to this end, they call on", "; in this regard, calls on")',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Members insist on the need to ensure legal certainty for operators; to this end, they call on the Member States to set up single points of contact.',
    expected: [
      {
        act: 'insist',
        addressee: null,
        content: 'the need to ensure legal certainty for operators',
      },
      { act: 'call on', addressee: 'Member States', content: 'set up single points of contact' },
    ],
  },
  {
    label: 'resolution: "; in this regard, calls on", "; is, therefore, of the opinion that"',
    format: 'ep-resolution',
    event: null,
    body: `${RESOLUTION_LEAD}3. Points to the risk of double funding; in this regard, calls on the Commission to act;\n4. Considers that access to finance remains the main obstacle; is, therefore, of the opinion that the fund should expand;`,
    expected: [
      { act: 'other:point', addressee: null, content: 'the risk of double funding' },
      { act: 'call on', addressee: 'Commission', content: 'act' },
      {
        act: 'consider',
        addressee: null,
        content: 'access to finance remains the main obstacle',
      },
      { act: 'consider', addressee: null, content: 'the fund should expand' },
    ],
  },
  {
    label:
      'that-clauses: "insisted that X should V" (the action without the modal), "recommends that A, and that B" (two addressees), "agree with X that C"',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'They also insisted that the Commission should update the list every year. Parliament recommends that the Commission establish a monitoring body, and that the Member States designate national contact points. Members agree with the Court of Auditors that performance indicators should be better aligned.',
    expected: [
      { act: 'insist', addressee: 'Commission', content: 'update the list every year' },
      { act: 'recommend', addressee: 'Commission', content: 'establish a monitoring body' },
      {
        act: 'recommend',
        addressee: 'Member States',
        content: 'designate national contact points',
      },
      {
        act: 'other:agree',
        addressee: null,
        content: 'performance indicators should be better aligned',
      },
    ],
  },
  {
    label:
      '"calls for X and for Y" is two calls when the first has no "for" of its own; "to postpone" is an infinitive',
    format: 'oeil-summary',
    event: ADOPTED,
    body: 'Parliament calls for the creation of Net-Zero Industry Academies and for the recognition of qualifications, calls for support for farmers and for fishers, and urges the Council to postpone the vote.',
    expected: [
      { act: 'call for', addressee: null, content: 'the creation of Net-Zero Industry Academies' },
      { act: 'call for', addressee: null, content: 'the recognition of qualifications' },
      { act: 'call for', addressee: null, content: 'support for farmers and for fishers' },
      { act: 'urge', addressee: 'Council', content: 'postpone the vote' },
    ],
  },
  {
    label:
      'a negated act gives no statement, but it ends the content before it and the act after it speaks',
    format: 'oeil-summary',
    event: COMMITTEE,
    body: 'The committee does not consider it necessary to create a new agency and rejects the idea of a centralised registry. It cannot support the proposal to merge the agencies and calls instead for a dedicated budget line. Members regret that the Commission has not yet presented a proposal and cannot accept further delays. They take note of the proposal; they are not convinced that the cap will be sufficient.',
    expected: [
      { act: 'reject', addressee: null, content: 'the idea of a centralised registry' },
      { act: 'call for', addressee: null, content: 'a dedicated budget line' },
      {
        act: 'regret',
        addressee: null,
        content: 'the Commission has not yet presented a proposal',
      },
      { act: 'note', addressee: null, content: 'the proposal' },
    ],
  },
];

describe('extractStatements on real EP sentences', () => {
  test.each(cases)('$label', ({ body, format, event, expected }) => {
    const doc = docOf(body, format, event);
    expect(statementsOf(doc).map(brief)).toEqual(expected);
  });
});

describe('speakers', () => {
  test('an adopted text speaks for the European Parliament', () => {
    const doc = docOf('Members strongly condemn the violent crackdown.', 'oeil-summary', ADOPTED);
    expect(statementsOf(doc).map((s) => s.speaker)).toEqual(['european-parliament']);
  });

  test('a committee report speaks for the committee named in its text', () => {
    const doc = docOf(
      `${COMMITTEE_LEAD}It warns that growth alone could lead to unbalanced growth.`,
      'oeil-summary',
      COMMITTEE,
    );
    expect(statementsOf(doc).map((s) => s.speaker)).toEqual(['committee-on-development']);
  });

  test('a Commission document speaks for the Commission', () => {
    const doc = docOf('The Commission proposes an Agenda for Change.', 'oeil-summary', COMMISSION);
    expect(statementsOf(doc).map((s) => s.speaker)).toEqual(['european-commission']);
  });

  test('a motion speaks for the European Parliament', () => {
    const doc = docOf(
      `${RESOLUTION_LEAD}46. Warmly welcomes the increase in the proposed budget;`,
      'ep-resolution',
    );
    expect(statementsOf(doc).map((s) => [s.speaker, s.act])).toEqual([
      ['european-parliament', 'welcome'],
    ]);
  });

  test('reported speech in a press release speaks for the person, by a slug of the name', () => {
    // Built on the spec's own example (2.4, 2.5): "said the rapporteur", speaker `ismail-ertug`.
    const doc = docOf(
      '“We need safe roads for all,” said the rapporteur Ismail Ertug (S&D, DE).',
      'press-release',
    );
    expect(statementsOf(doc).map((s) => [s.speaker, s.content.text])).toEqual([
      ['ismail-ertug', 'We need safe roads for all'],
    ]);
  });

  test('press release on a committee vote: "The committee", "MEPs on the X Committee" and "the committee\'s report" speak for the committee; "MEPs" for Parliament', () => {
    const doc = docOf(
      "On Tuesday, the Internal Market and Consumer Protection Committee adopted its position. The committee wants manufacturers to repair products within a reasonable time, and calls for a European repair platform. The committee's report stresses that repair must be affordable. MEPs on the Internal Market and Consumer Protection Committee want the new rules to apply from 2026. MEPs also call on the Commission to act quickly.",
      'press-release',
    );
    const id = 'committee-on-the-internal-market-and-consumer-protection';
    const committee = entityAt(
      doc,
      id,
      'institution',
      'Committee on the Internal Market and Consumer Protection',
      'Internal Market and Consumer Protection Committee',
    );
    expect(
      statementsOf(doc, [committee]).map((s) => [
        s.act,
        s.speaker,
        s.addressee?.text ?? null,
        s.content.text,
      ]),
    ).toEqual([
      ['want', id, 'manufacturers', 'repair products within a reasonable time'],
      ['call for', id, null, 'a European repair platform'],
      ['stress', id, null, 'repair must be affordable'],
      ['want', id, null, 'the new rules to apply from 2026'],
      ['call on', 'european-parliament', 'Commission', 'act quickly'],
    ]);
  });

  test('a name with "und" ("Róża Thun und Hohenstein") is one speaker', () => {
    const doc = docOf(
      '“We need this,” said rapporteur Róża Thun und Hohenstein (Renew, PL).',
      'press-release',
    );
    expect(statementsOf(doc).map((s) => s.speaker)).toEqual(['roza-thun-und-hohenstein']);
  });

  test('"The rapporteur also warned that": the rapporteur the release named before; none named, no statement', () => {
    const body =
      'Rapporteur René Repasi (S&D, DE) said: “Consumers want products that last.” The rapporteur also warned that obsolescence harms consumers, and called on the Council to reach an agreement quickly.';
    const doc = docOf(body, 'press-release');
    const person = entityAt(doc, 'rene-repasi', 'person', 'René Repasi', 'René Repasi');
    expect(statementsOf(doc, [person]).map((s) => [s.act, s.speaker, s.content.text])).toEqual([
      ['other:say', 'rene-repasi', 'Consumers want products that last'],
      ['warn', 'rene-repasi', 'obsolescence harms consumers'],
      ['call on', 'rene-repasi', 'reach an agreement quickly'],
    ]);
    const unnamed = docOf(
      'The rapporteur also warned that obsolescence harms consumers.',
      'press-release',
    );
    expect(statementsOf(unnamed)).toEqual([]);
  });

  test('"He also called for": an act of the person who spoke last in the release', () => {
    const doc = docOf(
      '“We will not let Moldova stand alone,” Parliament President Roberta Metsola told the plenary. He also called for calm. She welcomed the vote.',
      'press-release',
    );
    expect(statementsOf(doc).map((s) => [s.act, s.speaker, s.content.text])).toEqual([
      ['other:tell', 'roberta-metsola', 'We will not let Moldova stand alone'],
      ['call for', 'roberta-metsola', 'calm'],
      ['welcome', 'roberta-metsola', 'the vote'],
    ]);
    expect(statementsOf(docOf('He also called for calm.', 'press-release'))).toEqual([]);
  });

  test('“...,” X told the plenary; “...,” added the rapporteur for Y, X (GROUP, CC)', () => {
    const doc = docOf(
      '“We will not let Moldova stand alone,” Parliament President Roberta Metsola told the plenary. “We insisted on more money for Erasmus+ and we got it,” added the rapporteur for the Commission section, Nils Ušakovs (S&D, LV).',
      'press-release',
    );
    expect(statementsOf(doc).map((s) => [s.act, s.speaker, s.content.text])).toEqual([
      ['other:tell', 'roberta-metsola', 'We will not let Moldova stand alone'],
      ['other:add', 'nils-usakovs', 'We insisted on more money for Erasmus+ and we got it'],
    ]);
  });

  test('"he added", "She stressed that": the person who spoke last; no one named, no statement', () => {
    const doc = docOf(
      '“This is a historic moment for Ukraine,” said co-rapporteur Michael GAHLER (EPP, DE). “We will stand by Ukraine for as long as it takes,” he added.\nCo-rapporteur Eider GARDIAZABAL RUBIAL (S&D, ES) said that the agreement gives Ukraine predictability. She stressed that transparency was key.',
      'press-release',
    );
    expect(statementsOf(doc).map((s) => [s.act, s.speaker, s.content.text])).toEqual([
      ['other:say', 'michael-gahler', 'This is a historic moment for Ukraine'],
      ['other:add', 'michael-gahler', 'We will stand by Ukraine for as long as it takes'],
      ['other:say', 'eider-gardiazabal-rubial', 'the agreement gives Ukraine predictability'],
      ['stress', 'eider-gardiazabal-rubial', 'transparency was key'],
    ]);
    const alone = docOf(
      'She stressed that transparency was key. “It works,” he said.',
      'press-release',
    );
    expect(statementsOf(alone)).toEqual([]);
  });

  test('press release: a person or an institution named as subject speaks for itself', () => {
    const doc = docOf(
      'EP President Roberta Metsola welcomed the agreement and called on the Council to adopt it swiftly. The Budgets Committee chair, Johan Van Overtveldt (ECR, BE), welcomed the deal, stressing that it shows the EU can act. The Commission, for its part, committed to presenting a growth plan. The Commission proposed a new fund in 2023. A letter sent to Ursula von der Leyen called for more funds. MEPs condemn the attack.',
      'press-release',
    );
    const entities = [
      entityAt(doc, 'roberta-metsola', 'person', 'Roberta Metsola', 'Roberta Metsola'),
      entityAt(
        doc,
        'johan-van-overtveldt',
        'person',
        'Johan Van Overtveldt',
        'Johan Van Overtveldt',
      ),
      entityAt(doc, 'european-commission', 'institution', 'European Commission', 'Commission', 0),
      entityAt(doc, 'european-commission', 'institution', 'European Commission', 'Commission', 1),
      entityAt(
        doc,
        'ursula-von-der-leyen',
        'person',
        'Ursula von der Leyen',
        'Ursula von der Leyen',
      ),
    ];
    expect(statementsOf(doc, entities).map((s) => [s.act, s.speaker, s.content.text])).toEqual([
      ['welcome', 'roberta-metsola', 'the agreement'],
      ['call on', 'roberta-metsola', 'adopt it swiftly'],
      ['welcome', 'johan-van-overtveldt', 'the deal'],
      ['stress', 'johan-van-overtveldt', 'it shows the EU can act'],
      ['commit', 'european-commission', 'presenting a growth plan'],
      ['condemn', 'european-parliament', 'the attack'],
    ]);
  });

  test('a quote after a name, group and role ("X (EPP, PL), co-rapporteur for Y said: “...”")', () => {
    const doc = docOf(
      'Andrzej BUŁA (EPP, PL), co-rapporteur for the RESTORE regulation said: “This law is very important for regional and local authorities in regions affected by natural disasters. That help can now become quickly available.”',
      'press-release',
    );
    expect(statementsOf(doc).map((s) => [s.act, s.speaker, s.content.text])).toEqual([
      [
        'other:say',
        'andrzej-bula',
        'This law is very important for regional and local authorities in regions affected by natural disasters. That help can now become quickly available',
      ],
    ]);
  });

  test.each([
    {
      label: 'an institution before the title: “...,” Parliament President X said',
      body: '“This is a historic day for Europe,” Parliament President Roberta Metsola said.',
      expected: [['other:say', 'roberta-metsola', 'This is a historic day for Europe']],
    },
    {
      label: 'a Dutch name with "in ’t": Rapporteur X (group) said that',
      body: 'Rapporteur Sophia in ’t Veld (Renew, NL) said that the Commission had failed to act.',
      expected: [['other:say', 'sophia-in-t-veld', 'the Commission had failed to act']],
    },
    {
      label: 'negative: "in" between capitalised words is no name particle',
      body: 'Ministers in Minsk said that nothing would change.',
      expected: [],
    },
  ])('press release speaker: $label', ({ body, expected }) => {
    const doc = docOf(body, 'press-release');
    expect(statementsOf(doc).map((s) => [s.act, s.speaker, s.content.text])).toEqual(expected);
  });

  test('a person speaking in a press release ("High Representative X warned that")', () => {
    const doc = docOf(
      'In her declaration on behalf of the EU on Venezuela, High Representative Federica Mogherini warned that the EU will further expand its targeted measures against the responsible authorities.',
      'press-release',
    );
    expect(statementsOf(doc).map((s) => [s.act, s.speaker, s.content.text])).toEqual([
      [
        'warn',
        'federica-mogherini',
        'the EU will further expand its targeted measures against the responsible authorities',
      ],
    ]);
  });
});

describe('the record contract', () => {
  test('kinds follow the act table, offsets are slices, addressees are spans', () => {
    const doc = docOf(
      'It urges the Kazakh authorities to make every effort to improve the human rights situation in their country, and underlines that reform must continue.',
      'oeil-summary',
      ADOPTED,
    );
    const statements = statementsOf(doc);
    expect(statements.map((s) => s.kind)).toEqual(['directive', 'assertive']);
    for (const s of statements) {
      expect(doc.text.slice(s.content.start, s.content.end)).toBe(s.content.text);
      expect(doc.text.slice(s.span.start, s.span.end)).toBe(s.span.text);
      expect(s.span.start).toBeLessThanOrEqual(s.content.start);
      expect(s.span.end).toBe(s.content.end);
      if (s.addressee)
        expect(doc.text.slice(s.addressee.start, s.addressee.end)).toBe(s.addressee.text);
    }
    expect(statements[0]!.addressee).toMatchObject({
      text: 'Kazakh authorities',
      id: 'kazakh-authorities',
    });
  });

  test('an addressee takes the id of the entity whose mention covers it', () => {
    const doc = docOf(
      'They call on the EEAS to report back to Parliament.',
      'oeil-summary',
      ADOPTED,
    );
    const entities = [
      entityAt(
        doc,
        'european-external-action-service',
        'institution',
        'European External Action Service',
        'EEAS',
      ),
    ];
    expect(statementsOf(doc, entities)[0]!.addressee?.id).toBe('european-external-action-service');
  });

  test('without entities, institution names map to their ids', () => {
    const doc = docOf(
      'Members ask the Commission to provide further information.',
      'oeil-summary',
      ADOPTED,
    );
    expect(statementsOf(doc)[0]!.addressee?.id).toBe('european-commission');
  });

  test('a document of no known genre gives no statements', () => {
    const doc = docOf(
      'The Commission shall adopt implementing acts. Member States should ensure compliance.',
      'text',
    );
    expect(statementsOf(doc)).toEqual([]);
  });
});
