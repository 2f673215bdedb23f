/**
 * Emergency and non-emergency medical numbers by region, kept apart from the plans so that the gate banner,
 * which is on the first screen, loads only this small table.
 */

export interface EmergencyNumber {
  /** Region code: an ISO 3166 country code, or 'EU' / 'INTL' for the fallbacks. */
  region: string
  /** The region's name as shown in Settings. */
  label: string
  /** The number to call for an ambulance. */
  emergency: string
  /** The region's medical advice line for things that are not emergencies, where one exists nationwide. */
  nonEmergency?: { label: string; number: string }
  /** Anything the person should know about these numbers. */
  note?: string
}

/**
 * The region used when the locale tells us nothing we can trust. 112 is the GSM standard emergency number:
 * it works across Europe and is routed to the local service by most mobile networks elsewhere, so it is the
 * number most likely to connect from a phone anywhere. Settings shows it and lets the person choose their region.
 */
export const DEFAULT_REGION = 'INTL'

/**
 * Emergency numbers by region. Only lines that are nationwide (or nearly) are listed as non-emergency lines:
 * a wrong number offline is worse than none.
 */
export const EMERGENCY_NUMBERS: Readonly<Record<string, EmergencyNumber>> = {
  US: { region: 'US', label: 'United States', emergency: '911' },
  CA: {
    region: 'CA',
    label: 'Canada',
    emergency: '911',
    nonEmergency: { label: '811 health line (most provinces)', number: '811' },
  },
  MX: { region: 'MX', label: 'Mexico', emergency: '911' },
  GB: {
    region: 'GB',
    label: 'United Kingdom',
    emergency: '999',
    nonEmergency: { label: 'NHS 111 (England, Scotland and Wales)', number: '111' },
    note: '112 also works.',
  },
  IE: { region: 'IE', label: 'Ireland', emergency: '112', note: '999 also works.' },
  DE: {
    region: 'DE',
    label: 'Germany',
    emergency: '112',
    nonEmergency: { label: 'Out-of-hours doctor (116 117)', number: '116117' },
  },
  AT: {
    region: 'AT',
    label: 'Austria',
    emergency: '112',
    nonEmergency: { label: 'Health advice line (1450)', number: '1450' },
  },
  CH: { region: 'CH', label: 'Switzerland', emergency: '144', note: '144 is the ambulance; 112 also works.' },
  FR: { region: 'FR', label: 'France', emergency: '112', note: '15 (SAMU) is the medical emergency number; 112 also reaches it.' },
  ES: { region: 'ES', label: 'Spain', emergency: '112' },
  IT: { region: 'IT', label: 'Italy', emergency: '112' },
  PT: {
    region: 'PT',
    label: 'Portugal',
    emergency: '112',
    nonEmergency: { label: 'SNS 24 health line', number: '808242424' },
  },
  NL: { region: 'NL', label: 'Netherlands', emergency: '112' },
  BE: { region: 'BE', label: 'Belgium', emergency: '112' },
  SE: {
    region: 'SE',
    label: 'Sweden',
    emergency: '112',
    nonEmergency: { label: '1177 health advice', number: '1177' },
  },
  NO: {
    region: 'NO',
    label: 'Norway',
    emergency: '113',
    nonEmergency: { label: 'Out-of-hours doctor (116 117)', number: '116117' },
    note: '113 is the ambulance; 112 also works.',
  },
  FI: {
    region: 'FI',
    label: 'Finland',
    emergency: '112',
    nonEmergency: { label: 'Medical helpline (116 117)', number: '116117' },
  },
  DK: { region: 'DK', label: 'Denmark', emergency: '112' },
  PL: { region: 'PL', label: 'Poland', emergency: '112' },
  AU: {
    region: 'AU',
    label: 'Australia',
    emergency: '000',
    nonEmergency: { label: 'healthdirect (1800 022 222)', number: '1800022222' },
    note: '112 also works from mobile phones.',
  },
  NZ: {
    region: 'NZ',
    label: 'New Zealand',
    emergency: '111',
    nonEmergency: { label: 'Healthline (0800 611 116)', number: '0800611116' },
  },
  JP: {
    region: 'JP',
    label: 'Japan',
    emergency: '119',
    nonEmergency: { label: '#7119 (advice on whether you need an ambulance, most areas)', number: '#7119' },
  },
  IN: { region: 'IN', label: 'India', emergency: '112', note: '108 is the ambulance in most states.' },
  ZA: { region: 'ZA', label: 'South Africa', emergency: '112', note: '112 works from mobile phones; 10177 is the ambulance from any phone.' },
  SG: { region: 'SG', label: 'Singapore', emergency: '995' },
  HK: { region: 'HK', label: 'Hong Kong', emergency: '999' },
  BR: { region: 'BR', label: 'Brazil', emergency: '192', note: '192 is the ambulance (SAMU).' },
  EU: { region: 'EU', label: 'Europe (other countries)', emergency: '112' },
  INTL: {
    region: 'INTL',
    label: 'Other country',
    emergency: '112',
    note: '112 works from most mobile phones. Choose your country in Settings to be sure.',
  },
}

