/**
 * The exercise library: plain instructions, when to stop, and a line drawing for each exercise.
 * Drawings are data (SVG path strings in a 120 x 120 box) so the player can draw them inline, offline,
 * with `stroke="currentColor"` and no fill; they follow the theme and cost a few hundred bytes each.
 * The floor is y = 110. Figures face right. Heads are circles of radius 7.
 */

export interface Illustration {
  viewBox: '0 0 120 120'
  /** SVG path `d` strings, drawn as strokes. */
  paths: string[]
  /** What the picture shows, for screen readers. */
  title: string
}

export type ExerciseGroup = 'hamstring' | 'calf' | 'cramp' | 'sciatica' | 'sitting' | 'travel'

export interface Exercise {
  id: string
  name: string
  group: ExerciseGroup
  /** What to do, in order: short sentences, what first, then why. */
  steps: string[]
  /** Stop at once if any of these happen. */
  stopIf: string[]
  illustration: Illustration
}

type Pt = readonly [number, number]

/** A circle as a path: two half arcs. */
const circle = (cx: number, cy: number, r: number): string =>
  `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`
const head = (cx: number, cy: number): string => circle(cx, cy, 7)
/** An open line through the points. */
const line = (...pts: Pt[]): string => pts.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join('')
/** Two short wings meeting at `tip`, for an arrow travelling at `ang` radians (0 = right, clockwise). */
function arrowHead(tip: Pt, ang: number): string {
  const wing = (d: number): Pt => [
    Math.round((tip[0] - 5 * Math.cos(ang + d)) * 10) / 10,
    Math.round((tip[1] - 5 * Math.sin(ang + d)) * 10) / 10,
  ]
  return line(wing(0.5), tip, wing(-0.5))
}
/** A straight arrow from `a` to `b` with a small head at `b`. */
const arrow = (a: Pt, b: Pt): string => line(a, b) + arrowHead(b, Math.atan2(b[1] - a[1], b[0] - a[0]))

const FLOOR = 'M4 110H116'
/** A side-view chair facing right: back at x 20, seat at y 88 from x 20 to 46. */
const CHAIR = 'M20 52V110M20 88H46V110'
/** A wall on the right at x. */
const wall = (x: number): string => `M${x} 8V110`

// Lying on the back, head on the left: the shared top half of the three floor stretches.
const LYING_HEAD = head(18, 103)
const LYING_BODY = line([25, 104], [57, 104])

// Seated on the chair, upright: shared by the travel exercises.
const SEATED_HEAD = head(35, 46)
const SEATED_BODY = line([36, 53], [40, 85])
const SEATED_ARMS = line([37, 60], [46, 74], [56, 80])
const SEATED_THIGH = line([40, 85], [62, 86])

const stretchStops = [
  'Sharp pain, or pain that gets worse as you hold.',
  'Shooting pain down the leg.',
  'Numbness, tingling or pins and needles.',
]
const calfStops = [...stretchStops, 'Your calf is swollen, warm, red or very tender. Stop and re-check your symptoms.']
const walkStops = [
  'Chest pain or sudden shortness of breath. Call the emergency number.',
  'Pain that makes you limp or gets worse as you go.',
  'Numbness, tingling or a foot that drags or slaps.',
]
const travelStops = [
  'Your calf is swollen, warm, red or sore. Re-check your symptoms.',
  'Chest pain or sudden shortness of breath. Call the emergency number.',
  'Pain that gets worse as you move.',
]

