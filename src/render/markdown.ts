import type { AuditResult } from '../evaluation/result.js'
import { fitSections, type Section } from './fit.js'
import {
  advisoryBlocks,
  approvedBlocks,
  needsApprovalBlocks,
  violationBlocks
} from './markdown-findings.js'
import { secretsBlocks, suppressedSecretsBlocks } from './markdown-secrets.js'
import {
  advisoriesBlock,
  commitsBlock,
  evidenceBlock,
  filesBlock,
  footerBlock,
  headerBlock
} from './markdown-sections.js'

export interface MarkdownOptions {
  /** Size limit in UTF-8 bytes (GitHub rejects job summaries over 1 MiB). Default 1,000,000. */
  maxBytes?: number
  /**
   * Where the full audit record is, e.g. a link to the run's artifact. Written
   * by the caller (the action) and included as Markdown, without escaping.
   */
  artifactNote?: string
}

export const DEFAULT_MAX_BYTES = 1_000_000

/**
 * The report a reviewer reads on the pull request (job summary or comment):
 * the verdict, what blocks and what resolves it, then the evidence.
 *
 * When it would exceed `maxBytes`, rows are cut in the order of `trimRank`
 * (file list first, blocking findings last, evenly between violations and
 * approval findings; the secrets section after everything but those), each
 * cut shown with a notice, and emptied sections are left out; the verdict,
 * counts and footer always stay.
 */
export function renderMarkdown(result: AuditResult, options: MarkdownOptions = {}): string {
  const sections: Section[] = [
    { blocks: [headerBlock(result)] },
    { trimRank: 5, essential: true, blocks: violationBlocks(result) },
    { trimRank: 5, essential: true, blocks: needsApprovalBlocks(result) },
    { trimRank: 4, blocks: secretsBlocks(result) },
    { trimRank: 2, blocks: suppressedSecretsBlocks(result) },
    { trimRank: 2, blocks: approvedBlocks(result) },
    { trimRank: 2, blocks: advisoryBlocks(result) },
    { trimRank: 3, blocks: [commitsBlock(result)] },
    { trimRank: 3, blocks: [evidenceBlock(result)] },
    { trimRank: 4, blocks: [advisoriesBlock(result)] },
    { trimRank: 1, blocks: [filesBlock(result)] },
    { blocks: [footerBlock(result, options.artifactNote)] }
  ]
  const markdown = fitSections(sections, options.maxBytes ?? DEFAULT_MAX_BYTES)
  // Trimming the blank lines after the last section can only shrink the report.
  return markdown.replace(/\n+$/, '\n')
}
