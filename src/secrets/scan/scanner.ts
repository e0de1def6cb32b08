/**
 * The secret scanner over added lines. Per run of added lines: one keyword
 * pass, then each armed rule's pattern only inside the windows around its
 * keyword hits, then the rule's own checks and the global placeholder
 * filter. Work is linear in the text: no pattern ever runs over a whole run
 * just because its keyword occurs somewhere in it.
 */

import type { AddedRun, SecretFinding, SecretRule, SecretScanResult } from '../types.js'
import { compileRules, type CompiledRule, type CompiledRuleSet } from './compile-rules.js'
import { shannonEntropy } from './entropy.js'
import { secretFingerprint, secretPreview } from './finding.js'
import { KeywordHits } from './keyword-index.js'
import { createPlaceholderFilter, type PlaceholderFilter } from './placeholders.js'
import { addSpan, lineIndexAt, lineStartsOf, spanAround, type Span } from './windows.js'

export interface ScannerOptions {
  /** The catalogue's documented example values (EXAMPLE_SECRETS): never reported. */
  exampleSecrets?: Iterable<string>
}

export interface SecretScanner {
  scan(runs: readonly AddedRun[]): SecretScanResult
}

/** A match that passed every check, located in its run's joined text. */
interface Candidate {
  ruleIndex: number
  generic: boolean
  secret: string
  secretStart: number
  matchStart: number
  matchEnd: number
}

/** Compiles `rules` once; the returned scanner can be reused for any number of scans. */
export function createScanner(
  rules: readonly SecretRule[],
  options: ScannerOptions = {}
): SecretScanner {
  const ruleSet = compileRules(rules)
  const placeholders = createPlaceholderFilter(options.exampleSecrets)
  const hits = new KeywordHits()
  return {
    scan(runs) {
      const findings: SecretFinding[] = []
      const values = new Set<string>()
      let bytesScanned = 0
      for (const run of runs) {
        const text = run.lines.join('\n')
        bytesScanned += Buffer.byteLength(text)
        const candidates = scanText(text, run.lines, ruleSet, placeholders, hits)
        if (candidates.length === 0) continue
        const starts = lineStartsOf(run.lines)
        for (const candidate of candidates) {
          findings.push(toFinding(run, starts, ruleSet.rules[candidate.ruleIndex]!.rule, candidate))
          values.add(candidate.secret)
        }
      }
      return { findings, values: [...values], bytesScanned }
    }
  }
}

function scanText(
  text: string,
  lines: readonly string[],
  ruleSet: CompiledRuleSet,
  placeholders: PlaceholderFilter,
  hits: KeywordHits
): Candidate[] {
  ruleSet.keywords.scan(text, hits)
  if (hits.count === 0) return []
  const starts = lineStartsOf(lines)
  const spansOfRule = armedSpans(text, ruleSet, hits, starts)
  const candidates: Candidate[] = []
  for (const [ruleIndex, spans] of spansOfRule) {
    const rule = ruleSet.rules[ruleIndex]!
    for (const span of spans) matchInSpan(text, span, rule, ruleIndex, placeholders, candidates)
  }
  return preferSpecific(dedupe(candidates)).sort(
    (a, b) => a.secretStart - b.secretStart || a.ruleIndex - b.ruleIndex
  )
}

/** For each rule armed by a keyword hit, its merged spans, in order of first hit. */
function armedSpans(
  text: string,
  ruleSet: CompiledRuleSet,
  hits: KeywordHits,
  starts: Int32Array
): Map<number, Span[]> {
  const spansOfRule = new Map<number, Span[]>()
  for (let h = 0; h < hits.count; h++) {
    const keyword = hits.keyword[h]!
    const hitStart = hits.start[h]!
    const hitEnd = hitStart + ruleSet.keywords.keywords[keyword]!.length
    for (const ruleIndex of ruleSet.rulesOfKeyword[keyword]!) {
      const { window } = ruleSet.rules[ruleIndex]!
      let spans = spansOfRule.get(ruleIndex)
      if (!spans) spansOfRule.set(ruleIndex, (spans = []))
      addSpan(spans, spanAround(hitStart, hitEnd, window, starts, text.length))
    }
  }
  return spansOfRule
}

