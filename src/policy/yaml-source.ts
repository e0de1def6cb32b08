/**
 * Parsing the policy text into a YAML node tree that keeps positions, and
 * turning every YAML problem into a UserError at `file:line:column`.
 */
import { LineCounter, parseDocument, type Node } from 'yaml'
import { UserError } from '../errors.js'
import type { SourceRef } from './types.js'

export interface YamlSource {
  file: string
  lineCounter: LineCounter
  /** The document's root node; null for an empty document. */
  root: Node | null
}

export function parseYamlSource(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter()
  // Duplicate keys are reported by the validator, which can say where the first one is.
  const document = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false })
  const source: YamlSource = { file, lineCounter, root: null }
  const error = document.errors[0]
  if (error) {
    const where = whereAt(source, error.pos[0])
    throw new UserError(`invalid YAML: ${firstLine(error.message)}`, yamlFix(error.code), where)
  }
  return { ...source, root: document.contents ?? null }
}

/** `file:line:column` of a character offset. */
export function whereAt(
  source: Pick<YamlSource, 'file' | 'lineCounter'>,
  offset: number
): SourceRef {
  const { line, col } = source.lineCounter.linePos(offset)
  return { file: source.file, line, column: col }
}

/** Where a node starts. */
export function whereOf(source: Pick<YamlSource, 'file' | 'lineCounter'>, node: Node): SourceRef {
  return whereAt(source, node.range?.[0] ?? 0)
}

function firstLine(message: string): string {
  return (message.split('\n', 1)[0] ?? message).replace(/[.:]$/, '')
}

function yamlFix(code: string): string {
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'Indent with spaces, not tabs'
    case 'MULTIPLE_DOCS':
      return 'A policy is one YAML document: remove the "---" separator and merge the parts'
    default:
      return 'Check the indentation, the quoting and the brackets on that line'
  }
}