export const EXERCISES: readonly Exercise[] = [
  {
    id: 'hamstring-lying-towel',
    name: 'Lying hamstring stretch with a towel',
    group: 'hamstring',
    steps: [
      'Lie on your back on the floor. Bend one knee and keep that foot flat.',
      'Loop a towel or strap around the middle of your other foot. Hold one end in each hand, and keep the foot relaxed.',
      'Keep that knee straight. Use the towel to raise the leg slowly.',
      'Stop when you feel a gentle pull behind your thigh. It should never hurt.',
      'Hold still and breathe slowly. Bouncing can strain the muscle.',
      'Lower the leg slowly when the time is up.',
    ],
    stopIf: stretchStops,
    illustration: {
      viewBox: '0 0 120 120',
      title: 'A person lying on their back, one leg raised straight, pulled up with a towel around the foot.',
      paths: [
        FLOOR,
        LYING_HEAD,
        LYING_BODY,
        line([92, 110], [92, 104], [75, 88], [57, 104]),
        line([57, 104], [68, 61], [62, 59]),
        line([29, 104], [46, 84]),
        line([44, 86], [63, 57], [69, 60], [48, 87]),
      ],
    },
  },
  {
    id: 'hamstring-standing-step',
    name: 'Standing hamstring stretch on a low step',
    group: 'hamstring',
    steps: [
      'Stand facing a low step or stair. Hold something steady if you need to.',
      'Put one heel on the step. Keep that leg straight and let your foot relax: do not pull your toes up.',
      'Keep your back straight. Lean forward from your hips until you feel a gentle pull behind the thigh.',
      'Hold still and breathe. Rounding your back does not help the stretch.',
    ],
    stopIf: stretchStops,
    illustration: {
      viewBox: '0 0 120 120',
      title: 'A person standing with one heel up on a low step, leg straight, leaning forward from the hips.',
      paths: [
        FLOOR,
        'M72 110V96H104V110',
        line([47, 110], [47, 64]),
        line([40, 110], [47, 110]),
        line([47, 64], [80, 96], [83, 89]),
        line([47, 64], [62, 38]),
        head(67, 30),
        line([61, 40], [67, 69]),
      ],
    },
  },
  {
    id: 'hamstring-seated',
    name: 'Seated hamstring stretch on a chair',
    group: 'hamstring',
    steps: [
      'Sit on the front edge of a steady chair.',
      'Stretch one leg out in front. Rest the heel on the floor and let the foot relax: do not pull your toes up.',
      'Keep the other foot flat on the floor.',
      'Sit tall. Lean forward from your hips until you feel a gentle pull behind the straight leg.',
      'Hold still and breathe. Keep your back straight so the stretch stays in the leg.',
    ],
    stopIf: stretchStops,
    illustration: {
      viewBox: '0 0 120 120',
      title: 'A person sitting on the edge of a chair, one leg straight out with the heel on the floor, leaning forward.',
      paths: [
        FLOOR,
        CHAIR,
        line([42, 85], [64, 86], [64, 108], [71, 108]),
        line([42, 85], [80, 108], [82, 101]),
        line([42, 85], [55, 58]),
        head(58, 50),
        line([54, 60], [66, 84]),
      ],
    },
  },
  {
    id: 'hamstring-standing-floor',
    name: 'Standing hamstring stretch',
    group: 'hamstring',
    steps: [
      'Stand up. Put one foot a small step in front of you.',
      'Rest that heel on the floor and keep the leg straight. Let the foot relax: do not pull your toes up.',
      'Bend your back knee a little. Rest your hands on that thigh.',
      'Keep your back straight. Lean forward from your hips until you feel a gentle pull behind the front leg.',
      'Hold still and breathe. No bouncing.',
    ],
    stopIf: stretchStops,
    illustration: {
      viewBox: '0 0 120 120',
      title: 'A person standing with one heel forward on the floor, foot relaxed, back knee bent, hands on the bent thigh.',
      paths: [
        FLOOR,
        line([38, 110], [45, 110], [56, 92], [42, 74]),
        line([42, 74], [72, 108], [74, 101]),
        line([42, 74], [59, 49]),
        head(64, 42),
        line([58, 51], [57, 78]),
      ],
    },
  },
  {
    id: 'calf-wall-straight',
    name: 'Calf stretch at a wall, back knee straight',
    group: 'calf',
    steps: [
      'Stand facing a wall. Put both hands flat on it at shoulder height.',
      'Step one foot back. Keep that leg straight and the heel flat on the floor.',
      'Bend your front knee and lean towards the wall.',
      'Stop when you feel a gentle pull in the calf of the back leg. This stretches the big calf muscle.',
      'Keep both feet pointing at the wall. Hold still and breathe.',
    ],
    stopIf: calfStops,
    illustration: {
      viewBox: '0 0 120 120',
      title: 'A person leaning on a wall with both hands, the back leg straight and its heel on the floor.',
      paths: [
        FLOOR,
        wall(100),
        line([30, 110], [38, 110]),
        line([32, 110], [58, 72]),
        line([58, 72], [76, 88], [74, 110], [81, 110]),
        line([58, 72], [75, 47]),
        head(80, 40),
        line([74, 49], [100, 44]),
      ],
    },
  },
  {
    id: 'calf-wall-bent',
    name: 'Calf stretch at a wall, back knee bent',
    group: 'calf',
    steps: [
      'Stand facing a wall with your hands on it.',
      'Step one foot back, but not as far as before.',
      'Bend both knees. Keep the back heel flat on the floor.',
      'Sink down until you feel a gentle pull low in the calf, near the heel. This stretches the deeper calf muscle.',
      'Hold still and breathe.',
    ],
    stopIf: calfStops,
    illustration: {
      viewBox: '0 0 120 120',
      title: 'A person at a wall with both knees bent, the back heel kept flat on the floor.',
      paths: [
        FLOOR,
        wall(88),
        line([40, 110], [48, 110]),
        line([42, 110], [52, 90], [50, 68]),
        line([50, 68], [66, 86], [68, 110], [75, 110]),
        line([50, 68], [60, 40]),
        head(63, 31),
        line([60, 42], [88, 46]),
      ],
    },
  },
  {
    id: 'cramp-toes-towel',
    name: 'Pull your toes up with a towel',
    group: 'cramp',
    steps: [
      'Sit on the floor or a bed with the cramped leg straight out in front.',
      'Loop a towel around the ball of your foot. Hold both ends.',
      'Pull gently so your toes come up towards your shin. This stretches the tight muscle and eases the cramp.',
      'Hold until the cramp lets go. Then rest the leg.',
    ],
    stopIf: [
      'The pain is sharp or keeps getting worse.',
      'The cramp lasts more than 10 minutes.',
      'Your calf stays swollen, warm or red after the cramp. Re-check your symptoms.',
    ],
    illustration: {
      viewBox: '0 0 120 120',
      title: 'A person sitting on the floor, leg straight, pulling the toes back with a towel.',
      paths: [
        FLOOR,
        line([30, 106], [44, 88], [58, 106]),
        line([30, 106], [74, 106], [77, 96]),
        line([30, 106], [35, 77]),
        head(37, 68),
        line([35, 79], [52, 92]),
        line([50, 90], [76, 94], [78, 99], [52, 94]),
        'M88 98Q89 88 81 86',
        line([80, 91], [81, 86], [86, 85]),
      ],
    },
  },
  {
    id: 'cramp-walk-off',
    name: 'Walk it off',
    group: 'cramp',
    steps: [
      'Stand up and put your weight on the cramped leg.',
      'Walk around slowly. Put your heel down first with each step.',
      'Moving stretches the muscle, so the cramp lets go sooner.',
      'Sit down if you feel dizzy or unsteady.',
    ],
    stopIf: walkStops,
    illustration: {
      viewBox: '0 0 120 120',
      title: 'A person walking, with lines behind to show movement.',
      paths: [
        FLOOR,
        line([38, 110], [40, 110], [52, 89], [58, 68]),
        line([58, 68], [66, 89], [76, 110], [83, 110]),
        line([58, 68], [60, 38]),
        head(61, 29),
        line([48, 62], [60, 41], [72, 62]),
        'M20 50H34M16 62H32M20 74H34',
      ],
    },
  },
  {
    id: 'knee-to-chest',
    name: 'Single knee to chest',
    group: 'sciatica',
    steps: [
      'Lie on your back on the floor or a firm bed.',
      'Bring one knee up towards your chest. Hold it with both hands just below the knee.',
      'Pull gently until you feel a stretch in your lower back and buttock.',
      'Keep the other leg relaxed. Breathe slowly.',
      'Let the leg down slowly when the time is up.',
    ],
    stopIf: stretchStops,
    illustration: {
      viewBox: '0 0 120 120',
      title: 'A person lying on their back, hugging one knee to the chest, the other leg flat.',
      paths: [
        FLOOR,
        LYING_HEAD,
        LYING_BODY,
        line([57, 104], [79, 104], [101, 104], [101, 97]),
        line([57, 104], [43, 87], [64, 92]),
        line([29, 104], [46, 88]),
      ],
    },
  },
  {
    id: 'figure-4-lying',
    name: 'Lying figure-4 buttock stretch',
    group: 'sciatica',
    steps: [
      'Lie on your back with both knees bent and feet flat.',
      'Cross one ankle over the other knee. Your legs make the shape of a 4.',
      'Hold the back of the lower thigh and pull it gently towards you.',
      'Stop when you feel a stretch deep in the buttock of the crossed leg. This eases a tight muscle that can press on the nerve.',
      'Hold still and breathe.',
    ],
    stopIf: stretchStops,
    illustration: {
      viewBox: '0 0 120 120',
      title: 'A person lying on their back, one ankle crossed over the other knee like a 4, pulling the legs in.',
      paths: [
        FLOOR,
        LYING_HEAD,
        LYING_BODY,
        line([57, 104], [52, 82], [72, 74]),
        line([57, 104], [77, 92], [52, 84]),
        line([29, 104], [50, 90]),
      ],
    },
  },
  {
    id: 'short-walk',
    name: 'Short walk',
    group: 'sciatica',
    steps: [
      'Walk at an easy pace on flat ground.',
      'Stand tall and let your arms swing.',
      'Keeping gently active helps nerve pain settle faster than resting in bed.',
      'Start with a few minutes. Add a little more each day if it feels fine.',
    ],
    stopIf: walkStops,
    illustration: {
      viewBox: '0 0 120 120',
      title: 'A person walking outside past a tree.',
      paths: [
        FLOOR,
        line([28, 110], [30, 110], [42, 89], [48, 68]),
        line([48, 68], [56, 89], [66, 110], [73, 110]),
        line([48, 68], [50, 38]),
        head(51, 29),
        line([38, 62], [50, 41], [62, 62]),
        'M100 110V84',
        circle(100, 70, 14),
      ],
    },
  },
  {
    id: 'figure-4-seated',
    name: 'Seated figure-4 stretch',
    group: 'sitting',
    steps: [
      'Sit tall near the front of a steady chair with both feet flat.',
      'Rest one ankle on the other knee. Your legs make the shape of a 4.',
      'Put one hand on the raised knee and let it drop gently.',
      'Keep your back straight and lean forward a little. You should feel a stretch in the buttock.',
      'Hold still and breathe.',
    ],
    stopIf: stretchStops,
    illustration: {
      viewBox: '0 0 120 120',
      title: 'A person sitting on a chair with one ankle resting on the other knee, leaning forward a little.',
      paths: [
        FLOOR,
        CHAIR,
        line([40, 85], [62, 86], [62, 108], [69, 108]),
        line([40, 85], [44, 74], [66, 82]),
        line([40, 85], [51, 57]),
        head(54, 48),
        line([50, 59], [44, 74]),
        line([51, 60], [63, 80]),
      ],
    },
  },
  {
    id: 'sitting-break',
    name: 'Stand up and move',
    group: 'sitting',
    steps: [
      'Stand up from your chair.',
      'Reach your arms up high, then walk around for a minute.',
      'Sitting still presses on the back of your legs. Moving every 30 minutes eases it.',
    ],
    stopIf: walkStops,
    illustration: {
      viewBox: '0 0 120 120',
      title: 'A person standing up beside a chair, arms raised, with a clock.',
      paths: [
        FLOOR,
        CHAIR,
        line([56, 110], [60, 110], [62, 66], [64, 110], [68, 110]),
        line([62, 66], [62, 36]),
        head(62, 27),
        line([46, 16], [50, 32], [62, 40], [74, 32], [78, 16]),
        circle(98, 22, 10),
        'M98 22V15M98 22H104',
      ],
    },
  },
  {
    id: 'ankle-pumps',
    name: 'Ankle pumps',
    group: 'travel',
    steps: [
      'Sit with your feet flat on the floor.',
      'Lift your toes up high, keeping your heels down.',
      'Then press your toes down and lift your heels.',
      'Keep going up and down. Moving your ankles squeezes the calf, which keeps blood flowing.',
    ],
    stopIf: travelStops,
    illustration: {
      viewBox: '0 0 120 120',
      title: 'A person sitting, pointing the foot up and down; a curved arrow shows the movement.',
      paths: [
        FLOOR,
        CHAIR,
        SEATED_HEAD,
        SEATED_BODY,
        SEATED_ARMS,
        SEATED_THIGH,
        line([62, 86], [64, 106], [72, 100]),
        'M78 95Q86 103 78 111',
        line([74, 92], [78, 95], [79, 90]),
        line([74, 114], [78, 111], [79, 116]),
      ],
    },
  },
  {
    id: 'ankle-circles',
    name: 'Ankle circles',
    group: 'travel',
    steps: [
      'Sit and lift one foot a little off the floor.',
      'Draw slow circles with your toes, one way.',
      'Then circle the other way. Do the same with the other foot.',
      'Circles move the ankle every way, which keeps the calf working.',
    ],
    stopIf: travelStops,
    illustration: {
      viewBox: '0 0 120 120',
      title: 'A person sitting with one foot lifted, turning it in a circle; a round arrow shows the movement.',
      paths: [
        FLOOR,
        CHAIR,
        SEATED_HEAD,
        SEATED_BODY,
        SEATED_ARMS,
        SEATED_THIGH,
        line([62, 86], [74, 103], [80, 98]),
        // Most of a circle around the toes, clockwise, ending at 300 degrees; the head points along it.
        'M98 94A10 10 0 1 1 93 85.3',
        arrowHead([93, 85.3], Math.PI / 6),
      ],
    },
  },
  {
    id: 'seated-calf-raises',
    name: 'Seated calf raises',
    group: 'travel',
    steps: [
      'Sit with your feet flat on the floor.',
      'Press through the balls of your feet and lift both heels as high as you can.',
      'Lower them slowly.',
      'Working the calf muscle pushes blood back up the leg.',
    ],
    stopIf: travelStops,
    illustration: {
      viewBox: '0 0 120 120',
      title: 'A person sitting with the heels lifted and toes on the floor; an arrow points up at the heel.',
      paths: [
        FLOOR,
        CHAIR,
        SEATED_HEAD,
        SEATED_BODY,
        SEATED_ARMS,
        line([40, 85], [62, 80]),
        line([62, 80], [63, 101], [70, 110]),
        arrow([54, 109], [54, 95]),
      ],
    },
  },
  {
    id: 'knee-lifts',
    name: 'Seated knee lifts',
    group: 'travel',
    steps: [
      'Sit tall with your feet flat on the floor.',
      'Lift one knee up towards your chest, then put the foot down.',
      'Do the same with the other leg.',
      'Lifting works the big thigh muscles and helps blood move.',
    ],
    stopIf: travelStops,
    illustration: {
      viewBox: '0 0 120 120',
      title: 'A person sitting with one knee lifted up; an arrow points up at the knee.',
      paths: [
        FLOOR,
        CHAIR,
        SEATED_HEAD,
        SEATED_BODY,
        SEATED_ARMS,
        SEATED_THIGH,
        line([62, 86], [62, 108], [69, 108]),
        line([40, 85], [58, 70], [61, 92], [67, 92]),
        arrow([68, 76], [68, 60]),
      ],
    },
  },
]

const BY_ID = new Map(EXERCISES.map((e) => [e.id, e]))

/** The exercise with this id, or undefined. */
export function getExercise(id: string): Exercise | undefined {
  return BY_ID.get(id)
}
