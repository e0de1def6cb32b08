/**
 * The parts of docs/policy-reference.md that are data: the key table (from
 * the schema spec), the built-in areas (from named-areas.ts) and the default
 * policy. A test checks the doc holds exactly these renderings, so the doc
 * and the code cannot disagree. `updateReferenceDoc` rewrites them.
 */
import { DEFAULT_POLICY_YAML } from './default-policy.js'
import { BUILT_IN_AREA_DEFINITIONS, type AreaDefinition } from './named-areas.js'
import { POLICY_SPEC } from './schema.js'
import type { Spec } from './spec.js'

type Renderer = () => string

export const GENERATED_SECTIONS: Readonly<Record<string, Renderer>> = {
  keys: renderKeyTable,
  areas: renderBuiltInAreas,
  'default-policy': () => ['```yaml', DEFAULT_POLICY_YAML.trimEnd(), '```'].join('\n')
}

/** `text` with every generated section (between its BEGIN/END markers) rendered afresh. */
export function updateReferenceDoc(text: string): string {
  let updated = text
  for (const [name, render] of Object.entries(GENERATED_SECTIONS)) {
    const begin = `<!-- BEGIN GENERATED: ${name} -->`
    const end = `<!-- END GENERATED: ${name} -->`
    const start = updated.indexOf(begin)
    const stop = updated.indexOf(end)
    if (start === -1 || stop < start) throw new Error(`docs: markers for "${name}" are missing`)
    updated = `${updated.slice(0, start + begin.length)}\n${render()}\n${updated.slice(stop)}`
  }
  return updated
}

function renderKeyTable(): string {
  const rows = ['| Key | Type | Default | Meaning |', '|---|---|---|---|']
  const visit = (spec: Spec, path: string): void => {
    if (path)
      rows.push(
        `| \`${path}\` | ${typeOf(spec)} | ${defaultOf(spec)} | ${cell(spec.description)} |`
      )
    if (spec.kind === 'object') {
      for (const [key, field] of Object.entries(spec.fields)) {
        const required = spec.required.includes(key)
        visit(
          required ? { ...field, description: `**Required.** ${field.description}` } : field,
          path ? `${path}.${key}` : key
        )
      }
    } else if (spec.kind === 'map') {
      visit(spec.values, `${path}.<name>`)
    } else if (
      spec.kind === 'list' &&
      (spec.items.kind === 'object' || spec.items.kind === 'map')
    ) {
      visit({ ...spec.items, description: '' }, `${path}[]`)
    }
  }
  visit(POLICY_SPEC, '')
  return rows.filter(row => !row.endsWith('|  |')).join('\n')
}

function typeOf(spec: Spec): string {
  switch (spec.kind) {
    case 'string':
      if (spec.enum) return spec.enum.map(value => `\`${value}\``).join(' \\| ')
      return spec.format === 'date' ? 'date (YYYY-MM-DD)' : 'string'
    case 'integer':
      if (spec.enum) return spec.enum.map(String).join(' \\| ')
      return spec.minimum === undefined ? 'integer' : `integer ≥ ${spec.minimum}`
    case 'boolean':
      return 'boolean'
    case 'list':
      return spec.items.kind === 'object' ? 'list of mappings' : `list of ${typeOf(spec.items)}s`
    case 'object':
      return 'mapping'
    case 'map':
      return 'mapping of names'
  }
}

function defaultOf(spec: Spec): string {
  const value = 'default' in spec ? spec.default : undefined
  return value === undefined ? '' : `\`${String(value)}\``
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

function renderBuiltInAreas(): string {
  return BUILT_IN_AREA_DEFINITIONS.map(renderArea).join('\n\n')
}

function renderArea(area: AreaDefinition): string {
  const lines = [
    `### \`${area.name}\``,
    '',
    area.description,
    '',
    'Paths:',
    '',
    '```text',
    ...area.paths,
    '```'
  ]
  if (area.name === 'governance')
    lines.push('', 'Plus the policy file at the path it was read from.')
  if (area.except.length > 0) lines.push('', 'Except:', '', '```text', ...area.except, '```')
  return lines.join('\n')
}
