/**
 * The triage engine of the contract (tests/fixtures/clinical, version 3): the rules of ./rules.ts, with the reasons
 * in plain words. Pure: no Vue, no storage, no DOM. Pages and stores call `triage()` and render what it returns.
 */
import { findingById } from '../content/findings'
import { NO_WARNING_SIGNS, ON_ITS_OWN, OWN_REASON, RULE_REASON } from '../content/reasons'
import {
  DISPOSITION_ORDER,
  afterOperation,
  dispositionRank,
  evaluate,
  type CautionId,
  type Disposition,
  type FindingId,
  type PlanId,
  type RuleId,
} from './rules'

export { DISPOSITION_ORDER, dispositionRank, type Disposition, type RuleId }

/** One reason behind a result, in plain words. */
export interface Reason {
  /** The level this reason asks for on its own. */
  level: Disposition
  /** The combination rule that produced it, or null for a warning sign on its own (or for "no warning signs"). */
  rule: RuleId | null
  /** The answers (finding ids) behind it. */
  findings: FindingId[]
  /** What it means, in plain words. */
  text: string
}

export interface TriageResult {
  disposition: Disposition
  /**
   * Plan ids in the order of the plans table. For `self-care` the home plans; for `doctor` the gentle home care
   * offered "while you wait" (the UI labels it so); always empty for `urgent` and `emergency` and under 16.
   * Time and Settings can take more away (rice after 72 hours, a fluid limit): src/domain/safety.ts decides that.
   */
  plans: PlanId[]
  /** Caution ids in the order of the cautions table. They describe the person, so they are given at every level. */
  cautions: CautionId[]
  /** Every reason, most serious first: the first ones are those that set the disposition. Never empty. */
  reasons: Reason[]
  /** The combination rules that fired, in rule order (including those that did not change the level). */
  rules: RuleId[]
  /** R10 fired: the result names the surgical team. */
  afterOperation: boolean
}

/** The finding labels as a plain list: "a, b and c". */
function listLabels(ids: readonly FindingId[], joiner: 'and' | 'or'): string {
  const labels = ids.map((id) => findingById(id).label)
  if (labels.length <= 1) return labels[0] ?? ''
  return `${labels.slice(0, -1).join(', ')} ${joiner} ${labels[labels.length - 1]}`
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/**
 * Triage a set of answers: the disposition, plans and cautions of `evaluate`, with every reason in plain words.
 * Pure and order-independent; duplicate ids count once.
 * @param findings the ids of the findings the person said yes to
 * @throws Error naming the id when a finding id is not in the vocabulary
 */
export function triage(findings: readonly string[]): TriageResult {
  const e = evaluate(findings)
  const signReasons: Reason[] = e.signs.map(({ finding, level }) => ({
    level,
    rule: null,
    findings: [finding],
    text: OWN_REASON[finding] ?? `${capitalise(findingById(finding).label)}. ${ON_ITS_OWN[level as Exclude<Disposition, 'self-care'>]}`,
  }))
  const ruleReasons: Reason[] = e.rules.map((r) => ({
    level: r.level,
    rule: r.id,
    findings: r.findings,
    text: RULE_REASON[r.id](listLabels, r.findings),
  }))
  // Stable sort: at the same level, warning signs on their own come before rules, each in its own order.
  const reasons = [...signReasons, ...ruleReasons].sort((a, b) => dispositionRank(b.level) - dispositionRank(a.level))
  if (reasons.length === 0) reasons.push({ level: 'self-care', rule: null, findings: [], text: NO_WARNING_SIGNS })
  return {
    disposition: e.disposition,
    plans: e.plans,
    cautions: e.cautions,
    reasons,
    rules: e.rules.map((r) => r.id),
    afterOperation: afterOperation(e),
  }
}

/** The reasons at gate level (urgent or emergency), as the gate shows them. */
export function gateReasons(result: Pick<TriageResult, 'reasons'>): Reason[] {
  return result.reasons.filter((r) => dispositionRank(r.level) >= dispositionRank('urgent'))
}

/** The answers behind a gate-level result: those of its urgent and emergency reasons. */
export function gateFindings(result: Pick<TriageResult, 'reasons'>): FindingId[] {
  return [...new Set(gateReasons(result).flatMap((r) => r.findings))]
}

/**
 * The gate a yes in a warning-sign check raises (the "this hurts" check, the clot-sign check, the pain log's check):
 * the level triage gives those answers, never below urgent, because any yes there means "get seen".
 * @returns null when nothing was ticked
 */
export function raiseFromAnswers(findings: readonly string[]): { level: 'emergency' | 'urgent'; reasons: string[]; findings: FindingId[] } | null {
  if (findings.length === 0) return null
  const result = triage(findings)
  const reasons = gateReasons(result).map((r) => r.text)
  return {
    level: result.disposition === 'emergency' ? 'emergency' : 'urgent',
    reasons: reasons.length > 0 ? reasons : ['You told us about a warning sign.'],
    findings: [...new Set(result.reasons.flatMap((r) => r.findings))],
  }
}