/** EU and EEA countries without their own entry: all of them answer 112. */
const EUROPE_112 = new Set([
  'BG', 'CY', 'CZ', 'EE', 'GR', 'HR', 'HU', 'IS', 'LI', 'LT', 'LU', 'LV', 'MT', 'RO', 'SI', 'SK',
])

/** Language-only tags that point to one country clearly enough to pick its number. */
const LANGUAGE_REGION: Readonly<Record<string, string>> = {
  ja: 'JP',
  de: 'DE',
  fr: 'FR',
  it: 'IT',
  nl: 'NL',
  sv: 'SE',
  fi: 'FI',
  da: 'DK',
  pl: 'PL',
  nb: 'NO',
  nn: 'NO',
  no: 'NO',
}

/**
 * The region (a key of EMERGENCY_NUMBERS) to default to for a BCP 47 locale such as the browser's
 * `navigator.language`: 'en-GB' -> 'GB', 'fr' -> 'FR', 'cs-CZ' -> 'EU'.
 * 'UK' is read as 'GB'. A locale with no usable region, or a region not in the table, gives DEFAULT_REGION
 * ('INTL', 112) rather than guessing 911: 112 is the number most likely to connect from a phone anywhere.
 * Pure: the caller passes the locale.
 */
export function regionFromLocale(locale: string): string {
  const parts = locale.trim().replace(/_/g, '-').split('-')
  const language = (parts[0] ?? '').toLowerCase()
  // The region subtag is the first two-letter subtag after the language (a script subtag has four letters).
  const regionTag = parts.slice(1).find((p) => /^[A-Za-z]{2}$/.test(p))
  if (regionTag !== undefined) {
    const region = regionTag.toUpperCase() === 'UK' ? 'GB' : regionTag.toUpperCase()
    if (Object.hasOwn(EMERGENCY_NUMBERS, region)) return region
    if (EUROPE_112.has(region)) return 'EU'
    return DEFAULT_REGION
  }
  return Object.hasOwn(LANGUAGE_REGION, language) ? (LANGUAGE_REGION[language] ?? DEFAULT_REGION) : DEFAULT_REGION
}

/**
 * Time zones (IANA names) that tell the country clearly enough to pick its numbers, written compactly as
 * "region:zone zone ..." groups; a zone ending in "/" covers every zone under it. Zones shared by several
 * countries with different numbers (UTC, Etc/*, most of Africa and Asia) are left out: they suggest nothing.
 */
