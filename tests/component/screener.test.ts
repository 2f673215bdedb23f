import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { RouterView } from 'vue-router'
import { defineComponent, h } from 'vue'
import CheckPage from '../../src/pages/CheckPage.vue'
import CheckResultPage from '../../src/pages/CheckResultPage.vue'
import { FINDING_IDS, SCREENER_STEPS, findingById } from '../../src/content/findings'
import { useGateStore } from '../../src/stores/gate'
import { setup, shownFindings } from './screener-helpers'
import { settle } from './settle'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  document.body.innerHTML = ''
})

async function mountPage(region = 'GB'): Promise<VueWrapper> {
  const { pinia, router } = await setup(region)
  // The steps and the result, each at its own address, as the app routes them.
  router.addRoute({ path: '/check', name: 'check', component: CheckPage })
  router.addRoute({ path: '/check/result', name: 'check-result', component: CheckResultPage })
  await router.push('/')
  await router.push('/check')
  wrapper = mount(defineComponent({ render: () => h(RouterView) }), { global: { plugins: [pinia, router] }, attachTo: document.body })
  await settle()
  return wrapper
}

async function press(w: VueWrapper, action: string): Promise<void> {
  await w.get(`[data-action="${action}"]`).trigger('click')
  await settle()
}

describe('screener steps', () => {
  it('asks every finding exactly once, each as a labelled checkbox, in at most six steps (five today)', async () => {
    const w = await mountPage()
    const seen: string[] = []
    let steps = 0
    while (!w.find('[data-disposition]').exists()) {
      steps++
      expect(steps).toBeLessThanOrEqual(6)
      expect(w.text()).toContain(`Step ${steps} of 5`)
      const ids = shownFindings(w)
      expect(ids.length).toBeGreaterThan(0)
      for (const id of ids) {
        const input = w.get(`input[data-finding="${id}"]`)
        if (id === 'pain_one_leg_only') {
          // The required choice: a radio beside "both legs", in a group that asks the question.
          expect(input.attributes('type')).toBe('radio')
          expect(input.element.closest('label')?.textContent?.trim()).toBe('One leg')
          await w.get('input[data-choice="both-legs"]').setValue(true)
          continue
        }
        expect(input.attributes('type')).toBe('checkbox')
        const label = w.get(`label[for="${input.attributes('id')}"]`)
        expect(label.text()).toBe(findingById(id).question)
        const f = findingById(id)
        // The description is every symptom line and the hint: with the label, all a person reads for the finding.
        const described = input.attributes('aria-describedby')
        if (f.hint || f.symptoms?.length) {
          const text = w.get(`#${described}`).text()
          for (const part of [...(f.symptoms ?? []), f.hint ?? '']) expect(text).toContain(part)
        } else expect(described).toBeUndefined()
      }
      seen.push(...ids)
      await press(w, 'none')
    }
    expect(steps).toBe(5)
    expect([...seen].sort()).toEqual([...FINDING_IDS].sort())
    expect(new Set(seen).size).toBe(seen.length)
    expect(w.get('[data-disposition]').attributes('data-disposition')).toBe('self-care')
  })

  it('shows progress with an accessible name and moves focus to each new step heading', async () => {
    const w = await mountPage()
    const bar = w.get('progress')
    const labelledBy = bar.attributes('aria-labelledby')
    expect(w.get(`#${labelledBy}`).text()).toBe('Step 1 of 5')
    expect(document.activeElement?.textContent).toBe(SCREENER_STEPS[0]!.title)
    await press(w, 'next')
    expect(w.get(`#${labelledBy}`).text()).toBe('Step 2 of 5')
    expect(w.get('progress').attributes('value')).toBe('2')
    expect(document.activeElement?.textContent).toBe(SCREENER_STEPS[1]!.title)
    expect(w.get('[role="status"]').text()).toContain('Step 2 of 5')
  })

  it('"None of these" is offered only while nothing on the step is ticked; Back keeps the answers', async () => {
    const w = await mountPage()
    await press(w, 'next')
    expect(w.find('[data-action="none"]').exists()).toBe(true)
    await w.get('input[data-finding="fever"]').setValue(true)
    expect(w.find('[data-action="none"]').exists()).toBe(false)
    await w.get('input[data-finding="fever"]').setValue(false)
    expect(w.find('[data-action="none"]').exists()).toBe(true)
    await w.get('input[data-finding="fever"]').setValue(true)
    await press(w, 'next')
    expect(w.get('[data-step]').attributes('data-step')).toBe('how-it-started')
    await w.get('input[data-finding="pain_one_leg_only"]').setValue(true)
    // The leg choice is a choice, not a tick: "None of these" stays for the checklist.
    expect(w.find('[data-action="none"]').exists()).toBe(true)
    await w.get('input[data-finding="location_calf"]').setValue(true)
    expect(w.find('[data-action="none"]').exists()).toBe(false)
    await press(w, 'next')
    expect(w.get('[data-step]').attributes('data-step')).toBe('doctor')
    await press(w, 'back')
    expect(w.get('[data-step]').attributes('data-step')).toBe('how-it-started')
    expect((w.get('input[data-finding="location_calf"]').element as HTMLInputElement).checked).toBe(true)
    expect((w.get('input[data-finding="pain_one_leg_only"]').element as HTMLInputElement).checked).toBe(true)
    await press(w, 'back')
    expect((w.get('input[data-finding="fever"]').element as HTMLInputElement).checked).toBe(true)
  })

  it('one leg or both is required: continuing without it says so and stays on the step', async () => {
    const w = await mountPage()
    await press(w, 'none')
    await press(w, 'none')
    expect(w.get('[data-step]').attributes('data-step')).toBe('how-it-started')
    await press(w, 'none')
    expect(w.get('[data-step]').attributes('data-step')).toBe('how-it-started')
    expect(w.get('#legs-error').text()).toMatch(/one leg or both/)
    await w.get('input[data-choice="both-legs"]').setValue(true)
    await press(w, 'none')
    expect(w.get('[data-step]').attributes('data-step')).toBe('doctor')
  })

  it('goes straight from an emergency sign on the first step to the result with the gate', async () => {
    const w = await mountPage('GB')
    await w.get('input[data-finding="pe_symptoms"]').setValue(true)
    expect(w.get('[data-action="next"]').text()).toBe('See my result')
    await press(w, 'next')
    const result = w.get('[data-disposition]')
    expect(result.attributes('data-disposition')).toBe('emergency')
    const gate = result.get('[data-gate]')
    expect(gate.attributes('data-gate')).toBe('emergency')
    expect(gate.get('a[href^="tel:"]').attributes('href')).toBe('tel:999')
    expect(useGateStore().active?.level).toBe('emergency')
    // Focus lands on what to do.
    expect(document.activeElement?.textContent).toBe('Call 999 now')
  })

  it('stops at the end of an urgent step', async () => {
    const w = await mountPage('GB')
    await press(w, 'none')
    await w.get('input[data-finding="dark_urine"]').setValue(true)
    await press(w, 'next')
    expect(w.get('[data-disposition]').attributes('data-disposition')).toBe('urgent')
    expect(w.get('[data-gate]').attributes('data-gate')).toBe('urgent')
  })

  it('asks when the pain started, and refuses a future exact time with a message', async () => {
    const w = await mountPage()
    await press(w, 'none')
    await press(w, 'none')
    await w.get('input[data-choice="both-legs"]').setValue(true)
    expect(w.find('fieldset.onset').exists()).toBe(true)
    await w.get('input[data-onset="exact"]').setValue(true)
    await w.get('input[data-onset-exact]').setValue('2999-01-01T10:00')
    await press(w, 'next')
    expect(w.get('[data-step]').attributes('data-step')).toBe('how-it-started')
    expect(w.get('#onset-error').text()).toMatch(/future/i)
    expect((w.get('input[data-onset-exact]').element as HTMLInputElement).value).toBe('2999-01-01T10:00')
    await w.get('input[data-onset="yesterday"]').setValue(true)
    await press(w, 'next')
    expect(w.get('[data-step]').attributes('data-step')).toBe('doctor')
  })
})
