/**
 * Finds every occurrence of every rule keyword in one left-to-right pass
 * (an Aho-Corasick automaton compiled to a dense table). Rules are gated on
 * these hits, so the ~99% of text that holds no keyword costs one table
 * lookup per character and no regex at all.
 *
 * Matching is case-insensitive without building a lower-cased copy: ASCII
 * letters fold in the character-class table, so offsets stay those of the
 * original text (`toLowerCase` can change a string's length).
 */

/** Keyword occurrences of one text, in order of their end offset; reused between scans. */
export class KeywordHits {
  count = 0
  keyword = new Int32Array(256)
  start = new Int32Array(256)

  clear(): void {
    this.count = 0
  }

  push(keyword: number, start: number): void {
    if (this.count === this.keyword.length) this.grow()
    this.keyword[this.count] = keyword
    this.start[this.count] = start
    this.count++
  }

  private grow(): void {
    const keyword = new Int32Array(this.keyword.length * 2)
    const start = new Int32Array(this.start.length * 2)
    keyword.set(this.keyword)
    start.set(this.start)
    this.keyword = keyword
    this.start = start
  }
}

interface Trie {
  children: Map<number, number>[]
  /** Keyword id that ends at this node, or -1. */
  ends: number[]
}

export class KeywordIndex {
  /** Distinct lower-case keywords; a hit's `keyword` indexes this list. */
  readonly keywords: readonly string[]
  private readonly asciiClass = new Uint16Array(128)
  private readonly otherClass = new Map<number, number>()
  private readonly shift: number
  private readonly delta: Int32Array
  private readonly outStart: Int32Array
  private readonly outList: Int32Array

  constructor(keywords: Iterable<string>) {
    this.keywords = [...new Set([...keywords].map(k => k.toLowerCase()))].filter(k => k !== '')
    const classCount = this.assignClasses()
    this.shift = Math.max(1, Math.ceil(Math.log2(classCount)))
    const trie = this.buildTrie()
    const { delta, outputs } = this.buildAutomaton(trie)
    this.delta = delta
    const flat = flattenOutputs(outputs)
    this.outStart = flat.start
    this.outList = flat.list
  }

  /** Appends every keyword occurrence in `text` to `hits` (after clearing it). */
  scan(text: string, hits: KeywordHits): void {
    hits.clear()
    const { asciiClass, delta, shift, outStart, outList, keywords } = this
    const folding = this.otherClass.size > 0
    let state = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      const cls = c < 128 ? asciiClass[c]! : folding ? this.classOfOther(c) : 0
      state = delta[(state << shift) | cls]!
      const from = outStart[state]!
      const to = outStart[state + 1]!
      for (let o = from; o < to; o++) {
        const keyword = outList[o]!
        hits.push(keyword, i + 1 - keywords[keyword]!.length)
      }
    }
  }

  private classOfOther(c: number): number {
    const direct = this.otherClass.get(c)
    if (direct !== undefined) return direct
    return this.otherClass.get(String.fromCharCode(c).toLowerCase().charCodeAt(0)) ?? 0
  }

  /** Class 0 is every character no keyword uses; upper-case ASCII shares its lower-case class. */
  private assignClasses(): number {
    let next = 1
    for (const keyword of this.keywords) {
      for (let i = 0; i < keyword.length; i++) {
        const c = keyword.charCodeAt(i)
        if (c < 128) {
          if (this.asciiClass[c] === 0) this.asciiClass[c] = next++
        } else if (!this.otherClass.has(c)) {
          this.otherClass.set(c, next++)
        }
      }
    }
    for (let c = 65; c <= 90; c++) this.asciiClass[c] = this.asciiClass[c + 32]!
    return next
  }

  private classOf(c: number): number {
    return c < 128 ? this.asciiClass[c]! : (this.otherClass.get(c) ?? 0)
  }

  private buildTrie(): Trie {
    const trie: Trie = { children: [new Map()], ends: [-1] }
    this.keywords.forEach((keyword, id) => {
      let node = 0
      for (let i = 0; i < keyword.length; i++) {
        const cls = this.classOf(keyword.charCodeAt(i))
        let child = trie.children[node]!.get(cls)
        if (child === undefined) {
          child = trie.children.length
          trie.children.push(new Map())
          trie.ends.push(-1)
          trie.children[node]!.set(cls, child)
        }
        node = child
      }
      trie.ends[node] = id
    })
    return trie
  }

  /** Breadth-first: each state's missing transitions and outputs come from its failure state. */
  private buildAutomaton(trie: Trie): { delta: Int32Array; outputs: number[][] } {
    const width = 1 << this.shift
    const states = trie.children.length
    const delta = new Int32Array(states * width)
    const fail = new Int32Array(states)
    const outputs: number[][] = trie.ends.map(end => (end >= 0 ? [end] : []))
    const queue: number[] = []
    for (const [cls, child] of trie.children[0]!) {
      delta[cls] = child
      queue.push(child)
    }
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!
      outputs[node]!.push(...outputs[fail[node]!]!)
      for (let cls = 0; cls < width; cls++) {
        const child = trie.children[node]!.get(cls)
        const viaFail = delta[fail[node]! * width + cls]!
        if (child === undefined) {
          delta[node * width + cls] = viaFail
        } else {
          delta[node * width + cls] = child
          fail[child] = viaFail
          queue.push(child)
        }
      }
    }
    return { delta, outputs }
  }
}

function flattenOutputs(outputs: number[][]): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(outputs.length + 1)
  let total = 0
  outputs.forEach((out, state) => {
    start[state] = total
    total += out.length
  })
  start[outputs.length] = total
  const list = new Int32Array(total)
  outputs.forEach((out, state) => list.set(out, start[state]!))
  return { start, list }
}
