/**
 * Each caution's title: all Today shows of a caution, kept apart from the longer words (./cautions.ts) so the first
 * screen loads only these.
 */
import type { CautionId } from './vocabulary'

export const CAUTION_TITLES: Readonly<Record<CautionId, string>> = {
  'fluid-limit': 'Your drinks limit comes first',
  'skin-check': 'Check your skin before ice or heat',
  'no-ice-no-heat': 'No ice, heat or tight bandages',
  'poor-circulation': "Don't raise, squeeze, cool or warm the leg",
  'dvt-watch': 'Watch for signs of a blood clot',
  'no-heat': 'No heat',
  'no-nsaid': 'No anti-inflammatory painkillers',
  'hip-precautions': 'Protect your new joint',
  'pregnancy-positions': 'No lying flat on your back',
}