function matchInSpan(
  text: string,
  span: Span,
  compiled: CompiledRule,
  ruleIndex: number,
  placeholders: PlaceholderFilter,
  out: Candidate[]
): void {
  const slice = text.slice(span.start, span.end)
  const { regex } = compiled
  regex.lastIndex = 0
  for (let match = regex.exec(slice); match !== null; match = regex.exec(slice)) {
    const matchEnd = match.index + match[0].length
    if (match[0].length === 0) {
      regex.lastIndex++
      continue
    }
    // A match touching a mid-line cut may be the tail or head of something longer.
    if (span.cutStart && match.index === 0) continue
    if (span.cutEnd && matchEnd === slice.length) continue
    const located = secretOf(match, compiled)
    if (!located || !accepts(compiled.rule, located.secret, match, placeholders)) continue
    out.push({
      ruleIndex,
      generic: compiled.generic,
      secret: located.secret,
      secretStart: span.start + located.offset,
      matchStart: span.start + match.index,
      matchEnd: span.start + matchEnd
    })
  }
}

function secretOf(
  match: RegExpExecArray,
  compiled: CompiledRule
): { secret: string; offset: number } | undefined {
  if (!compiled.hasSecretGroup) {
    return match[0] === '' ? undefined : { secret: match[0], offset: match.index }
  }
  const secret = match.groups?.['secret']
  const range = match.indices?.groups?.['secret']
  if (!secret || !range) return undefined
  return { secret, offset: range[0] }
}

function accepts(
  rule: SecretRule,
  secret: string,
  match: RegExpExecArray,
  placeholders: PlaceholderFilter
): boolean {
  if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) return false
  if (rule.validate && !validates(rule, secret, match)) return false
  return !placeholders.isPlaceholder(secret)
}

/** A validator that throws on hostile input keeps the candidate: missing a secret is worse. */
function validates(rule: SecretRule, secret: string, match: RegExpExecArray): boolean {
  try {
    return rule.validate!(secret, match)
  } catch {
    return true
  }
}

function dedupe(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>()
  return candidates.filter(candidate => {
    const key = `${candidate.ruleIndex}:${candidate.secretStart}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Drops a generic match whose text overlaps the secret a specific rule found. */
function preferSpecific(candidates: Candidate[]): Candidate[] {
  const specific = candidates
    .filter(candidate => !candidate.generic)
    .map(candidate => [candidate.secretStart, candidate.secretStart + candidate.secret.length])
    .sort((a, b) => a[0]! - b[0]!)
  if (specific.length === 0) return candidates
  // Running maximum of ends, so "some specific secret starting before x ends after y" is one lookup.
  const maxEnd: number[] = []
  specific.forEach(([, end], i) => maxEnd.push(Math.max(end!, maxEnd[i - 1] ?? 0)))
  return candidates.filter(candidate => {
    if (!candidate.generic) return true
    const before = countStartingBefore(specific, candidate.matchEnd)
    return before === 0 || maxEnd[before - 1]! <= candidate.matchStart
  })
}

function countStartingBefore(sortedRanges: number[][], offset: number): number {
  let low = 0
  let high = sortedRanges.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (sortedRanges[mid]![0]! < offset) low = mid + 1
    else high = mid
  }
  return low
}

function toFinding(
  run: AddedRun,
  starts: Int32Array,
  rule: SecretRule,
  candidate: Candidate
): SecretFinding {
  const lineIndex = lineIndexAt(starts, candidate.secretStart)
  return {
    ruleId: rule.id,
    title: rule.title,
    category: rule.category,
    path: run.path,
    line: run.startLine + lineIndex,
    column: candidate.secretStart - starts[lineIndex]! + 1,
    fingerprint: secretFingerprint(rule.id, candidate.secret),
    preview: secretPreview(candidate.secret)
  }
}
