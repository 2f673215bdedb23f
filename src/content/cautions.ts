/**
 * The words of each caution: its title, what it changes in the plans (said as what to do), and why. Kept apart from
 * the plans' words because Today and the gate-free screens show caution titles from the first screen.
 */
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
    title: 'Your drinks limit comes first',
    changes:
      "We won't set you a water goal. The limit your doctor or nurse gave you is the most to drink in a day, and we will warn you as you get close to it.",
    why: 'With some heart and kidney problems, too much fluid can build up in the body and make you unwell.',
  },
  {
    id: 'skin-check',
    title: 'Check your skin before ice or heat',
    changes:
      "Ice and heat sessions last 10 minutes, and each one starts with a check that the skin feels normal. If it feels numb, we won't start. Don't use tight bandages.",
    why: 'Diabetes and nerve pain can make skin numb, so you might not feel it getting too cold or too hot.',
  },
  {
    id: 'no-ice-no-heat',
    title: 'No ice, heat or tight bandages',
    changes: 'We leave out ice, heat and tight bandages (compression).',
    why: "Your feet may not feel cold, heat or pressure properly, so they could get hurt without you noticing.",
  },
  {
    id: 'poor-circulation',
    title: "Don't raise, squeeze, cool or warm the leg",
    changes: 'We leave out raising the leg, tight bandages, ice and heat.',
    why: 'Your answers suggest blood may not be flowing well to your leg. These could cut the flow further or harm the skin.',
  },
  {
    id: 'dvt-watch',
    title: 'Watch for signs of a blood clot',
    changes:
      "Don't massage your calf. Before every calf exercise or heat session we ask a few quick questions about clot signs. If you answer yes to any, stop and get help.",
    why: 'Something in your answers makes a blood clot in the leg (DVT) more likely. Rubbing, stretching or warming a clot could be dangerous.',
  },
  {
    id: 'no-heat',
    title: 'No heat',
    changes: 'We leave out heat sessions.',
    why: 'With a blood thinner or a bleeding problem, heat can make bleeding into a muscle worse. With a fever, heat can make an infection worse.',
  },
  {
    id: 'no-nsaid',
    title: 'No anti-inflammatory painkillers',
    changes:
      'Painkiller tips leave out anti-inflammatories such as ibuprofen. Ask a pharmacist which painkiller is safe for you.',
    why: 'Anti-inflammatories can cause bleeding with a blood thinner, are usually avoided in pregnancy, and can make heart failure and kidney problems worse.',
  },
  {
    id: 'hip-precautions',
    title: 'Protect your new joint',
    changes:
      "We leave out moves that bend your hip further than a right angle or cross your legs, such as knee-to-chest and figure-4 stretches. Follow the advice your surgical team gave you.",
    why: 'In the first weeks after a hip replacement, these positions can push the new joint out of place.',
  },
  {
    id: 'pregnancy-positions',
    title: 'No lying flat on your back',
    changes: 'Stretches done lying on your back are swapped for seated versions, or left out.',
    why: 'Lying flat on your back in later pregnancy can press on a large vein and make you feel faint.',
  },
]

/** The caution with this id, or undefined. */
export function cautionById(id: string): Caution | undefined {
  return CAUTIONS.find((c) => c.id === id)
}
