/**
 * The references behind the triage rules and the home plans: titles and links only (the app paraphrases; it never
 * shows source text). R1..R61 follow the numbered list of the clinical brief; A1.. are the sources its later
 * reviews name (some without a link). Titles are written "Publisher: title" so the Sources screen can show each as
 * a plain citation.
 */
import type { FindingId } from './findings'

export interface Source {
  id: string
  title: string
  url?: string
}

export const SOURCES: readonly Source[] = [
  { id: 'R1', title: 'NHS 111 Wales / NHS: Sciatica', url: 'http://111.wales.nhs.uk/encyclopaedia/s/article/sciatica/' },
  {
    id: 'R2',
    title: 'NICE CKS: Sciatica, red flags and interpreting red flags',
    url: 'https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/diagnosis/red-flag-symptoms-signs/',
  },
  { id: 'R3', title: 'BMJ Best Practice: Cauda equina syndrome, diagnosis approach', url: 'https://bestpractice.bmj.com/topics/en-gb/3000164/diagnosis-approach' },
  { id: 'R4', title: 'NHS Gloucestershire G-Care: Red flags for spinal conditions', url: 'https://g-care.glos.nhs.uk/pathway/71/resource/3' },
  {
    id: 'R5',
    title: 'NHS Lothian RefHelp: Serious lumbar spine conditions',
    url: 'https://apps.nhslothian.scot/refhelp/guidelines/musculoskeletalphysiotherapy/lumbarspine/serious-lumbar-spine-conditions-red-flags',
  },
  { id: 'R6', title: 'NICE NG158: Venous thromboembolic diseases, recommendations', url: 'https://www.nice.org.uk/guidance/ng158/chapter/Recommendations' },
  {
    id: 'R7',
    title: 'NICE QS201 statement 3: Proximal leg vein ultrasound for a likely DVT (Wells score)',
    url: 'https://www.nice.org.uk/guidance/qs201/chapter/Quality-statement-3-Proximal-leg-vein-ultrasound-scan-for-a-likely-deep-vein-thrombosis-Wells-score',
  },
  { id: 'R8', title: 'NHS: Deep vein thrombosis', url: 'https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/' },
  { id: 'R9', title: 'NHS: Pulmonary embolism', url: 'https://www.nhs.uk/conditions/pulmonary-embolism/' },
  {
    id: 'R10',
    title: 'RCEM Learning: Acute limb ischaemia, the 6 Ps',
    url: 'https://www.rcemlearning.co.uk/modules/acute-limb-ischaemia/lessons/clinical-assessment-and-risk-stratification-18/topic/the-6-ps/',
  },
  { id: 'R11', title: 'NHS: Peripheral arterial disease, symptoms', url: 'http://www.nhs.uk/Conditions/peripheralarterialdisease/Pages/Symptoms.aspx' },
  { id: 'R12', title: 'NICE CG147: Lower limb peripheral arterial disease, context', url: 'https://www.nice.org.uk/guidance/cg147/chapter/context' },
  { id: 'R13', title: 'NHS: Cellulitis', url: 'https://www.nhs.uk/conditions/cellulitis/' },
  { id: 'R14', title: 'NICE NG141: Cellulitis and erysipelas, antimicrobial prescribing', url: 'https://www.nice.org.uk/guidance/ng141' },
  { id: 'R15', title: 'NHS: Compartment syndrome', url: 'https://www.nhs.uk/conditions/compartment-syndrome/' },
  { id: 'R16', title: 'NHS: Hamstring injury', url: 'https://www.nhs.uk/conditions/hamstring-injury/' },
  { id: 'R17', title: 'NI Direct: Hamstring injury', url: 'https://www.nidirect.gov.uk/conditions/hamstring-injury' },
  {
    id: 'R18',
    title: 'Lincolnshire Community Health Services: Achilles tendon pain',
    url: 'https://www.lincsphysio.nhs.uk/self-care/specific-conditions/achilles-tendon-pain',
  },
  {
    id: 'R19',
    title: 'NICE CG75 key priorities (replaced by NG234): Metastatic spinal cord compression',
    url: 'https://www.nice.org.uk/guidance/cg75/chapter/Key-priorities-for-implementation',
  },
  { id: 'R20', title: 'NICE NG19: Diabetic foot problems', url: 'https://www.nice.org.uk/guidance/ng19/chapter/Recommendations' },
  { id: 'R21', title: 'NHS: Leg cramps', url: 'https://www.nhs.uk/conditions/leg-cramps/' },
  { id: 'R22', title: "NHS: Baker's cyst", url: 'https://www.nhs.uk/conditions/bakers-cyst/' },
  { id: 'R23', title: 'Bandy & Irion 1994, Phys Ther 74(9):845-50: Effect of time on static stretch on hamstring flexibility' },
  { id: 'R24', title: 'Bandy, Irion & Briggler 1997, Phys Ther 77(10):1090-6', url: 'https://pubmed.ncbi.nlm.nih.gov/9327823/' },
  { id: 'R25', title: 'Bandy, Irion & Briggler 1998, JOSPT 27(4): Static stretch vs dynamic range-of-motion training' },
  { id: 'R26', title: 'Ingram et al. 2024, Sports Med: Optimising the dose of static stretching', url: 'https://pubmed.ncbi.nlm.nih.gov/39614059/' },
  {
    id: 'R27',
    title: 'ACSM: Stretching and flexibility guidelines update (2021)',
    url: 'https://www.acsm.org/all-blog-posts/certification-blog/acsm-certified-blog/2021/03/18/stretching-and-flexibility-guidelines-update',
  },
  { id: 'R28', title: 'Merck Manual: Standing soleus stretch', url: 'http://www.merckmanuals.com/en-pr/home/multimedia/video/v13976044' },
  { id: 'R29', title: 'NHS: Sprains and strains', url: 'https://www.nhs.uk/conditions/sprains-and-strains/' },
  {
    id: 'R30',
    title: 'NHS inform: PRICE guidelines',
    url: 'https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/guidelines/price-guidelines',
  },
  {
    id: 'R31',
    title: 'Cambridge University Hospitals: PRICE guidelines',
    url: 'https://cuh.nhs.uk/patient-information/management-of-acute-injuries-sprains-and-strains-price-guidelines',
  },
  { id: 'R32', title: 'BMJ Best Practice: Sprains and strains, patient discussions', url: 'https://bestpractice.bmj.com/topics/en-gb/578/patient-discussions' },
  { id: 'R33', title: 'Bleakley et al. 2006, BJSM: Intermittent vs standard cryotherapy', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2579462' },
  { id: 'R34', title: 'ClinicalGate: Cryotherapy contraindications', url: 'https://clinicalgate.com/cryotherapy-cold-therapy' },
  {
    id: 'R35',
    title: 'Midlands Partnership NHS FT: Safe use of heat',
    url: 'https://mpft.nhs.uk/services/msk/self-help/general-advice/safe-use-heat-treatment',
  },
  {
    id: 'R36',
    title: 'Hong Kong Elderly Health Service: Heat therapy',
    url: 'https://elderly.gov.hk/english/healthy_ageing/personal_care/heat_therapy.html',
  },
  { id: 'R37', title: 'CDC: Blood clots and travel, what you need to know', url: 'https://www.cdc.gov/ncbddd/dvt/travel.html' },
  {
    id: 'R38',
    title: 'ACCP 2004 air-travel recommendation (Geerts, Chest 126:378S)',
    url: 'https://nursingcenter.com/journalarticle?Article_ID=537437',
  },
  {
    id: 'R39',
    title: 'ACCP 9th edition 2012: travel DVT risk factors',
    url: 'https://www.news-medical.net/news/20120207/New-ACCP-guidelines-address-DVTPE-risk-factors-for-long-distance-travel.aspx',
  },
  {
    id: 'R40',
    title: 'Saudi/McMaster guideline: thromboprophylaxis in long-distance travellers',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5278055',
  },
  { id: 'R41', title: 'EFSA 2010: Dietary reference values for water', url: 'https://doi.org/10.2903/j.efsa.2010.1459' },
  { id: 'R42', title: 'IOM 2005: Dietary reference intakes for water, chapter 4', url: 'https://www.nap.edu/read/10925/chapter/6' },
  {
    id: 'R43',
    title: 'NHS: Water, drinks and hydration',
    url: 'https://www.nhs.uk/live-well/eat-well/food-guidelines-and-food-labels/water-drinks-nutrition/',
  },
  {
    id: 'R44',
    title: 'ACSM 2007: Exercise and fluid replacement',
    url: 'https://journals.lww.com/acsm-msse/Fulltext/2007/02000/Exercise_and_Fluid_Replacement.22.aspx',
  },
  {
    id: 'R45',
    title: 'Canadian Cardiovascular Society heart failure guideline 2017, recommendation 75',
    url: 'https://medsquares.com/data/mdguideline/ccsheartfailure/information_2017_ch7_1_7.html',
  },
  {
    id: 'R46',
    title: 'Heart Foundation Australia / heartonline: Managing symptoms',
    url: 'https://heartonline.org.au/articles/treatment-management/managing-symptoms',
  },
  { id: 'R47', title: 'NICE NG59: Low back pain and sciatica, recommendations', url: 'https://www.nice.org.uk/guidance/ng59/chapter/Recommendations' },
  { id: 'R48', title: 'NHS: Ibuprofen for adults', url: 'https://www.nhs.uk/medicines/ibuprofen-for-adults/' },
  { id: 'R49', title: 'Semigran et al. BMJ 2015;351:h3480', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4496786' },
  { id: 'R50', title: 'Semigran et al. JAMA Intern Med 2016', url: 'https://jamanetwork.com/journals/jamainternalmedicine/fullarticle/2565684' },
  { id: 'R51', title: 'Gilbert et al. BMJ Open 2020;10:e040269', url: 'https://bmjopen.bmj.com/content/10/12/e040269' },
  {
    id: 'R52',
    title: 'Hill, Sim & Mills. MJA 2020;212(11):514-9',
    url: 'https://www.mja.com.au/journal/2020/212/11/quality-diagnosis-and-triage-advice-provided-free-online-symptom-checkers-and',
  },
  { id: 'R53', title: 'Schmieding et al. JMIR 2022;24(5):e31810', url: 'https://www.jmir.org/2022/5/e31810' },
  { id: 'R54', title: "Laypersons' self-triage (JMIR 2022)", url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9607917' },
  { id: 'R55', title: 'Wallace et al. npj Digit Med 2022;5:118', url: 'https://www.nature.com/articles/s41746-022-00667-w' },
  { id: 'R56', title: 'Chambers et al. BMJ Open 2019;9:e027743', url: 'https://bmjopen.bmj.com/content/9/8/e027743' },
  { id: 'R57', title: 'Turner et al. HS&DR 2021;9(21): NHS 111 Online', url: 'https://journalslibrary.nihr.ac.uk/hsdr/HSDR09210' },
  { id: 'R58', title: 'Turner et al. BMJ Open 2013: NHS 111 pilots', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3831104' },
  { id: 'R59', title: 'Coppin et al. BJGP 2005: Calf stretching for night cramps', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC1463088/' },
  { id: 'R60', title: 'NHS: Foot drop', url: 'https://www.nhs.uk/conditions/foot-drop/' },
  {
    id: 'R61',
    title: 'El-Osta et al. 2021, medRxiv: Vignettes and online symptom checkers',
    url: 'https://www.medrxiv.org/content/10.1101/2021.07.29.21261320v1',
  },
  // Named in findings.json / brief.md section 5 without a number or link.
  { id: 'A1', title: 'NHS: Rhabdomyolysis' },
  { id: 'A2', title: 'NHS: Broken leg; Broken hip' },
  { id: 'A3', title: 'RCOG Green-top Guideline 37b: Thromboembolic disease in pregnancy and the puerperium' },
  { id: 'A4', title: 'NICE NG12: Suspected cancer, recognition and referral' },
  { id: 'A5', title: 'NHS: Statins, side effects' },
  { id: 'A6', title: 'NHS: Peripheral neuropathy' },
  // Contract version 3 (brief.md section 6).
  {
    id: 'A7',
    title: 'European Society for Vascular Surgery: Clinical practice guidelines on acute limb ischaemia (2020)',
    url: 'https://doi.org/10.1016/j.ejvs.2019.09.006',
  },
  { id: 'A8', title: 'GIRFT: National suspected cauda equina syndrome pathway (2023)' },
  { id: 'A9', title: 'NICE CKS: Acute childhood limp', url: 'https://cks.nice.org.uk/topics/acute-childhood-limp/' },
  { id: 'A10', title: 'British Orthopaedic Association: BOAST 10, compartment syndrome of the limbs (2016)' },
  { id: 'A11', title: 'NICE NG157: Joint replacement (primary): hip, knee and shoulder (2020)', url: 'https://www.nice.org.uk/guidance/ng157' },
  { id: 'A12', title: 'NICE NG106: Chronic heart failure in adults (2018)', url: 'https://www.nice.org.uk/guidance/ng106' },
  {
    id: 'A13',
    title: 'ACOG Committee Opinion 804: Physical activity and exercise during pregnancy and after birth (2020)',
    url: 'https://www.acog.org/clinical/clinical-guidance/committee-opinion/articles/2020/04/physical-activity-and-exercise-during-pregnancy-and-the-postpartum-period',
  },
  { id: 'A14', title: 'Goom and others: Proximal hamstring tendinopathy, JOSPT (2016)', url: 'https://doi.org/10.2519/jospt.2016.5986' },
  { id: 'A15', title: 'Askling and others: Two rehabilitation protocols for hamstring injuries, BJSM (2013)', url: 'https://doi.org/10.1136/bjsports-2013-092165' },
  {
    id: 'A16',
    title: 'NICE NG238: Cardiovascular disease risk assessment and reduction, including lipid modification (2023)',
    url: 'https://www.nice.org.uk/guidance/ng238',
  },
]

/**
 * For each finding, the sources that back it, derived from the `why` of findings.json and the tables of
 * brief.md. Approximate by design (a finding may draw on more than these), but never empty.
 * Typed as a full Record over FindingId so a new finding without sources fails to compile.
 */
export const FINDING_SOURCES: Readonly<Record<FindingId, readonly string[]>> = {
  saddle_numbness_or_sexual_change: ['R1', 'R2', 'R3'],
  new_bladder_bowel_problem: ['A8', 'R1', 'R2', 'R3', 'R19'],
  nerve_pain_both_legs: ['R1', 'R5'],
  pe_symptoms: ['R8', 'R9'],
  very_unwell_with_infection: ['R13', 'R14'],
  leg_cold_pale_numb_cant_move: ['R10', 'R11', 'A7'],
  severe_pain_after_crush_or_cast: ['R15', 'A10'],
  rapidly_spreading_dusky_redness: ['R14', 'R13'],
  one_leg_swollen: ['R6', 'R7', 'R8', 'R22'],
  calf_tender_no_injury: ['R6', 'R8'],
  red_hot_swollen_skin: ['R13', 'R14', 'R8'],
  fever: ['R13', 'R2', 'R4'],
  pop_or_snap_at_onset: ['R16', 'R17', 'R18'],
  cannot_bear_weight: ['R29', 'R17'],
  cannot_tiptoe: ['R18'],
  foot_or_leg_weakness: ['R2', 'R4', 'R5', 'R60'],
  rest_pain_or_nonhealing_wound: ['R12', 'R11', 'R20'],
  pain_severe_worsening_fast: ['R1', 'R15'],
  unexplained_weight_loss: ['R2', 'R4'],
  night_pain_unrelieved: ['R2', 'R4'],
  calf_pain_walking_eases_rest: ['R11', 'R12'],
  // findings.json names no source for neurogenic claudication; the spinal red-flag and sciatica guidance covers it.
  pain_eases_sitting_bending_forward: ['R47', 'R5'],
  burning_numb_both_feet: ['A6', 'R20'],
  not_better_2_weeks_or_limiting: ['R1', 'R31', 'R22'],
  frequent_or_long_cramps: ['R21'],
  cancer_history: ['R6', 'R19', 'R2'],
  immunosuppressed_or_injects_drugs: ['R2', 'R4', 'R13'],
  diabetes: ['R20', 'R13', 'R34'],
  recent_long_travel: ['R37', 'R38', 'R39'],
  recent_surgery_or_immobility: ['R6', 'A11'],
  previous_clot: ['R6'],
  fluid_restriction_advised: ['R45', 'R46', 'A12'],
  pain_started_during_exercise: ['R6', 'R16', 'R21'],
  cramp_comes_and_goes: ['R21'],
  sweating_heat_or_low_fluids: ['R21', 'R43', 'R44'],
  shooting_pain_below_knee: ['R1', 'R47'],
  // No source is named for the sitting pattern; the sciatica guidance is the nearest.
  worse_when_sitting: ['R47', 'R1'],
  lump_behind_knee: ['R22'],
  location_back_of_thigh: ['R16', 'R17'],
  location_calf: ['R21', 'R8', 'R28'],
  dark_urine: ['A1'],
  possible_fracture: ['A2', 'R29'],
  under_16: ['A9', 'A4'],
  pain_one_leg_only: ['R8', 'R6'],
  pregnant_or_recently_gave_birth: ['A3', 'A13', 'R37', 'R48'],
  estrogen_medicine: ['R37', 'R6'],
  on_blood_thinners: ['R35', 'R36', 'R48', 'A10'],
  takes_statin: ['A5', 'A16', 'R21'],
  sudden_severe_leg_pain_numb_foot: ['A7', 'R10'],
  location_behind_knee: ['R6', 'R22'],
  new_foot_sore_or_hot_foot: ['R20'],
  joint_replacement_recent: ['A11', 'R6'],
}

/** The source with this id, or undefined. */
/** The clinical rules the advice follows: their version, and when they were last reviewed. */
export const RULES_VERSION = { version: 3, reviewed: '2026-12-01', by: 'an emergency physician and a physiotherapist' } as const

/** A source as a plain citation: the title, who published it, the year where known, and a short link text. */
export function citation(s: Source): { title: string; publisher: string | null; year: string | null; link: string | null } {
  const colon = s.title.indexOf(': ')
  const publisher = colon > 0 && colon <= 45 ? s.title.slice(0, colon) : null
  const rest = publisher ? s.title.slice(colon + 2) : s.title
  const year = /\b(19|20)\d{2}\b/.exec(s.title)?.[0] ?? null
  // The year is said once, after the publisher: a trailing "(2021)" comes off the title.
  const title = year ? rest.replace(new RegExp(`\\s*\\(${year}\\)$`), '') : rest
  return { title, publisher, year, link: s.url ? shortLink(s.url) : null }
}

/** A link's text kept short: the site and at most two steps of the path ("nhs.uk/conditions/leg-cramps"). */
export function shortLink(url: string): string {
  try {
    const u = new URL(url)
    const steps = u.pathname.split('/').filter(Boolean).slice(0, 2)
    const text = [u.hostname.replace(/^www\./, ''), ...steps].join('/')
    return text.length > 36 ? `${text.slice(0, 35)}…` : text
  } catch {
    return url
  }
}

export function sourceById(id: string): Source | undefined {
  return SOURCES.find((s) => s.id === id)
}
