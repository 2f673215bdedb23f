import type { Locator, Page } from '@playwright/test'
import { appReady, expect, test } from './fixtures'
import { axeViolations } from './axe'

/** The routine player as people use it on a phone (issue 14): full screen, how-to, pain before and after, cues. */

const SIZES = [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
] as const

async function startRoutine(page: Page, url: string, id = 'hamstring-stretch'): Promise<void> {
  await page.goto(`${url}/routines/${id}`)
  await appReady(page)
  await page.locator('[data-action="start"]').click()
  await expect(page.locator('[data-run-elapsed-ms]')).toBeVisible()
}

/** The element's box lies wholly inside the viewport, with the page scrolled to the top. */
async function expectOnFirstScreen(page: Page, el: Locator, what: string): Promise<void> {
  const box = await el.boundingBox()
  const vp = page.viewportSize()
  expect(box, what).not.toBeNull()
  if (!box || !vp) return
  expect(box.x, `${what} left`).toBeGreaterThanOrEqual(0)
  expect(box.y, `${what} top`).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width, `${what} right`).toBeLessThanOrEqual(vp.width)
  expect(box.y + box.height, `${what} bottom`).toBeLessThanOrEqual(vp.height)
}

/** How many lines a button's label takes (1 when it does not wrap). */
const lineCount = (el: Locator) =>
  el.evaluate((b) => {
    const range = document.createRange()
    range.selectNodeContents(b)
    // Boxes that overlap vertically share a line (an arrow glyph from another font sits a little higher).
    const rects = [...range.getClientRects()].filter((r) => r.width > 0).sort((a, b) => a.top - b.top)
    let lines = 0
    let bottom = -Infinity
    for (const r of rects) {
      if (r.top >= bottom - 1) {
        lines++
        bottom = r.bottom
      } else bottom = Math.max(bottom, r.bottom)
    }
    return lines
  })

