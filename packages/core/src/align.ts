import { decodeNamedCharacterReference } from 'decode-named-character-reference'

/**
 * Maps a decoded string (a parser's value) back onto the source characters it came from, for
 * sources whose escapes are not Markdown's: HTML character references, JSON and YAML escapes,
 * YAML line folding and indentation. Every decoded character gets the source range it stands for.
 */

/** What one escape at a source position decodes to, and how many source characters it spans. */
export interface Decoded {
  text: string
  length: number
}

/** Reads an escape starting at `at`, or returns undefined when none starts there. */
export type EscapeDecoder = (source: string, at: number, to: number) => Decoded | undefined

/** Receives each decoded character with its source range (end exclusive). */
export type CharSink = (char: string, start: number, end: number) => void

const SKIPPABLE_WHITESPACE = new Set([' ', '\t', '\r', '\n'])

export function alignDecoded(value: string, source: string, from: number, to: number, decode: EscapeDecoder | undefined, sink: CharSink): void {
  let j = from
  for (let i = 0; i < value.length; ) {
    const char = value[i]!
    if (j >= to) {
      // Unalignable (should not happen): keep the character, pinned to the end.
      sink(char, to, to)
      i++
      continue
    }
    const escape = decode?.(source, j, to)
    if (escape) {
      if (escape.text === '') {
        j += escape.length
        continue
      }
      if (value.startsWith(escape.text, i)) {
        for (let k = 0; k < escape.text.length; k++) sink(escape.text[k]!, j, j + escape.length)
        i += escape.text.length
        j += escape.length
        continue
      }
    }
    const at = source[j]!
    if (at === char || (char === '\uFFFD' && at === '\0' && !nulDropped(value, i, source, j, to))) {
      sink(char, j, j + 1)
      i++
      j++
      continue
    }
    // A folded line break (YAML) or a normalised one (HTML reads CRLF as LF).
    if ((char === ' ' || char === '\n') && (at === '\r' || at === '\n')) {
      sink(char, j, j + 1)
      i++
      j++
      continue
    }
    // Indentation and the rest of a line break the value does not hold; NUL, which HTML drops.
    if (SKIPPABLE_WHITESPACE.has(at) || at === '\0') {
      j++
      continue
    }
    // Something the parser dropped: go on from the next place the character appears, nearby.
    let found = -1
    for (let k = j + 1; k < Math.min(to, j + 64); k++) {
      if (source[k] === char) {
        found = k
        break
      }
    }
    if (found !== -1) {
      j = found
      continue
    }
    sink(char, j, Math.min(j + 1, to))
    i++
  }
}

/** HTML character references: named (with or without `;` for the legacy names), decimal, hexadecimal. */
export const decodeHtmlReference: EscapeDecoder = (source, at, to) => {
  if (source[at] !== '&') return undefined
  const match = /^&(?:#([0-9]{1,8});?|#[xX]([0-9a-fA-F]{1,7});?|([A-Za-z][A-Za-z0-9]{0,31});?)/.exec(source.slice(at, Math.min(to, at + 40)))
  if (!match) return undefined
  if (match[1] !== undefined || match[2] !== undefined) {
    const code = match[1] !== undefined ? Number.parseInt(match[1], 10) : Number.parseInt(match[2]!, 16)
    const text = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(WINDOWS_1252[code] ?? code)
    return { text, length: match[0].length }
  }
  const name = match[3]!
  if (match[0].endsWith(';')) {
    const decoded = decodeNamedCharacterReference(name)
    if (decoded !== false) return { text: decoded, length: match[0].length }
  }
  // Legacy references without a semicolon (`&copy 2024`, `&ampx`): the longest known prefix.
  for (let length = name.length; length >= 2; length--) {
    const decoded = decodeNamedCharacterReference(name.slice(0, length))
    if (decoded !== false && LEGACY_NAMES.has(name.slice(0, length))) return { text: decoded, length: length + 1 }
  }
  return undefined
}

/** HTML decodes numeric references to C1 controls as windows-1252 (HTML 13.2.5.80). */
const WINDOWS_1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6,
  0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
  0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
}

// The references HTML decodes without a semicolon (the spec's legacy list).
const LEGACY_NAMES = new Set(
  'AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH Eacute Ecirc Egrave Euml GT Iacute Icirc Igrave Iuml LT Ntilde Oacute Ocirc Ograve Oslash Otilde Ouml QUOT REG THORN Uacute Ucirc Ugrave Uuml Yacute aacute acirc acute aelig agrave amp aring atilde auml brvbar ccedil cedil cent copy curren deg divide eacute ecirc egrave eth euml frac12 frac14 frac34 gt iacute icirc iexcl igrave iquest iuml laquo lt macr micro middot nbsp not ntilde oacute ocirc ograve ordf ordm oslash otilde ouml para plusmn pound quot raquo reg sect shy sup1 sup2 sup3 szlig thorn times uacute ucirc ugrave uml uuml yacute yen yuml'.split(' '),
)

const JSON_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }

/** JSON string escapes; `\uD83D\uDE00` decodes one UTF-16 unit per escape, as the value holds them. */
export const decodeJsonEscape: EscapeDecoder = (source, at) => {
  if (source[at] !== '\\') return undefined
  const next = source[at + 1]
  if (next === undefined) return undefined
  if (next in JSON_ESCAPES) return { text: JSON_ESCAPES[next]!, length: 2 }
  if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(at + 2, at + 6))) {
    return { text: String.fromCharCode(Number.parseInt(source.slice(at + 2, at + 6), 16)), length: 6 }
  }
  return undefined
}

const YAML_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ',
  '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
}

/** YAML double-quoted escapes (YAML 1.2, 5.7), and the escaped line break that joins two lines. */
export const decodeYamlDoubleQuoted: EscapeDecoder = (source, at) => {
  if (source[at] !== '\\') return undefined
  const next = source[at + 1]
  if (next === undefined) return undefined
  if (next === '\n') return { text: '', length: 2 }
  if (next === '\r') return { text: '', length: source[at + 2] === '\n' ? 3 : 2 }
  if (next in YAML_ESCAPES) return { text: YAML_ESCAPES[next]!, length: 2 }
  const digits = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0
  const hex = source.slice(at + 2, at + 2 + digits)
  if (digits > 0 && hex.length === digits && /^[0-9a-fA-F]+$/.test(hex)) {
    const code = Number.parseInt(hex, 16)
    if (code <= 0x10ffff) return { text: String.fromCodePoint(code), length: 2 + digits }
  }
  return undefined
}

/** YAML single-quoted scalars escape a quote by doubling it. */
export const decodeYamlSingleQuoted: EscapeDecoder = (source, at) =>
  source[at] === "'" && source[at + 1] === "'" ? { text: "'", length: 2 } : undefined

/**
 * Whether the NUL at `source[j]` was dropped rather than read as U+FFFD. HTML drops a NUL in text
 * but replaces it in attribute values, so a value's U+FFFD may be a replaced NUL or a U+FFFD
 * written out ("\0\uFFFD" reads "\uFFFD" in text, "\uFFFD\uFFFD" in an attribute): when the
 * value holds only as many U+FFFD here as the source writes out, the NULs around them were dropped.
 */
function nulDropped(value: string, i: number, source: string, j: number, to: number): boolean {
  let replaced = 0
  while (value[i + replaced] === '\uFFFD') replaced++
  let written = 0
  for (let k = j; k < to && (source[k] === '\0' || source[k] === '\uFFFD'); k++) if (source[k] === '\uFFFD') written++
  return written > 0 && replaced === written
}