const ZONE_TABLE =
  'US:America/New_York America/Chicago America/Denver America/Los_Angeles America/Phoenix America/Anchorage ' +
  'America/Juneau America/Sitka America/Yakutat America/Nome America/Metlakatla America/Adak America/Boise ' +
  'America/Detroit America/Indiana/ America/Kentucky/ America/North_Dakota/ America/Menominee Pacific/Honolulu US/|' +
  'CA:America/Toronto America/Vancouver America/Edmonton America/Winnipeg America/Halifax America/St_Johns ' +
  'America/Regina America/Moncton America/Glace_Bay America/Goose_Bay America/Whitehorse America/Dawson ' +
  'America/Dawson_Creek America/Fort_Nelson America/Iqaluit America/Rankin_Inlet America/Resolute ' +
  'America/Cambridge_Bay America/Inuvik America/Swift_Current America/Atikokan America/Creston America/Montreal ' +
  'America/Yellowknife America/Thunder_Bay America/Nipigon America/Rainy_River Canada/|' +
  'MX:America/Mexico_City America/Cancun America/Merida America/Monterrey America/Matamoros America/Chihuahua ' +
  'America/Ciudad_Juarez America/Ojinaga America/Mazatlan America/Bahia_Banderas America/Hermosillo America/Tijuana|' +
  'GB:Europe/London Europe/Belfast GB|IE:Europe/Dublin|DE:Europe/Berlin Europe/Busingen|AT:Europe/Vienna|' +
  'CH:Europe/Zurich|FR:Europe/Paris|ES:Europe/Madrid Atlantic/Canary Africa/Ceuta|IT:Europe/Rome|' +
  'PT:Europe/Lisbon Atlantic/Madeira Atlantic/Azores|NL:Europe/Amsterdam|BE:Europe/Brussels|SE:Europe/Stockholm|' +
  'NO:Europe/Oslo|FI:Europe/Helsinki|DK:Europe/Copenhagen|PL:Europe/Warsaw|AU:Australia/|' +
  'NZ:Pacific/Auckland Pacific/Chatham NZ|JP:Asia/Tokyo Japan|IN:Asia/Kolkata Asia/Calcutta|ZA:Africa/Johannesburg|' +
  'SG:Asia/Singapore Singapore|HK:Asia/Hong_Kong Hongkong|' +
  'BR:America/Sao_Paulo America/Bahia America/Fortaleza America/Recife America/Belem America/Manaus ' +
  'America/Cuiaba America/Campo_Grande America/Porto_Velho America/Boa_Vista America/Rio_Branco America/Maceio ' +
  'America/Araguaina America/Santarem America/Noronha America/Eirunepe Brazil/|' +
  'EU:Europe/Athens Europe/Prague Europe/Budapest Europe/Bucharest Europe/Sofia Europe/Zagreb Europe/Ljubljana ' +
  'Europe/Bratislava Europe/Vilnius Europe/Riga Europe/Tallinn Europe/Luxembourg Europe/Malta Europe/Nicosia ' +
  'Asia/Nicosia Asia/Famagusta Atlantic/Reykjavik Europe/Vaduz'

let zoneIndex: Map<string, string> | null = null

/**
 * The region a device's time zone suggests (Europe/Madrid -> 'ES', America/Toronto -> 'CA'), or null when the
 * zone does not tell the country. Pure: the caller passes the zone.
 */
export function regionFromTimeZone(timeZone: string): string | null {
  if (!zoneIndex) {
    zoneIndex = new Map()
    for (const group of ZONE_TABLE.split('|')) {
      const [region = '', zones = ''] = group.split(':')
      for (const zone of zones.split(' ')) zoneIndex.set(zone, region)
    }
  }
  const exact = zoneIndex.get(timeZone)
  if (exact) return exact
  const slash = timeZone.lastIndexOf('/')
  return slash > 0 ? (zoneIndex.get(timeZone.slice(0, slash + 1)) ?? null) : null
}

/** Where a region choice came from: the person's own choice, the device's time zone, or the browser's language. */
export type RegionSource = 'chosen' | 'time-zone' | 'language'

/**
 * The region to offer numbers for: the saved choice when it is a known region, else the time zone's suggestion,
 * else the browser language's guess (which falls back to 112). Pure.
 */
export function regionFor(saved: string | null, timeZone: string, locale: string): { region: string; source: RegionSource } {
  if (saved !== null && Object.hasOwn(EMERGENCY_NUMBERS, saved)) return { region: saved, source: 'chosen' }
  const fromZone = regionFromTimeZone(timeZone)
  if (fromZone) return { region: fromZone, source: 'time-zone' }
  return { region: regionFromLocale(locale), source: 'language' }
}

/**
 * The region to ask about switching to, once: the time zone suggests a known region that differs from the saved
 * one, and the person has not already answered for that suggestion. Null when there is nothing to ask.
 */
export function regionToAsk(saved: string | null, timeZone: string, askedFor: string | null): string | null {
  if (saved === null) return null
  const suggested = regionFromTimeZone(timeZone)
  return suggested && suggested !== saved && suggested !== askedFor ? suggested : null
}

/**
 * The numbers for a region code, falling back to DEFAULT_REGION for an unknown code. Looked up as an own key, so a
 * stored region such as "constructor" or "toString" (any name on Object.prototype) is unknown, not a function.
 */
export function emergencyNumberFor(region: string): EmergencyNumber {
  const found = (Object.hasOwn(EMERGENCY_NUMBERS, region) ? EMERGENCY_NUMBERS[region] : undefined) ?? EMERGENCY_NUMBERS[DEFAULT_REGION]
  if (!found) throw new Error('EMERGENCY_NUMBERS lacks the default region') // unreachable: the table has it
  return found
}

/** A `tel:` link for a number: spaces dropped, and '#' encoded as a URI needs (Japan's #7119). */
export function telHref(number: string): string {
  return `tel:${number.replace(/\s+/g, '').replace(/#/g, '%23')}`
}
