import { ref } from 'vue'

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>
}

/** The browser's install offer, kept from the moment it fires (often before any screen is shown). */
export const installEvent = ref<BeforeInstallPromptEvent | null>(null)
export const installed = ref(false)

export function isStandalone(): boolean {
  const nav = navigator as Navigator & { standalone?: boolean }
  return window.matchMedia('(display-mode: standalone)').matches || nav.standalone === true
}

/** iOS Safari never offers an install event: people add the app through Share -> Add to Home Screen. */
export function isIos(): boolean {
  const ua = navigator.userAgent
  return /iPad|iPhone|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1)
}

export function listenForInstall(): void {
  window.addEventListener('beforeinstallprompt', (e) => {
    e.preventDefault()
    installEvent.value = e as BeforeInstallPromptEvent
  })
  window.addEventListener('appinstalled', () => {
    installed.value = true
    installEvent.value = null
  })
}

export async function promptInstall(): Promise<boolean> {
  const event = installEvent.value
  if (!event) return false
  await event.prompt()
  const { outcome } = await event.userChoice
  installEvent.value = null
  return outcome === 'accepted'
}
