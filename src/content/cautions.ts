/**
 * The words of each caution: its title (from ./cautionTitles.ts, which Today loads alone), what it changes in the
 * plans (said as what to do), and why.
 */
import { CAUTION_TITLES } from './cautionTitles'
import type { CautionId } from './vocabulary'

export interface Caution {
  id: CautionId
  title: string
  /** What the caution changes in the plans, said as what to do. */
  changes: string
  /** Why, in plain words. */
  why: string
}

export const CAUTIONS: readonly Caution[] = [
  {
    id: 'fluid-limit',
    title: CAUTION_TITLES['fluid-limit'],
    changes:
      "We won't set you a water goal. The limit your doctor or nurse gave you is the most to drink in a day, and we will warn you as you get close to it.",
    why: 'With some heart and kidney problems, too much fluid can build up in the body and make you unwell.',
  },
  {
    id: 'skin-check',
    title: CAUTION_TITLES['skin-check'],
    changes:
      "Ice and heat sessions last 10 minutes, and each one starts with a check that the skin feels normal. If it feels numb, we won't start. Don't use tight bandages.",
    why: 'Diabetes and nerve pain can make skin numb, so you might not feel it getting too cold or too hot.',
  },
  {
    id: 'no-ice-no-heat',
    title: CAUTION_TITLES['no-ice-no-heat'],
    changes: 'We leave out ice, heat and tight bandages (compression).',
    why: "Your feet may not feel cold, heat or pressure properly, so they could get hurt without you noticing.",
  },
  {
    id: 'poor-circulation',
    title: CAUTION_TITLES['poor-circulation'],
    changes: 'We leave out raising the leg, tight bandages, ice and heat.',
    why: 'Your answers suggest blood may not be flowing well to your leg. These could cut the flow further or harm the skin.',
  },
  {
    id: 'dvt-watch',
    title: CAUTION_TITLES['dvt-watch'],
    changes:
      "Don't massage your calf. Before every calf exercise or heat session we ask a few quick questions about clot signs. If you answer yes to any, stop and get help.",
    why: 'Something in your answers makes a blood clot in the leg (DVT) more likely. Rubbing, stretching or warming a clot could be dangerous.',
  },
  {
    id: 'no-heat',
    title: CAUTION_TITLES['no-heat'],
    changes: 'We leave out heat sessions.',
    why: 'With a blood thinner or a bleeding problem, heat can make bleeding into a muscle worse. With a fever, heat can make an infection worse.',
  },
  {
    id: 'no-nsaid',
    title: CAUTION_TITLES['no-nsaid'],
    changes:
      'Painkiller tips leave out anti-inflammatories such as ibuprofen. Ask a pharmacist which painkiller is safe for you.',
    why: 'Anti-inflammatories can cause bleeding with a blood thinner, are usually avoided in pregnancy, and can make heart failure and kidney problems worse.',
  },
  {
    id: 'hip-precautions',
    title: CAUTION_TITLES['hip-precautions'],
    changes:
      "We leave out moves that bend your hip further than a right angle or cross your legs, such as knee-to-chest and figure-4 stretches. Follow the advice your surgical team gave you.",
    why: 'In the first weeks after a hip replacement, these positions can push the new joint out of place.',
  },
  {
    id: 'pregnancy-positions',
    title: CAUTION_TITLES['pregnancy-positions'],
    changes: 'Stretches done lying on your back are swapped for seated versions, or left out.',
    why: 'Lying flat on your back in later pregnancy can press on a large vein and make you feel faint.',
  },
]

/** The caution with this id, or undefined. */
export function cautionById(id: string): Caution | undefined {
  return CAUTIONS.find((c) => c.id === id)
}
