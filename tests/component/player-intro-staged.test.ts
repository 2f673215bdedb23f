// The player opened by its address (a launch): its intro draws in three tasks, and Start always comes with the checks.
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { getExercise, type Exercise } from '../../src/content/exercises'
import { cautionById } from '../../src/content/plans'
import PlayerIntro from '../../src/components/player/PlayerIntro.vue'

const exercises = ['hamstring-standing-step', 'calf-wall-straight'].map((id) => getExercise(id)).filter((e): e is Exercise => e !== undefined)
const caution = cautionById('skin-check')!

function intro(canStart: boolean) {
  return mount(
    defineComponent({
      render: () =>
        h(
          PlayerIntro,
          {
            summary: 'What it is for',
            dosing: 'Three holds',
            feel: 'A gentle pull',
            stopIf: ['Sharp pain'],
            changes: [],
            cautions: [caution],
            totalText: '5 minutes',
            exercises,
            canStart,
          },
          { checks: () => (canStart ? [] : [h('fieldset', { 'data-pre-checks': '' }, 'Checks')]) },
        ),
    }),
  )
}

async function nextTask(): Promise<void> {
  vi.advanceTimersToNextTimer()
  await nextTick()
}

describe('player intro at launch', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }))
  afterEach(() => vi.useRealTimers())

  it('first what it is for and when to stop, then how to do it, then the pain score and Start', async () => {
    expect(exercises).toHaveLength(2)
    const w = intro(true)
    expect(w.text()).toContain('A gentle pull')
    expect(w.text()).toContain('Sharp pain')
    expect(w.find(`[data-caution="${caution.id}"]`).exists()).toBe(true)
    expect(w.find('[data-how-to]').exists()).toBe(false)
    expect(w.find('[data-action="start"]').exists()).toBe(false)
    await nextTask()
    expect(w.findAll('[data-exercise]')).toHaveLength(exercises.length)
    expect(w.find('[data-action="start"]').exists()).toBe(false)
    await nextTask()
    expect(w.find('[data-action="start"]').exists()).toBe(true)
    expect(w.find('input[name="pain-before"]').exists()).toBe(true)
  })

  it('the checks before a start come in the last stage, never after a Start button', async () => {
    const w = intro(false)
    await nextTask()
    expect(w.find('[data-pre-checks]').exists()).toBe(false)
    await nextTask()
    expect(w.find('[data-pre-checks]').exists()).toBe(true)
    expect(w.find('[data-action="start"]').exists()).toBe(false)
  })
})
