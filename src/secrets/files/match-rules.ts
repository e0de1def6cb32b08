/**
 * Matching one path (and what the diff shows of its content) against the
 * built-in secret-file rules. Compiled once, with the policy's own pattern
 * dialect, so the list reads and behaves like a policy list.
 */
import { compilePattern } from '../../policy/patterns.js'
import { otherSkeleton, type SkeletonReading } from '../../policy/skeleton.js'
import type { PathPattern, SourceRef } from '../../policy/types.js'
import type { ContentVerdict } from './content-checks.js'
import { SECRET_FILE_RULES, type SecretFileRule } from './rules.js'

/** What the diff shows of a file; `text` is undefined when it shows nothing (binary, omitted). */
export interface ContentEvidence {
  text: string | undefined
}

export interface RuleHit {
  rule: SecretFileRule
  /** The content sentence of the reason, when content took part. */
  contentNote?: string
  /** The pattern that matched, as written. */
  pattern: string
  /** Set when only the path's skeleton matched (look-alike letters, `.env `, ...): how it was read. */
  readAs?: SkeletonReading
}

interface CompiledRule {
  rule: SecretFileRule
  paths: PathPattern[]
  except: PathPattern[]
}

const SOURCE: SourceRef = { file: '(built-in secret files)' }

let compiled: CompiledRule[] | undefined

function compiledRules(): CompiledRule[] {
  compiled ??= SECRET_FILE_RULES.map(rule => ({
    rule,
    paths: rule.paths.map(source => compilePattern(source, SOURCE)),
    except: (rule.except ?? []).map(source => compilePattern(source, SOURCE))
  }))
  return compiled
}

/**
 * The first rule whose paths match `path` and whose content check (if any)
 * counts the file. The list is restrictive, so a path also counts when its
 * skeleton (src/policy/skeleton.ts) matches: `.еnv` with a Cyrillic `е`, or
 * `.env.` that a Windows checkout writes as `.env`.
 */
export function matchSecretFileRule(path: string, evidence: ContentEvidence): RuleHit | undefined {
  const direct = matchAt(path, evidence)
  if (direct) return direct
  const reading = otherSkeleton(path)
  const hit = reading && matchAt(reading.skeleton, evidence)
  return hit ? { ...hit, readAs: reading } : undefined
}

function matchAt(path: string, evidence: ContentEvidence): RuleHit | undefined {
  for (const { rule, paths, except } of compiledRules()) {
    const pattern = paths.find(candidate => candidate.matches(path))
    if (!pattern) continue
    if (except.some(candidate => candidate.matches(path))) continue
    const hit = judgeContent(rule, evidence)
    if (hit) return { ...hit, pattern: pattern.source }
  }
  return undefined
}

type ContentHit = Omit<RuleHit, 'pattern' | 'readAs'>

function judgeContent(rule: SecretFileRule, evidence: ContentEvidence): ContentHit | undefined {
  if (!rule.content) return { rule }
  const verdict: ContentVerdict =
    evidence.text === undefined
      ? { kind: 'undecided', why: 'The diff does not show its content (binary or omitted).' }
      : rule.content(evidence.text)
  if (verdict.kind === 'secret') return { rule, contentNote: `The diff shows ${verdict.holds}.` }
  if (verdict.kind === 'clear' || rule.undecided !== 'match') return undefined
  return { rule, contentNote: `${verdict.why} Counted as secret-bearing (fail closed).` }
}
