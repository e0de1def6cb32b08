/**
 * Generates a string a regular expression matches, for rules no hand-written
 * sample generator covers. Understands the subset the catalogue uses:
 * literals, escapes, classes, groups (lookarounds produce nothing),
 * alternation and quantifiers. Inside the `secret` group repeats take a
 * random length (a credential); outside it they take their minimum (the
 * shortest assignment around it), which reads like ordinary code.
 */

import type { Rng } from './rng.js'

const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')
const WORD = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'

type Node =
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'chars'; set: string }
  | { kind: 'group'; body: Node; secret: boolean; emits: boolean; name?: string }
  | { kind: 'backref'; name: string }
  | { kind: 'repeat'; body: Node; min: number; max: number }

export class UnsupportedPattern extends Error {}

class Parser {
  private at = 0
  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this.alternation()
    if (this.at < this.source.length) throw new UnsupportedPattern(`stray ) at ${this.at}`)
    return node
  }

  private peek(): string | undefined {
    return this.source[this.at]
  }

  private alternation(): Node {
    const options = [this.sequence()]
    while (this.peek() === '|') {
      this.at++
      options.push(this.sequence())
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options }
  }

  private sequence(): Node {
    const items: Node[] = []
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom()
      items.push(this.quantified(atom))
    }
    return { kind: 'seq', items }
  }

  private quantified(atom: Node): Node {
    const c = this.peek()
    let min: number
    let max: number
    if (c === '*') [min, max] = [0, 8]
    else if (c === '+') [min, max] = [1, 8]
    else if (c === '?') [min, max] = [0, 1]
    else if (c === '{' && /^\{\d+(,\d*)?\}/.test(this.source.slice(this.at))) {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.at))!
      min = Number(m[1])
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : min + 8
      this.at += m[0].length - 1
    } else return atom
    this.at++
    if (this.peek() === '?') this.at++ // lazy: same language
    return { kind: 'repeat', body: atom, min, max }
  }

  private atom(): Node {
    const c = this.source[this.at++]!
    if (c === '(') return this.group()
    if (c === '[') return this.charClass()
    if (c === '.') return { kind: 'chars', set: WORD }
    if (c === '^' || c === '$') return { kind: 'seq', items: [] }
    if (c === '\\') return this.escape(false)
    return { kind: 'chars', set: c }
  }

  private group(): Node {
    let secret = false
    let emits = true
    let name: string | undefined
    if (this.source.startsWith('?:', this.at)) this.at += 2
    else if (/^\?<?[=!]/.test(this.source.slice(this.at))) {
      emits = false
      this.at += this.source[this.at + 1] === '<' ? 3 : 2
    } else if (this.source.startsWith('?<', this.at)) {
      const end = this.source.indexOf('>', this.at)
      name = this.source.slice(this.at + 2, end)
      secret = name === 'secret'
      this.at = end + 1
    }
    const body = this.alternation()
    if (this.source[this.at++] !== ')') throw new UnsupportedPattern('unclosed group')
    return name === undefined
      ? { kind: 'group', body, secret, emits }
      : { kind: 'group', body, secret, emits, name }
  }

  private charClass(): Node {
    const negated = this.peek() === '^'
    if (negated) this.at++
    let set = ''
    let first = true
    while (this.peek() !== ']' || first) {
      first = false
      let piece: string
      if (this.peek() === '\\') {
        this.at++
        const escaped = this.escape(true)
        piece = escaped.kind === 'chars' ? escaped.set : ''
      } else piece = this.source[this.at++]!
      if (piece.length === 1 && this.peek() === '-' && this.source[this.at + 1] !== ']') {
        this.at++
        let to = this.source[this.at++]!
        if (to === '\\') to = (this.escape(true) as { set: string }).set
        for (let code = piece.charCodeAt(0) + 1; code <= to.charCodeAt(0); code++) {
          piece += String.fromCharCode(code)
        }
      }
      set += piece
      if (this.at >= this.source.length) throw new UnsupportedPattern('unclosed class')
    }
    this.at++
    if (negated) set = [...PRINTABLE].filter(ch => !set.includes(ch) && ch !== ' ').join('')
    return { kind: 'chars', set }
  }

  private escape(inClass: boolean): Node {
    const c = this.source[this.at++]!
    const sets: Record<string, string> = {
      d: '0123456789',
      w: WORD,
      s: ' ',
      n: '\n',
      r: '\r',
      t: '\t',
      D: 'abc',
      W: '-',
      S: WORD
    }
    if (c === 'b' && !inClass) return { kind: 'seq', items: [] }
    if (c === 'B') return { kind: 'seq', items: [] }
    if (c === 'x') {
      const code = parseInt(this.source.slice(this.at, this.at + 2), 16)
      this.at += 2
      return { kind: 'chars', set: String.fromCharCode(code) }
    }
    if (c === 'u') {
      const code = parseInt(this.source.slice(this.at, this.at + 4), 16)
      this.at += 4
      return { kind: 'chars', set: String.fromCharCode(code) }
    }
    if (c === 'k' && !inClass && this.peek() === '<') {
      const end = this.source.indexOf('>', this.at)
      const name = this.source.slice(this.at + 1, end)
      this.at = end + 1
      return { kind: 'backref', name }
    }
    if (/[1-9]/.test(c)) throw new UnsupportedPattern('numbered back-reference')
    return { kind: 'chars', set: sets[c] ?? c }
  }
}

export function parsePattern(source: string): Node {
  return new Parser(source).parse()
}

/** One string `node` matches (modulo lookarounds, which the caller checks by matching). */
export function sample(node: Node, rng: Rng, inSecret = false): string {
  return generate(node, rng, inSecret, new Map())
}

function generate(node: Node, rng: Rng, inSecret: boolean, named: Map<string, string>): string {
  switch (node.kind) {
    case 'seq':
      return node.items.map(item => generate(item, rng, inSecret, named)).join('')
    case 'alt':
      return generate(rng.pick(node.options), rng, inSecret, named)
    case 'chars':
      return rng.pick([...node.set])
    case 'backref':
      return named.get(node.name) ?? ''
    case 'group': {
      if (!node.emits) return ''
      const text = generate(node.body, rng, inSecret || node.secret, named)
      if (node.name !== undefined) named.set(node.name, text)
      return text
    }
    case 'repeat': {
      const count = inSecret ? rng.int(node.min, Math.min(node.max, node.min + 64)) : node.min
      let out = ''
      for (let i = 0; i < count; i++) out += generate(node.body, rng, inSecret, named)
      return out
    }
  }
}

/** Whether the pattern has a `secret` group (if not, the whole match is the secret). */
export function hasSecretGroup(source: string): boolean {
  return source.includes('(?<secret>')
}
