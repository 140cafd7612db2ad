/**
 * The reference facts DC Planner needs at run time, copied from the DCCG's reference sheet
 * (IGF 2021 issue areas, the eight Roadmap areas, the Dynamic Coalitions of 2021, the meeting
 * the workspace starts from). The product carries this copy so nothing at run time depends on
 * files outside the repository. Short names are the labels used on carets and avatars.
 */

/** One IGF 2021 issue area. */
export interface IssueArea {
  readonly id: string;
  readonly kind: 'main focus area' | 'emerging and cross-cutting';
  readonly name: string;
}

/** One area of the UN Secretary-General's Roadmap for Digital Cooperation. */
export interface RoadmapArea {
  readonly id: string;
  readonly n: number;
  readonly name: string;
}

/** One Dynamic Coalition. */
export interface DynamicCoalition {
  readonly id: string;
  readonly name: string;
  /** A short label for tight places (carets, avatars). */
  readonly shortName: string;
}

/** The meeting the seeded workspace comes from. */
export const sourceMeeting = {
  group: 'Dynamic Coalition Coordination Group (DCCG)',
  number: 55,
  date: '2021-09-02',
  facilitators: ['Jutta Croll', 'Markus Kummer'],
  secretariat: ['Sorina Teleanu'],
  igf: {
    edition: 'IGF 2021',
    theme: 'Internet United',
    place: 'Katowice, Poland and online',
    dates: '6 to 10 December 2021',
  },
} as const;

/** The six IGF 2021 issue areas: two main focus areas, four emerging and cross-cutting ones. */
export const issueAreas: ReadonlyArray<IssueArea> = [
  {
    id: 'inclusion-human-rights',
    kind: 'main focus area',
    name: 'Economic and social inclusion and human rights',
  },
  {
    id: 'access-connectivity',
    kind: 'main focus area',
    name: 'Universal access and meaningful connectivity',
  },
  {
    id: 'emerging-regulation',
    kind: 'emerging and cross-cutting',
    name: 'Emerging regulation: market structure, content, data and consumer/users rights regulation',
  },
  {
    id: 'environment-climate',
    kind: 'emerging and cross-cutting',
    name: 'Environmental sustainability and climate change',
  },
  {
    id: 'inclusive-ig-cooperation',
    kind: 'emerging and cross-cutting',
    name: 'Inclusive Internet governance ecosystems and digital cooperation',
  },
  {
    id: 'trust-security-stability',
    kind: 'emerging and cross-cutting',
    name: 'Trust, security, stability',
  },
];

/** The eight Roadmap for Digital Cooperation areas (A/74/821, June 2020). */
export const roadmapAreas: ReadonlyArray<RoadmapArea> = [
  { id: 'connectivity', n: 1, name: 'Achieving universal connectivity by 2030' },
  {
    id: 'digital-public-goods',
    n: 2,
    name: 'Promoting digital public goods to create a more equitable world',
  },
  {
    id: 'digital-inclusion',
    n: 3,
    name: 'Ensuring digital inclusion for all, including the most vulnerable',
  },
  { id: 'capacity-building', n: 4, name: 'Strengthening digital capacity-building' },
  { id: 'human-rights', n: 5, name: 'Ensuring the protection of human rights in the digital era' },
  { id: 'ai-cooperation', n: 6, name: 'Supporting global cooperation on artificial intelligence' },
  { id: 'trust-security', n: 7, name: 'Promoting trust and security in the digital environment' },
  {
    id: 'cooperation-architecture',
    n: 8,
    name: 'Building a more effective architecture for digital cooperation',
  },
];

/** The Dynamic Coalitions of 2021. */
export const dynamicCoalitions: ReadonlyArray<DynamicCoalition> = [
  { id: 'dcad', name: 'DC on Accessibility and Disability', shortName: 'DCAD' },
  { id: 'dc-blockchain', name: 'DC on Blockchain Technologies', shortName: 'DC Blockchain' },
  { id: 'dc-cos', name: 'DC on Child Online Safety', shortName: 'DC COS' },
  { id: 'dc3', name: 'DC on Community Connectivity', shortName: 'DC3' },
  { id: 'dc-civ', name: 'DC on Core Internet Values', shortName: 'DC CIV' },
  { id: 'dc-dt', name: 'DC on Data and Trust', shortName: 'DC Data and Trust' },
  { id: 'dc-ddht', name: 'DC on Data Driven Health Technologies', shortName: 'DC DDHT' },
  { id: 'dc-dnsi', name: 'DC on DNS Issues', shortName: 'DC DNSI' },
  { id: 'dc-gender', name: 'DC on Gender and Internet Governance', shortName: 'DC Gender' },
  {
    id: 'dc-iacu',
    name: 'DC on Innovative Approaches to Connecting the Unconnected',
    shortName: 'DC IACU',
  },
  { id: 'dc-iot', name: 'DC on Internet of Things', shortName: 'DC IoT' },
  { id: 'irpc', name: 'DC on Internet Rights and Principles', shortName: 'IRPC' },
  { id: 'is3c', name: 'DC on Internet Standards, Security and Safety', shortName: 'IS3C' },
  { id: 'dc-jobs', name: 'DC on Jobs', shortName: 'DC Jobs' },
  { id: 'dcnn', name: 'DC on Network Neutrality', shortName: 'DCNN' },
  { id: 'dc-oer', name: 'DC on Open Educational Resources', shortName: 'DC OER' },
  { id: 'dcpr', name: 'DC on Platform Responsibility', shortName: 'DCPR' },
  { id: 'dc-pal', name: 'DC on Public Access in Libraries', shortName: 'DC PAL' },
  { id: 'dc-pub', name: 'DC on Publicness', shortName: 'DC Publicness' },
  { id: 'dc-sig', name: 'DC on Schools of Internet Governance', shortName: 'DC SIG' },
  {
    id: 'dc-sids',
    name: 'DC on Small Island Developing States in the Internet Economy',
    shortName: 'DC SIDS',
  },
  {
    id: 'dc-sustainability',
    name: 'DC on Sustainability of Journalism and News Media',
    shortName: 'DC Sustainability',
  },
  { id: 'ycig', name: 'Youth Coalition on Internet Governance', shortName: 'YCIG' },
];

/** Deadlines the seeded documents refer to (ISO dates). */
export const deadlines = {
  /** Contributions to the MAG WG-Strategy mapping of Roadmap linkages. */
  roadmapLinkages: '2021-09-10',
} as const;
