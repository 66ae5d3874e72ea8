import { describe, it, expect } from 'vitest'
import { lint, profileFromConfig, type Rule } from '@echt/core'
import { rules, buildClaimInventory, citedBasis, claimInventoryToCsv, claimInventoryToJson, type ClaimInventoryRow } from '@echt/rules'

const claimsLibrary = [
  { id: 'ecolabel-paint', text: 'eco-friendly paint', evidence: [{ source: 'EU Ecolabel licence NL/044/001', reviewBy: '2027-06-30' }] },
  { id: 'market-leader', text: 'market leader in repairable phones', evidence: [{ source: 'GfK 2024', reviewBy: '2025-12-31' }] },
]

function lintFile(filePath: string, source: string, ruleIds: string[]) {
  const profile = { ...profileFromConfig({ name: 'Fairphone' }, claimsLibrary), language: 'en' as const }
  const configured = ruleIds.map((id) => ({ rule: rules[id] as Rule<any>, severity: 1 as const, options: { ...rules[id]!.meta.defaultOptions } }))
  return { filePath, source, result: lint(source, { filePath, rules: configured, today: '2026-11-23', profile }) }
}

describe('claims inventory', () => {
  const ids = ['claims/superlative', 'green/generic']
  const files = [
    lintFile('pages/phone.md', '# Phone\n\nThe Fairphone 5 case comes in eco-friendly paint.\n\nFairphone is the market leader in repairable phones.\n', ids),
    lintFile('pages/about.md', 'Our eco-friendly packaging ships everywhere.\n\n<!-- echt-disable-next-line green/generic -- quoted from a ruling -->\nThey called it eco-friendly.\n', ids),
  ]
  const rows = buildClaimInventory(files, rules)

  it('lists banned, substantiated and stale claims with their sentence, sorted by file and line', () => {
    expect(rows).toEqual<ClaimInventoryRow[]>([
      {
        file: 'pages/about.md', line: 1, column: 5, rule: 'green/generic', family: 'green', actual: 'eco-friendly',
        // Blacklisted since 2026-09-27 (Directive (EU) 2024/825): an error, so banned.
        sentence: 'Our eco-friendly packaging ships everywhere.', status: 'banned',
      },
      {
        file: 'pages/phone.md', line: 3, column: 31, rule: 'green/generic', family: 'green', actual: 'eco-friendly',
        sentence: 'The Fairphone 5 case comes in eco-friendly paint.', status: 'substantiated', claimId: 'ecolabel-paint',
      },
      {
        file: 'pages/phone.md', line: 5, column: 18, rule: 'claims/superlative', family: 'claims', actual: 'market leader',
        sentence: 'Fairphone is the market leader in repairable phones.', status: 'stale', claimId: 'market-leader', staleSince: '2025-12-31',
      },
    ])
  })

  it('leaves out findings suppressed by directives and messages of non-claim rules', () => {
    expect(files[1]!.result.suppressed).toHaveLength(1)
    expect(rows.some((row) => row.sentence.startsWith('They called'))).toBe(false)
    const notClaims = { ...rules, 'green/generic': { ...rules['green/generic']!, meta: { ...rules['green/generic']!.meta, type: 'tone' as const } } }
    expect(buildClaimInventory(files, notClaims).map((r) => r.rule)).toEqual(['claims/superlative'])
  })

  it('lists a banned form as banned, and the family the claim finder names', () => {
    const banned = lintFile('pages/offer.md', 'Climate neutral coffee.\n\nLoved by 4,000 cafés across Europe.\n', ['green/offset', 'claims/needs-evidence'])
    banned.result.messages.forEach((m) => { if (m.ruleId === 'green/offset') m.severity = 2 })
    const found = buildClaimInventory([banned], rules).map((r) => [r.rule, r.family, r.status])
    expect(found).toEqual([
      ['green/offset', 'green', 'banned'],
      ['claims/needs-evidence', 'trust', 'unsubstantiated'],
    ])
  })

  it('lists a comparison about the body as a health claim: the finder lends its family to the rule that reports it', () => {
    const body = lintFile('pages/care.md', 'Faster relief from back pain.\n\nFaster delivery across Europe.\n', ['claims/dangling-comparison', 'claims/needs-evidence'])
    expect(buildClaimInventory([body], rules).map((r) => [r.rule, r.family, r.actual])).toEqual([
      ['claims/dangling-comparison', 'health', 'Faster'],
      ['claims/dangling-comparison', 'claims', 'Faster'],
    ])
  })

  it('lists a count of customers as social proof, and a share as a statistic', () => {
    const counted = lintFile('pages/proof.md', 'Over 12,000 happy customers.\n\n9 out of 10 customers are satisfied.\n', ['claims/unsourced-statistic'])
    expect(buildClaimInventory([counted], rules).map((r) => [r.actual, r.family])).toEqual([
      ['Over 12,000 happy customers', 'trust'],
      ['9 out of 10 customers', 'claims'],
    ])
  })

  it('lists an offer whose conditions stand with it as substantiated by them, and reports nothing', () => {
    const offer = lintFile('pages/shop.md', 'Free delivery on orders over €25.\n', ['pressure/free', 'claims/needs-evidence'])
    expect(offer.result.messages).toEqual([])
    expect(buildClaimInventory([offer], rules).map((r) => [r.rule, r.family, r.status, r.actual, r.basis])).toEqual([
      ['pressure/free', 'pressure', 'substantiated', 'Free delivery', 'an offer with its conditions stated on the page'],
    ])
  })

  it('leaves the terms of a booking out: changing it at no cost is no free offer', () => {
    const terms = lintFile('pages/lessons.md', 'You can cancel or reschedule free of charge up to a day before.\n', ['pressure/free', 'claims/needs-evidence'])
    expect(terms.result.messages).toEqual([])
    expect(buildClaimInventory([terms], rules)).toEqual([])
  })

  it('says which basis a claim\'s own sentence names, unless that is the claim itself', () => {
    const named = lintFile(
      'pages/capsules.md',
      'Our capsules are home compostable according to OK compost HOME (TÜV Austria).\n\nCertified by the Soil Association.\n\nOur capsules are compostable.\n',
      ['claims/needs-evidence'],
    )
    expect(buildClaimInventory([named], rules).map((r) => [r.actual, r.cites])).toEqual([
      ['compostable', 'according to OK compost HOME (TÜV Austria)'],
      ['Certified by', undefined],
      ['compostable', undefined],
    ])
    expect(citedBasis('Onze capsules zijn composteerbaar volgens OK compost HOME, en dat al jaren.', 'composteerbaar')).toBe('volgens OK compost HOME')
  })

  it('serialises to RFC 4180 CSV with a header, quoting and CRLF', () => {
    expect(claimInventoryToCsv(rows)).toBe(
      'file,line,column,rule,family,status,claimId,staleSince,actual,sentence,basis,cites\r\n' +
        'pages/about.md,1,5,green/generic,green,banned,,,eco-friendly,Our eco-friendly packaging ships everywhere.,,\r\n' +
        'pages/phone.md,3,31,green/generic,green,substantiated,ecolabel-paint,,eco-friendly,The Fairphone 5 case comes in eco-friendly paint.,,\r\n' +
        'pages/phone.md,5,18,claims/superlative,claims,stale,market-leader,2025-12-31,market leader,Fairphone is the market leader in repairable phones.,,\r\n',
    )
  })

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    const tricky: ClaimInventoryRow = {
      file: 'a, b.md', line: 1, column: 1, rule: 'pressure/free', family: 'pressure', actual: '=HYPERLINK("x")',
      sentence: 'Say "free"\nnow', status: 'unsubstantiated',
    }
    expect(claimInventoryToCsv([tricky]).split('\r\n')[1]).toBe(
      '"a, b.md",1,1,pressure/free,pressure,unsubstantiated,,,"\'=HYPERLINK(""x"")","Say ""free""\nnow",,',
    )
  })

  it('serialises to JSON with the columns in order and no empty claim fields', () => {
    const parsed = JSON.parse(claimInventoryToJson(rows))
    expect(parsed).toHaveLength(3)
    expect(Object.keys(parsed[0])).toEqual(['file', 'line', 'column', 'rule', 'family', 'status', 'actual', 'sentence'])
    expect(Object.keys(parsed[2])).toEqual(['file', 'line', 'column', 'rule', 'family', 'status', 'claimId', 'staleSince', 'actual', 'sentence'])
    expect(claimInventoryToJson([])).toBe('[]\n')
  })
})
