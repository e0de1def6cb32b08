/**
 * Letters of other scripts that look like ASCII letters, mapped to the
 * letter they imitate. A path such as `.еnv` (Cyrillic `е`, U+0435) reads as
 * `.env` to a reviewer and to many tools, but no pattern written in ASCII
 * matches it; restrictive rules therefore also match the path with these
 * letters read as the ASCII ones (see skeleton.ts).
 *
 * This is a short hand-written list of the look-alikes commonly used in
 * spoofing, written from the Unicode character names, not a copy of the
 * Unicode confusables data: it covers Cyrillic, Greek, Armenian and Cherokee
 * letters whose usual glyph is the ASCII letter's, Latin small capitals and
 * dotless letters. Fullwidth and mathematical letters need no entry here:
 * NFKC folds them before this table is read. Case is kept (capital to
 * capital, small to small) so `case_sensitive: true` still means what it says.
 */
const PAIRS: readonly (readonly [ascii: string, lookAlikes: string])[] = [
  // Cyrillic small letters: a, ve (looks like a small capital B), ie, ka, em, en, o, er, es, te, u, ha.
  ['a', '\u0430'],
  ['e', '\u0435\u0451'], // ie, io (ё read as e: the dots are easy to miss)
  ['o', '\u043e'],
  ['p', '\u0440'],
  ['c', '\u0441'],
  ['y', '\u0443'],
  ['x', '\u0445'],
  // Cyrillic: byelorussian-ukrainian i, je, dze, komi de, qa, we, shha, palochka (small).
  ['i', '\u0456\u04cf'],
  ['j', '\u0458'],
  ['s', '\u0455'],
  ['d', '\u0501'],
  ['q', '\u051b'],
  ['w', '\u051d'],
  ['h', '\u04bb'],
  // Cyrillic capitals.
  ['A', '\u0410'],
  ['B', '\u0412'],
  ['C', '\u0421'],
  ['E', '\u0415\u0401'],
  ['H', '\u041d'],
  ['I', '\u0406\u04c0'],
  ['J', '\u0408'],
  ['K', '\u041a'],
  ['M', '\u041c'],
  ['O', '\u041e'],
  ['P', '\u0420'],
  ['S', '\u0405'],
  ['T', '\u0422'],
  ['X', '\u0425'],
  ['Y', '\u04ae'],
  ['Q', '\u051a'],
  ['W', '\u051c'],
  // Cyrillic small letters that look like small capitals: ve, ka, em, en, te.
  ['b', '\u0432'],
  ['k', '\u043a'],
  ['m', '\u043c'],
  ['n', '\u043d'],
  ['t', '\u0442'],
  // Greek small letters: alpha, omicron, rho, nu, tau, iota, kappa, upsilon, epsilon, gamma.
  ['a', '\u03b1'],
  ['o', '\u03bf'],
  ['p', '\u03c1'],
  ['v', '\u03bd'],
  ['t', '\u03c4'],
  ['i', '\u03b9'],
  ['k', '\u03ba'],
  ['u', '\u03c5'],
  ['e', '\u03b5'],
  ['y', '\u03b3'],
  // Greek capitals.
  ['A', '\u0391'],
  ['B', '\u0392'],
  ['E', '\u0395'],
  ['Z', '\u0396'],
  ['H', '\u0397'],
  ['I', '\u0399'],
  ['K', '\u039a'],
  ['M', '\u039c'],
  ['N', '\u039d'],
  ['O', '\u039f'],
  ['P', '\u03a1'],
  ['T', '\u03a4'],
  ['Y', '\u03a5'],
  ['X', '\u03a7'],
  // Armenian small letters: ho, oh, seh, vo, za.
  ['h', '\u0570'],
  ['o', '\u0585'],
  ['u', '\u057d'],
  ['n', '\u0578'],
  ['q', '\u0566'],
  // Cherokee letters whose glyphs are Latin capitals.
  ['A', '\u13aa'],
  ['B', '\u13f4'],
  ['C', '\u13df'],
  ['E', '\u13ac'],
  ['H', '\u13bb'],
  ['J', '\u13ab'],
  ['K', '\u13e6'],
  ['M', '\u13b7'],
  ['P', '\u13e2'],
  ['S', '\u13da'],
  ['T', '\u13a2'],
  ['W', '\u13b3'],
  ['Z', '\u13c3'],
  // Latin: dotless i and j, small capitals, and letters with a hook or stroke that read as plain.
  ['i', '\u0131\u026a'], // dotless i, small capital I
  ['j', '\u0237'], // dotless j
  ['a', '\u1d00\u0251'], // small capital A, alpha (Latin)
  ['b', '\u0299'],
  ['c', '\u1d04'],
  ['d', '\u1d05'],
  ['e', '\u1d07'],
  ['g', '\u0261\u0262'], // script g, small capital G
  ['h', '\u029c'],
  ['k', '\u1d0b'],
  ['l', '\u029f'],
  ['m', '\u1d0d'],
  ['n', '\u0274'],
  ['o', '\u1d0f'],
  ['p', '\u1d18'],
  ['r', '\u0280'],
  ['t', '\u1d1b'],
  ['u', '\u1d1c'],
  ['v', '\u1d20'],
  ['w', '\u1d21'],
  ['y', '\u028f'],
  ['z', '\u1d22']
]

/** Look-alike character to the ASCII letter it imitates. */
export const CONFUSABLES: ReadonlyMap<string, string> = new Map(
  PAIRS.flatMap(([ascii, lookAlikes]) => [...lookAlikes].map(char => [char, ascii] as const))
)
