/** Shannon entropy in bits per character: how unpredictable a candidate looks. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0
  const counts = new Map<string, number>()
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  let bits = 0
  for (const count of counts.values()) {
    const p = count / value.length
    bits -= p * Math.log2(p)
  }
  return bits
}

/** How many of lower case, upper case, digits and other characters occur: random keys mix them. */
export function characterClasses(value: string): number {
  let classes = 0
  if (/[a-z]/.test(value)) classes++
  if (/[A-Z]/.test(value)) classes++
  if (/[0-9]/.test(value)) classes++
  if (/[^A-Za-z0-9]/.test(value)) classes++
  return classes
}

/** True for strings made of lower-case hex only, the shape of commit ids and digests. */
export function isLowerHex(value: string): boolean {
  return /^[0-9a-f]+$/.test(value)
}

/**
 * Random keys mix upper case, lower case and digits. A random 16-40 character
 * key can still miss digits by chance, so two classes pass when the string is
 * near the entropy a random string of its length would have.
 */
export function looksRandom(value: string): boolean {
  const classes = characterClasses(value)
  if (classes >= 3) return true
  return classes === 2 && shannonEntropy(value) >= Math.min(4, Math.log2(value.length) - 0.6)
}