for (const size of SIZES) {
  test.describe(`at ${size.width} x ${size.height}`, () => {
    test.use({ viewport: size })

    test('the running player is full screen: count, side, rep, picture, pause and skip on the first screen, no tab bar', async ({ page, server }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await page.goto(server.url + '/routines/hamstring-stretch')
      await appReady(page)
      // Before the start, the tab bar is there.
      await expect(page.locator('nav[aria-label="Main"]')).toBeVisible()
      await page.locator('[data-action="start"]').click()
      await expect(page.locator('[data-step-kind]')).toHaveText('Hold', { timeout: 8000 })
      await expect(page.locator('html')).toHaveAttribute('data-playing', '')
      await expect(page.locator('nav[aria-label="Main"]')).toBeHidden()
      // The emergency call link stays on every screen.
      await expect(page.locator('a[data-call="emergency"]')).toBeVisible()
      await page.evaluate(() => window.scrollTo(0, 0))
      for (const [sel, what] of [
        ['[data-countdown]', 'countdown'],
        ['[data-side]', 'side'],
        ['[data-rep]', 'rep'],
        ['[data-illustration]', 'picture'],
        ['[data-action="pause"]', 'pause'],
        ['[data-action="skip"]', 'skip'],
      ] as const) {
        await expectOnFirstScreen(page, page.locator(sel), what)
      }
      // The cue switches are not on the running screen: they are in the Sound sheet.
      await expect(page.locator('[data-cue-toggle="voice"]')).toBeHidden()
      // No wrapped labels, 44 px targets.
      for (const b of await page.locator('.controls button').all()) {
        expect(await lineCount(b), (await b.textContent()) ?? "").toBe(1)
        const box = await b.boundingBox()
        expect(box?.height ?? 0).toBeGreaterThanOrEqual(44)
        expect(box?.width ?? 0).toBeGreaterThanOrEqual(44)
      }
      await page.locator('[data-action="pause"]').click()
      const resume = page.locator('[data-action="resume"]')
      await expect(resume).toBeVisible()
      expect(await lineCount(resume)).toBe(1)
      await expectOnFirstScreen(page, resume, 'resume')
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
      expect(await axeViolations(page)).toEqual([])
      // Stop asks first; "Keep going" goes back; stopping brings the tab bar back.
      await page.locator('[data-action="stop"]').click()
      await expect(page.locator('[data-stop-confirm]')).toBeVisible()
      await expect(page.locator('[data-stop-confirm] h2')).toBeFocused()
      await page.locator('[data-action="keep-going"]').click()
      await expect(page.locator('[data-run-status="active"]')).toBeVisible()
      await page.locator('[data-action="stop"]').click()
      await page.locator('[data-action="confirm-stop"]').click()
      await expect(page.locator('[data-run-finished="stopped"]')).toBeVisible()
      await expect(page.locator('html')).not.toHaveAttribute('data-playing')
      await expect(page.locator('nav[aria-label="Main"]')).toBeVisible()
    })

    test('the timer digits stay inside the ring and 64 px or more: a 30 s hold, a 5 min walk beside its picture, a 15 min ice timer', async ({ page, server }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' })
      for (const id of ['hamstring-stretch', 'sciatica-relief', 'ice']) {
        await startRoutine(page, server.url, id)
        if (id === 'hamstring-stretch') await expect(page.locator('[data-step-kind]')).toHaveText('Hold', { timeout: 8000 })
        if (id === 'sciatica-relief') {
          // Skip to the walk at the end ("5:00", with its picture beside the ring), and pause there.
          const digits = page.locator('[data-countdown-digits]')
          for (let i = 0; i < 30 && !(await digits.textContent())?.includes(':'); i++) await page.locator('[data-action="skip"]').click()
          await page.locator('[data-action="pause"]').click()
          await expect(digits).toHaveText(/^\d:\d\d$/)
          await expect(page.locator('[data-step-kind]')).toHaveText('Walk at an easy pace')
          await expect(page.locator('[data-illustration]')).toBeVisible()
        }
        const fit = await page.locator('.countdown').evaluate((ring) => {
          const svg = ring.querySelector('svg')!.getBoundingClientRect()
          const digits = ring.querySelector('[data-countdown-digits]')!
          const range = document.createRange()
          range.selectNodeContents(digits)
          const t = range.getBoundingClientRect()
          const cx = svg.left + svg.width / 2
          const cy = svg.top + svg.height / 2
          // Inner edge of the stroke: radius 54 less half the 10-unit stroke, in a 120-unit box.
          const inner = (svg.width * 49) / 120
          const corners = [
            [t.left, t.top],
            [t.right, t.top],
            [t.left, t.bottom],
            [t.right, t.bottom],
          ]
          const worst = Math.max(...corners.map(([x, y]) => Math.hypot(x! - cx, y! - cy)))
          return { worst, inner, text: digits.textContent, px: parseFloat(getComputedStyle(digits).fontSize) }
        })
        expect(fit.worst, `${id}: "${fit.text}" inside the ring`).toBeLessThan(fit.inner)
        expect(fit.px, `${id}: digits readable at arm's length`).toBeGreaterThanOrEqual(64)
        await page.locator('[data-action="stop"]').click()
        await page.locator('[data-action="confirm-stop"]').click()
        await expect(page.locator('[data-run-finished="stopped"]')).toBeVisible()
      }
    })

    test('pain before and after show on the finish card as "Pain 6 → 3"', async ({ page, server }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await page.goto(server.url + '/routines/hamstring-stretch')
      await appReady(page)
      await page.locator('[data-pain="6"]').check({ force: true })
      await page.locator('[data-action="start"]').click()
      const skip = page.locator('[data-action="skip"]')
      while (await skip.isVisible()) await skip.click()
      await expect(page.locator('[data-run-finished="done"]')).toBeVisible()
      await expect(page.locator('[data-pain-before]')).toContainText('6 out of 10')
      await page.locator('[data-pain="3"]').check({ force: true })
      await page.locator('[data-action="save-pain"]').click()
      await expect(page.locator('[data-pain-change]')).toContainText('Pain 6 → 3')
      await expect(page.locator('[data-pain-change]')).toContainText('less than before')
      expect(await axeViolations(page)).toEqual([])
    })

    test('"This hurts" asks one question first, then a few signs; "Other signs" still raises the gate', async ({ page, server }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await startRoutine(page, server.url, 'calf-stretch')
      await page.locator('[data-action="this-hurts"]').click()
      await expect(page.locator('[data-action="resume"]')).toHaveCount(0)
      await expect(page.locator('#hurt-title')).toBeFocused()
      await expect(page.locator('[data-hurt-check] input[type="checkbox"]')).toHaveCount(0)
      await expectOnFirstScreen(page, page.locator('[data-answer="sharp"]'), 'yes')
      await page.locator('[data-answer="sharp"]').click()
      await expect(page.locator('[data-stop-now]')).toBeVisible()
      // The yes ends the run there and then; the signs follow.
      await expect(page.locator('[data-run-status="stopped"]')).toBeVisible()
      const few = page.locator('[data-hurt-check] form > fieldset input[data-finding]')
      expect(await few.count()).toBeLessThanOrEqual(5)
      await expect(page.locator('[data-other-signs] input[data-finding]').first()).toBeHidden()
      // The short list and its Check button fit in about one screenful (the old list took 2.6).
      const card = await page.locator('[data-hurt-check]').boundingBox()
      expect(card?.height ?? Infinity).toBeLessThan((page.viewportSize()?.height ?? 0) * 1.3)
      expect(await axeViolations(page)).toEqual([])
      await page.locator('[data-other-signs] summary').click()
      await page.locator('[data-other-signs] input[data-finding="saddle_numbness_or_sexual_change"]').check()
      await page.locator('[data-action="submit-hurt"]').click()
      await expect(page.locator('[data-gate="emergency"]').first()).toBeVisible()
    })

    test('how to do it: steps and pictures on the intro, "How?" on the hold, the picture flipped for the right leg', async ({ page, server }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await page.goto(server.url + '/routines/hamstring-stretch')
      await appReady(page)
      const cards = page.locator('[data-how-to] [data-exercise]')
      await expect(cards.first()).toBeVisible()
      for (const card of await cards.all()) {
        await expect(card.locator('svg[data-illustration] title')).not.toBeEmpty()
        expect(await card.locator('ol > li').count()).toBeGreaterThanOrEqual(3)
      }
      expect(await axeViolations(page)).toEqual([])
      await page.locator('[data-action="start"]').click()
      await expect(page.locator('[data-step-kind]')).toHaveText('Hold', { timeout: 8000 })
      const how = page.locator('[data-action="how"]')
      await expect(how).toHaveAttribute('aria-expanded', 'false')
      await expect(page.locator('[data-how]')).toBeHidden()
      await how.click()
      await expect(how).toHaveAttribute('aria-expanded', 'true')
      await expect(page.locator('[data-how] li').first()).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
      await how.click()
      await expect(page.locator('[data-how]')).toBeHidden()
      // Left, then right: the picture flips, and the side is said in words too.
      const pic = page.locator('[data-illustration]')
      for (let i = 0; i < 6; i++) {
        const side = await page.locator('[data-side]').getAttribute('data-side').catch(() => null)
        if (side === 'left' || side === 'right') {
          const transform = () => pic.evaluate((el) => getComputedStyle(el).transform)
          if (side === 'right') await expect.poll(transform).toMatch(/^matrix\(-1, 0, 0, 1/)
          else await expect.poll(transform).toBe('none')
          await expect(pic.locator('title')).toContainText(`${side} leg`)
          await expect(page.locator('[data-side]')).toContainText(side.toUpperCase())
        }
        if (side === 'right') break
        await page.locator('[data-action="skip"]').click()
      }
      await expect(page.locator('[data-side]')).toHaveAttribute('data-side', 'right')
    })

    test('moves done in time sway gently, and not at all under reduced motion', async ({ page, server }) => {
      for (const motion of ['no-preference', 'reduce'] as const) {
        await page.emulateMedia({ reducedMotion: motion })
        await startRoutine(page, server.url, 'travel-circulation')
        await page.locator('[data-action="skip"]').click()
        await expect(page.locator('[data-step-kind]')).toHaveText(/times|Keep going/)
        const name = await page.locator('[data-illustration] .figure').evaluate((g) => getComputedStyle(g).animationName)
        if (motion === 'reduce') expect(name).toBe('none')
        else expect(name).not.toBe('none')
        await page.locator('[data-action="stop"]').click()
        await page.locator('[data-action="confirm-stop"]').click()
        await expect(page.locator('[data-run-finished="stopped"]')).toBeVisible()
      }
    })

    test('cues through a media element, and the lock screen: Media Session metadata, play and pause', async ({ page, server }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { __plays: string[]; __handlers: Record<string, (() => void) | null> }
        w.__plays = []
        w.__handlers = {}
        const play = HTMLMediaElement.prototype.play
        HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
          w.__plays.push(this.src.startsWith('data:audio/wav;base64,') ? 'wav' : this.src)
          return play.call(this)
        }
        const ms = navigator.mediaSession
        const set = ms.setActionHandler.bind(ms)
        ms.setActionHandler = (action: MediaSessionAction, fn: MediaSessionActionHandler | null) => {
          w.__handlers[action] = fn as (() => void) | null
          set(action, fn)
        }
      })
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await startRoutine(page, server.url)
      const plays = () => page.evaluate(() => (window as unknown as { __plays: string[] }).__plays)
      const title = () => page.evaluate(() => navigator.mediaSession.metadata?.title ?? null)
      // The Start tap asks the element to play (a short silence, then the get-ready beep).
      expect((await plays()).every((src) => src === 'wav')).toBe(true)
      const before = (await plays()).length
      expect(before).toBeGreaterThanOrEqual(1)
      expect(await title()).toMatch(/^Get ready.*, 0:0\d$/)
      await expect(page.locator('[data-step-kind]')).toHaveText('Hold', { timeout: 8000 })
      // At the step boundary the media element is asked to play again.
      await expect.poll(async () => (await plays()).length).toBeGreaterThan(before)
      await expect.poll(title).toMatch(/^Lying hamstring stretch with a towel, left, 0:[0-3]\d$/)
      expect(await page.evaluate(() => navigator.mediaSession.metadata?.artist)).toBe('Back-of-thigh stretches')
      expect(await page.evaluate(() => navigator.mediaSession.playbackState)).toBe('playing')
      // The lock screen's pause and play pause and resume the run.
      await page.evaluate(() => (window as unknown as { __handlers: Record<string, () => void> }).__handlers.pause!())
      await expect(page.locator('[data-action="resume"]')).toBeVisible()
      expect(await page.evaluate(() => navigator.mediaSession.playbackState)).toBe('paused')
      const frozen = Number(await page.locator('[data-run-elapsed-ms]').getAttribute('data-run-elapsed-ms'))
      await page.waitForTimeout(700)
      expect(Number(await page.locator('[data-run-elapsed-ms]').getAttribute('data-run-elapsed-ms'))).toBe(frozen)
      await page.evaluate(() => (window as unknown as { __handlers: Record<string, () => void> }).__handlers.play!())
      await expect(page.locator('[data-action="pause"]')).toBeVisible()
      await expect.poll(async () => Number(await page.locator('[data-run-elapsed-ms]').getAttribute('data-run-elapsed-ms'))).toBeGreaterThan(frozen)
      // Stopped: the session is cleared.
      await page.locator('[data-action="stop"]').click()
      await page.locator('[data-action="confirm-stop"]').click()
      await expect.poll(title).toBeNull()
    })

    test('the 3-2-1 beeps play through the same media element, before the step beep', async ({ page, server }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { __cues: string[] }
        w.__cues = []
        const play = HTMLMediaElement.prototype.play
        HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
          if (this.src.startsWith('data:audio/wav;base64,')) w.__cues.push(this.dataset.cue ?? '?')
          return play.call(this)
        }
      })
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await startRoutine(page, server.url)
      const cues = () => page.evaluate(() => (window as unknown as { __cues: string[] }).__cues)
      // Switched on during the 5 s get-ready: it counts from now, so "2, 1" (or "3, 2, 1") comes before the hold.
      await page.locator('[data-action="sound"]').click()
      await page.locator('[data-cue-toggle="countdown"]').check()
      await page.locator('[data-action="close-sound"]').click()
      await expect(page.locator('[data-step-kind]')).toHaveText('Hold', { timeout: 8000 })
      // The Start tap: a silence, then the get-ready's beep; then the countdown; then the hold's beep.
      await expect.poll(async () => (await cues()).filter((c) => c === 'step').length).toBe(2)
      const heard = await cues()
      expect(heard.slice(0, 2)).toEqual(['silence', 'step'])
      expect(heard.indexOf('countdown'), heard.join(' ')).toBeGreaterThan(1)
      expect(heard.indexOf('countdown'), heard.join(' ')).toBeLessThan(heard.lastIndexOf('step'))
    })

    test('the cue switches open in a Sound sheet, which closes back to its button', async ({ page, server }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await startRoutine(page, server.url)
      const sound = page.locator('[data-action="sound"]')
      await sound.click()
      const sheet = page.locator('dialog[data-sound-sheet]')
      await expect(sheet).toBeVisible()
      await expect(sheet.locator('[data-cue-toggle="beep"]')).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
      await sheet.locator('[data-cue-toggle="voice"]').uncheck()
      await page.keyboard.press('Escape')
      await expect(sheet).toBeHidden()
      await expect(sound).toBeFocused()
      await sound.click()
      await expect(sheet.locator('[data-cue-toggle="voice"]')).not.toBeChecked()
      await sheet.locator('[data-action="close-sound"]').click()
      await expect(sheet).toBeHidden()
    })
  })
}
