import type { Block, PhraseMatch, RuleContext, Sentence, Token } from '@echt/core'
import { defineRule, tryLines, matchList, hasCitation, hasYear, readNumber } from '../../define.js'

/**
 * "9 out of 10 customers", "50% faster", "10,000+ users": a number reads as measured, so the reader
 * (and the CAP Code, 3.7) expects the measurement to exist and to be findable. The rule reads
 * numbers from the tokens and recognises only the shapes of statistics (a share of a population, a
 * quantified comparison or effect, a count of customers), so prices, dates, versions, steps and
 * model names ("Fairphone 5") are never candidates. A link or footnote in the sentence or its
 * paragraph, or a source with a year, answers it.
 */
export default defineRule({
  meta: {
    id: 'claims/unsourced-statistic',
    type: 'claim',
    docs: {
      description: 'Statistics without a source (9 out of 10 customers, 50% faster, 10,000+ users / 9 op de 10 klanten, 50% sneller)',
      recommended: true,
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    defaultSeverity: 'warn',
    silencedByApprovedClaims: true,
  },
  create(context) {
    // Whether a paragraph names a dated source is asked once per paragraph, not once per statistic
    // in it: a claim-dense paragraph would otherwise rescan all its sentences for each one.
    const sourcedBlocks = new WeakMap<Block, boolean>()
    return {
      sentence(sentence) {
        const statistics = findStatistics(context, sentence)
        if (statistics.length === 0 || isSourced(context, sentence, sourcedBlocks)) return
        for (const statistic of statistics) {
          const range = { start: sentence.tokens[statistic.from]!.start, end: sentence.tokens[statistic.to - 1]!.end }
          context.report({
            messageId: statistic.kind,
            range,
            expected: tryLines(context, statistic.kind, range),
            // A count of customers is social proof: the inventory lists it with the trust claims.
            ...(statistic.counts ? { extra: { family: 'trust' } } : {}),
          })
        }
      },
    }
  },
})

interface Statistic {
  kind: 'statistic' | 'comparison'
  /** A count of a population ("10,000+ users"), not a share or a comparison. */
  counts?: boolean
  /** Token indices, end exclusive. */
  from: number
  to: number
}

/** Matches of a list keyed by the index of their first token. */
function startingAt(context: RuleContext<any>, sentence: Sentence, list: string): Map<number, PhraseMatch> {
  return new Map(matchList(context, sentence, list).map((m) => [m.tokens[0]!.index, m]))
}

const after = (match: PhraseMatch) => match.tokens[match.tokens.length - 1]!.index + 1

function findStatistics(context: RuleContext<any>, sentence: Sentence): Statistic[] {
  const tokens = sentence.tokens
  if (!tokens.some((t) => /\d/.test(t.normal)) && matchList(context, sentence, 'numbers').length === 0 && matchList(context, sentence, 'times').length === 0) {
    return []
  }
  const lists = Object.fromEntries(
    ['population', 'one', 'copula', 'adjectives', 'comparatives', 'satisfaction', 'percent', 'of', 'ratio', 'numbers', 'times', 'as', 'scale', 'currency', 'change', 'by'].map(
      (name) => [name, startingAt(context, sentence, name)],
    ),
  ) as Record<string, Map<number, PhraseMatch>>
  const beforeByEnd = new Map(matchList(context, sentence, 'before').map((m) => [after(m), m]))
  const endorsedByEnd = new Map(matchList(context, sentence, 'endorsed').map((m) => [after(m), m]))
  const changeAt = [...lists.change!.keys()]

  /** A population after optional adjectives ("10,000 happy customers"); the index after it. */
  const population = (at: number): number | undefined => {
    let k = at
    while (lists.adjectives!.has(k)) k = after(lists.adjectives!.get(k)!)
    const match = lists.population!.get(k)
    return match ? after(match) : undefined
  }

  const found: Statistic[] = []
  for (let i = 0; i < tokens.length; i++) {
    const previous: Token | undefined = tokens[i - 1]
    if (previous && lists.currency!.has(previous.index)) continue
    const multipleWord = lists.times!.get(i)?.entry.kind === 'word' ? lists.times!.get(i) : undefined
    const digits = multipleWord ? undefined : readNumber(tokens, i)
    const word = digits || multipleWord ? undefined : lists.numbers!.get(i)
    const one = digits || multipleWord || word ? undefined : lists.one!.get(i)
    if (!digits && !word && !multipleWord && !one) continue
    const numberEnd = digits ? digits.to : after((word ?? multipleWord ?? one)!)
    if (lists.currency!.has(numberEnd)) continue
    const lead = beforeByEnd.get(i)
    const from = lead ? lead.tokens[0]!.index : i
    const push = (kind: Statistic['kind'], to: number, counts = false) => {
      found.push({ kind, from, to, ...(counts ? { counts } : {}) })
      i = to - 1
    }

    // Multiples: "2x faster", "3 times more", "twice as fast", "twee keer zo snel".
    let multipleEnd: number | undefined
    if (one) multipleEnd = undefined
    else if (digits?.multiplier || multipleWord) multipleEnd = numberEnd
    else if (lists.times!.get(numberEnd)?.entry.kind !== 'word' && lists.times!.has(numberEnd)) multipleEnd = after(lists.times!.get(numberEnd)!)
    if (multipleEnd !== undefined) {
      const comparative = lists.comparatives!.get(multipleEnd)
      if (comparative) {
        push('comparison', after(comparative))
        continue
      }
      const as = lists.as!.get(multipleEnd)
      if (as && tokens[after(as)]?.kind === 'word') {
        push('comparison', after(as) + 1)
        continue
      }
      continue
    }

    // Shares: "50% faster", "73% of customers", "98% satisfied", "cuts energy use by 30%".
    const percent = lists.percent!.get(numberEnd)
    if (percent) {
      const end = after(percent)
      const comparative = lists.comparatives!.get(end)
      if (comparative) {
        push('comparison', after(comparative))
        continue
      }
      const copula = lists.copula!.get(end)
      const satisfaction = lists.satisfaction!.get(end) ?? (copula ? lists.satisfaction!.get(after(copula)) : undefined)
      if (satisfaction) {
        push('statistic', after(satisfaction))
        continue
      }
      const of = lists.of!.get(end)
      const ofPopulation = of ? population(after(of)) : undefined
      if (ofPopulation !== undefined) {
        push('statistic', ofPopulation)
        continue
      }
      const by = [...lists.by!.values()].find((m) => after(m) === from || after(m) === i)
      if (by && changeAt.some((at) => at < by.tokens[0]!.index)) {
        found.push({ kind: 'comparison', from: by.tokens[0]!.index, to: end })
        i = end - 1
      }
      continue
    }

    // Ratios: "9 out of 10 (customers)", "1 in 3 people", "9 op de 10 klanten", "9/10 customers".
    const ratio = lists.ratio!.get(numberEnd)
    if (ratio) {
      const second = readNumber(tokens, after(ratio))
      const secondEnd = second ? second.to : lists.numbers!.has(after(ratio)) ? after(lists.numbers!.get(after(ratio))!) : undefined
      if (secondEnd !== undefined) {
        const who = population(secondEnd)
        if (who !== undefined) push('statistic', who)
        else if (ratio.entry.kind === 'always') push('statistic', secondEnd)
        continue
      }
    }

    // Counts: "10,000+ users", "more than 10.000 klanten", "2 million customers", "50.000 tevreden klanten".
    if (digits) {
      let k = numberEnd
      const scale = lists.scale!.get(k)
      if (scale) k = after(scale)
      const plus = tokens[k]?.normal === '+' && !tokens[k]!.spaceBefore
      if (plus) k++
      const who = population(k)
      const endorsed = endorsedByEnd.has(lead ? lead.tokens[0]!.index : i)
      if (who !== undefined && (plus || scale || lead || endorsed || digits.value >= 1000)) push('statistic', who, true)
    }
  }
  // "9/10 customers": one token for the ratio.
  for (const token of tokens) {
    if (!/^\d+\/\d+$/.test(token.normal)) continue
    const [part, whole] = token.normal.split('/').map(Number) as [number, number]
    const who = part < whole ? population(token.index + 1) : undefined
    if (who !== undefined) found.push({ kind: 'statistic', from: token.index, to: who })
  }
  return found.sort((a, b) => a.from - b.from)
}

/** A link or footnote in the sentence or its paragraph, or a source with a year ("GfK survey, 2024"). */
function isSourced(context: RuleContext<any>, sentence: Sentence, sourcedBlocks: WeakMap<Block, boolean>): boolean {
  if (hasCitation(sentence)) return true
  const block = sentence.block
  if (block.links.length > 0 || block.footnotes.length > 0) return true
  let sourced = sourcedBlocks.get(block)
  if (sourced === undefined) {
    sourced = block.sentences.some((s) => hasYear(s) && matchList(context, s, 'sources').length > 0)
    sourcedBlocks.set(block, sourced)
  }
  return sourced
}
