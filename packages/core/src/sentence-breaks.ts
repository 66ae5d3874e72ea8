import type { Root as NlcstRoot, Paragraph, Sentence, Word, Punctuation } from 'nlcst'
import type { Language } from './types.js'

/**
 * Words the Latin parser under retext-english and retext-dutch reads as abbreviations when a full stop
 * follows them ("op. cit.", "et al.", "pro tem.", "id."), so it glues the next sentence on: "Neem
 * contact met ons op. Wij zijn de goedkoopste." became one sentence, and a rule that reads the start
 * of a sentence ("Als u vragen heeft, bel ons op.") judged the claim after it by that start. In copy
 * they are words: Dutch separable verbs end on "op" and "al" means already, "Upgrade to Pro.",
 * "your Apple ID.", "De toegang is vrij." (parse-dutch's own list has "vrij." for "vrijdag"). And some
 * abbreviations end a sentence as often as they sit inside one: "goten enz. Wij zijn de goedkoopste",
 * "from 9 a.m. Our team". Never one that a name follows ("o.a. Shell", "bijv. KLM").
 */
const WORDS_NOT_ABBREVIATIONS: Record<Language, Set<string>> = {
  nl: new Set(['op', 'al', 'pro', 'con', 'id', 'cent', 'stat', 'tem', 'vrij', 'etc', 'enz', 'e.d', 'vr']),
  en: new Set(['op', 'al', 'pro', 'con', 'id', 'cent', 'stat', 'tem', 'etc', 'a.m', 'p.m']),
}

/**
 * Gives such a word its full stop back as the end of its sentence, where the next sentence starts
 * with a capital (a lower-case word after it is the parser's abbreviation: "op. cit.").
 */
export function breakAfterWordsNotAbbreviations(root: NlcstRoot, text: string, language: Language): void {
  const words = WORDS_NOT_ABBREVIATIONS[language]
  for (const paragraph of root.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    const children: Paragraph['children'] = []
    for (const node of paragraph.children) {
      if (node.type === 'SentenceNode') children.push(...breakSentence(node, text, words))
      else children.push(node)
    }
    paragraph.children = children
  }
}

function breakSentence(sentence: Sentence, text: string, words: Set<string>): Paragraph['children'] {
  const out: Paragraph['children'] = []
  let current = sentence
  for (let i = 0; i < current.children.length; i++) {
    const word = current.children[i]!
    if (word.type !== 'WordNode' || !endsOnGluedStop(word, words)) continue
    let next = i + 1
    while (next < current.children.length && current.children[next]!.type === 'WhiteSpaceNode') next++
    const following = current.children[next]
    const startsSentence = !following || /^\p{Lu}/u.test(text.slice(following.position?.start.offset ?? 0))
    if (!startsSentence) continue
    const stop = word.children.pop() as Punctuation
    if (word.position && stop.position) word.position.end = { ...stop.position.start }
    if (!following) {
      current.children.push(stop)
      break
    }
    const rest = current.children.slice(next)
    const between = current.children.slice(i + 1, next)
    current.children = [...current.children.slice(0, i + 1), stop]
    const restStart = rest[0]!.position?.start
    const end = current.position?.end
    if (current.position && stop.position) current.position.end = { ...stop.position.end }
    out.push(current, ...(between as Paragraph['children']))
    current = { type: 'SentenceNode', children: rest, ...(restStart && end ? { position: { start: { ...restStart }, end: { ...end } } } : {}) }
    i = -1
  }
  out.push(current)
  return out
}

/** A word whose last piece is the full stop the parser glued to it, after one of the words. */
function endsOnGluedStop(word: Word, words: Set<string>): boolean {
  const last = word.children[word.children.length - 1]
  if (!last || last.type !== 'PunctuationNode' || last.value !== '.' || word.children.length < 2) return false
  const body = word.children.slice(0, -1).map((piece) => ('value' in piece ? piece.value : '')).join('')
  return words.has(body.toLowerCase())
}
