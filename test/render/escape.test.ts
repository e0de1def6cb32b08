import { describe, expect, it } from '@jest/globals'
import {
  escapeMarkdown,
  escapeTerminal,
  markdownCode,
  protectWorkflowCommands,
  showInvisibles
} from '../../src/render/escape.js'

describe('showInvisibles', () => {
  it('spells out newlines, tabs, ANSI escapes and C1 controls', () => {
    expect(showInvisibles('a\nb\r\tc\u001b[31md\u009be\u007f')).toBe(
      'a\\nb\\r\\tc\\x1b[31md\\x9be\\x7f'
    )
  })

  it('spells out bidi overrides and zero-width characters that disguise names', () => {
    expect(showInvisibles('evil\u202egpj.exe\u200b\u2028')).toBe('evil\\u202egpj.exe\\u200b\\u2028')
  })

  it('leaves ordinary Unicode alone', () => {
    expect(showInvisibles('données/日本語 ✅.md')).toBe('données/日本語 ✅.md')
  })
})

describe('escapeMarkdown', () => {
  it('turns HTML into text', () => {
    expect(escapeMarkdown('<img src=x onerror="alert(1)">')).toBe(
      '&lt;img src=x onerror=&quot;alert&#40;1&#41;&quot;&gt;'
    )
  })

  it('cannot open an HTML comment that would hide the rest of the report', () => {
    expect(escapeMarkdown('<!-- x')).toBe('&lt;&#33;-- x')
  })

  it('breaks mentions and issue references with a zero-width space', () => {
    expect(escapeMarkdown('@octocat #12')).toBe('&#64;&#8203;octocat &#35;&#8203;12')
  })

  it('encodes Markdown syntax so it shows as typed', () => {
    expect(escapeMarkdown('*a* _b_ [c](d) `e` ~f~ $g$ :smile: a|b \\')).toBe(
      '&#42;a&#42; &#95;b&#95; &#91;c&#93;&#40;d&#41; &#96;e&#96; &#126;f&#126; &#36;g&#36; ' +
        '&#58;smile&#58; a&#124;b &#92;'
    )
  })

  it('keeps a name with a newline on one visible line', () => {
    expect(escapeMarkdown('a|b\nc.md')).toBe('a&#124;b&#92;nc.md')
  })

  it('encodes & first so entities in the input stay literal', () => {
    expect(escapeMarkdown('&lt;')).toBe('&amp;lt;')
  })
})

describe('markdownCode', () => {
  it('wraps the escaped text in <code> with visible spaces', () => {
    expect(markdownCode('my file`.md ')).toBe('<code>my&nbsp;file&#96;.md&nbsp;</code>')
  })
})

describe('escapeTerminal', () => {
  it('shows an ANSI colour sequence instead of sending it', () => {
    expect(escapeTerminal('fix \u001b[31mred\u001b[0m')).toBe('fix \\x1b[31mred\\x1b[0m')
  })

  it('keeps a workflow command in untrusted text from starting a line', () => {
    expect(escapeTerminal('::add-mask::x')).toBe('\\x3a:add-mask::x')
  })

  it('puts a multi-line message on one line, so its second line cannot be a command', () => {
    expect(escapeTerminal('fix\n::set-output name=a::b')).toBe('fix\\n::set-output name=a::b')
  })
})

describe('protectWorkflowCommands', () => {
  it('rewrites lines that start with :: after white space, on every line ending style', () => {
    expect(protectWorkflowCommands('ok\n  ::add-mask::x\r::error::y\r\n\t::warning::z')).toBe(
      'ok\n  \\x3a:add-mask::x\r\\x3a:error::y\r\n\t\\x3a:warning::z'
    )
  })

  it('rewrites the legacy ##[ prefix wherever it is in a line', () => {
    expect(protectWorkflowCommands('subject: ##[add-mask]secret')).toBe(
      'subject: #\\x23[add-mask]secret'
    )
  })

  it('leaves :: in the middle of a line alone', () => {
    expect(protectWorkflowCommands('  Foo::bar() renamed')).toBe('  Foo::bar() renamed')
  })

  it('is idempotent', () => {
    const once = protectWorkflowCommands('::add-mask::x\n##[group]y')
    expect(protectWorkflowCommands(once)).toBe(once)
  })
})
