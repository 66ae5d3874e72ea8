import { summarise, type InventoryRow, type ReportFinding, type ReportInput, type ReportPage } from './model.js'
import { countOf, NOUNS, type Locale } from '../locale.js'

/** Every piece of copy, path, message and profile text goes through this before it meets HTML. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}


/**
 * One self-contained HTML file: inline CSS, inline SVG, no script, and a Content-Security-Policy
 * that forbids every fetch, so the report opens offline and cannot leak when a client forwards it.
 */
export function renderHtml(input: ReportInput, locale: Locale = 'en'): string {
  const t = TEXT[locale]
  const stats = summarise(input)
  const title = input.profile.name ? `${t.title}: ${input.profile.name}` : t.title
  const generated = input.generatedAt.slice(0, 16).replace('T', ' ')
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="echt">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="cover">
  <p class="kicker">${t.kicker}</p>
  <h1>${escapeHtml(title)}</h1>
  <p class="meta">${t.generated(escapeHtml(generated), escapeHtml(input.today))}${input.profile.configPath ? ` · ${t.profile} <code>${escapeHtml(input.profile.configPath)}</code>` : ` · ${t.noProfile}`}${input.crawl ? ` · ${t.crawled(`<code>${escapeHtml(input.crawl.start)}</code>`, escapeHtml(input.crawl.finishedAt.slice(0, 16).replace('T', ' ')), input.crawl.requests)}` : ''}</p>
  <nav aria-label="${t.contents}"><a href="#overview">${t.overview}</a><a href="#pages">${t.pagesNav}</a><a href="#claims">${t.inventory}</a><a href="#values">${t.valuesNav}</a></nav>
</header>
<main>
${overview(input, stats, t)}
${profileSection(input, t)}
${pagesSection(input.pages, t)}
${inventorySection(input.inventory, t)}
${valuesSection(input, t)}
</main>
<footer>${t.footer}</footer>
</body>
</html>
`
}

function overview(input: ReportInput, stats: ReturnType<typeof summarise>, t: ReportText): string {
  const total = stats.errors + stats.warnings
  const card = (key: string, label: string, value: number, tone = '') =>
    `<div class="card ${tone}"><span class="value" data-stat="${key}">${value}</span><span class="label">${escapeHtml(label)}</span></div>`
  const ruleRows = stats.byRule
    .map(
      ([ruleId, counts]) =>
        `<tr data-rule="${escapeHtml(ruleId)}"><td><code>${escapeHtml(ruleId)}</code></td><td class="num" data-errors>${counts.errors}</td><td class="num" data-warnings>${counts.warnings}</td><td class="num">${counts.errors + counts.warnings}</td></tr>`,
    )
    .join('\n')
  const claimsTotal = stats.claims.substantiated + stats.claims.unsubstantiated + stats.claims.stale
  return `<section id="overview">
<h2>${t.overview}</h2>
<div class="cards">
${card('pages', t.cards.pages, stats.pages)}
${card('findings', t.cards.findings, total, total > 0 ? 'warn' : 'ok')}
${card('errors', t.cards.errors, stats.errors, stats.errors > 0 ? 'bad' : '')}
${card('warnings', t.cards.warnings, stats.warnings, stats.warnings > 0 ? 'warn' : '')}
${card('claims-unsubstantiated', t.cards.unsubstantiated, stats.claims.unsubstantiated, stats.claims.unsubstantiated > 0 ? 'bad' : '')}
${card('claims-stale', t.cards.stale, stats.claims.stale, stats.claims.stale > 0 ? 'warn' : '')}
${card('claims-substantiated', t.cards.substantiated, stats.claims.substantiated, 'ok')}
</div>
<p class="lede">${t.lede(countOf(stats.pages, t.nouns.page), countOf(stats.words, t.nouns.word), countOf(stats.pagesWithFindings, t.nouns.page))} ${
    claimsTotal === 0 ? t.noClaimsFound : t.claimsBacked(countOf(claimsTotal, t.nouns.claim), stats.claims.substantiated)
  }</p>
<div class="columns">
<div>
<h3>${t.findingsByRule}</h3>
${
  stats.byRule.length === 0
    ? `<p class="empty">${t.noFindings}</p>`
    : `<table class="by-rule"><thead><tr><th>${t.rule}</th><th class="num">${t.nouns.error[1]}</th><th class="num">${t.nouns.warning[1]}</th><th class="num">${t.total}</th></tr></thead><tbody>
${ruleRows}
</tbody><tfoot><tr><th>${t.allRules}</th><th class="num">${stats.errors}</th><th class="num">${stats.warnings}</th><th class="num">${total}</th></tr></tfoot></table>`
}
<h3>${t.claims}</h3>
${claimsBar(stats.claims, t)}
</div>
<div>
<h3>${t.alignmentPerPage}</h3>
${alignmentChart(input.pages, t)}
<h3>${t.findingsPerPage}</h3>
${findingsChart(input.pages, t)}
</div>
</div>
</section>`
}

function claimsBar(claims: { substantiated: number; unsubstantiated: number; stale: number }, t: ReportText): string {
  const total = claims.substantiated + claims.unsubstantiated + claims.stale
  if (total === 0) return `<p class="empty">${t.noClaimsInCopy}</p>`
  const width = 320
  let x = 0
  const parts = (
    [
      [t.status.substantiated, claims.substantiated, '#2f7d4f'],
      [t.status.stale, claims.stale, '#c98a14'],
      [t.status.unsubstantiated, claims.unsubstantiated, '#b3261e'],
    ] as const
  )
    .filter(([, n]) => n > 0)
    .map(([label, n, colour]) => {
      const w = (n / total) * width
      const rect = `<rect x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="18" fill="${colour}"><title>${label}: ${n}</title></rect>`
      x += w
      return rect
    })
  const legend = `<p class="legend"><span class="dot ok"></span>${claims.substantiated} ${t.status.substantiated} <span class="dot warn"></span>${claims.stale} ${t.status.stale} <span class="dot bad"></span>${claims.unsubstantiated} ${t.status.unsubstantiated}</p>`
  return `<svg class="chart" role="img" aria-label="${t.claims}: ${claims.substantiated} ${t.status.substantiated}, ${claims.stale} ${t.status.stale}, ${claims.unsubstantiated} ${t.status.unsubstantiated}" viewBox="0 0 ${width} 18" width="${width}" height="18">${parts.join('')}</svg>${legend}`
}

const LABEL_WIDTH = 190
const BAR_WIDTH = 230
const ROW = 22

function shortPath(path: string): string {
  return path.length <= 30 ? path : `…${path.slice(-29)}`
}

/** Horizontal bars, one per page, as inline SVG: prints sharp and needs no script. */
function barChart(rows: { label: string; value: number; max: number; text: string; colour: string }[], ariaLabel: string): string {
  const height = rows.length * ROW
  const bars = rows
    .map((row, i) => {
      const y = i * ROW
      const w = row.max === 0 ? 0 : (row.value / row.max) * BAR_WIDTH
      return `<g><title>${escapeHtml(row.label)}: ${escapeHtml(row.text)}</title><text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(shortPath(row.label))}</text><rect x="${LABEL_WIDTH}" y="${y + 4}" width="${BAR_WIDTH}" height="14" fill="#eef0f3"/><rect x="${LABEL_WIDTH}" y="${y + 4}" width="${w.toFixed(1)}" height="14" fill="${row.colour}"/><text x="${LABEL_WIDTH + BAR_WIDTH + 6}" y="${y + 15}">${escapeHtml(row.text)}</text></g>`
    })
    .join('')
  const width = LABEL_WIDTH + BAR_WIDTH + 60
  return `<svg class="chart" role="img" aria-label="${escapeHtml(ariaLabel)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${bars}</svg>`
}

function alignmentChart(pages: ReportPage[], t: ReportText): string {
  const measured = pages.filter((page) => page.alignment)
  if (measured.length === 0) return `<p class="empty">${t.alignmentNotMeasured}</p>`
  const rows = measured
    .map((page) => {
      const score = page.alignment!.score
      return { label: page.path, value: score, max: 100, text: `${score}/100`, colour: score >= 60 ? '#2f7d4f' : score >= 30 ? '#c98a14' : '#b3261e' }
    })
    .sort((a, b) => a.value - b.value || a.label.localeCompare(b.label))
  return barChart(rows, t.alignmentAria) + `<p class="caption">${t.alignmentCaption}</p>`
}

function findingsChart(pages: ReportPage[], t: ReportText): string {
  const withFindings = pages.filter((page) => page.findings.length > 0)
  if (withFindings.length === 0) return `<p class="empty">${t.noPageFindings}</p>`
  const max = Math.max(...withFindings.map((page) => page.findings.length))
  const rows = withFindings
    .map((page) => {
      const errors = page.findings.filter((f) => f.severity === 2).length
      return { label: page.path, value: page.findings.length, max, text: String(page.findings.length), colour: errors > 0 ? '#b3261e' : '#c98a14' }
    })
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label))
  return barChart(rows, t.findingsAria)
}

function profileSection(input: ReportInput, t: ReportText): string {
  const { profile } = input
  if (!profile.mission && !profile.vision && profile.values.length === 0) {
    return `<section id="profile"><h2>${t.brandProfile}</h2><p class="empty">${t.profileEmpty}</p></section>`
  }
  return `<section id="profile">
<h2>${t.brandProfile}</h2>
<dl class="profile">
${profile.mission ? `<dt>${t.mission}</dt><dd>${escapeHtml(profile.mission)}</dd>` : ''}
${profile.vision ? `<dt>${t.vision}</dt><dd>${escapeHtml(profile.vision)}</dd>` : ''}
${profile.values.length ? `<dt>${t.values}</dt><dd>${profile.values.map((v) => `<span class="chip">${escapeHtml(v)}</span>`).join(' ')}</dd>` : ''}
</dl>
</section>`
}

function highlighted(context: ReportFinding['context']): string {
  const { text, highlightStart, highlightEnd } = context
  return `${escapeHtml(text.slice(0, highlightStart))}<mark>${escapeHtml(text.slice(highlightStart, highlightEnd))}</mark>${escapeHtml(text.slice(highlightEnd))}`
}

function findingItem(finding: ReportFinding, t: ReportText): string {
  const severity = finding.severity === 2 ? 'error' : 'warning'
  const fixes = finding.expected.length
    ? `<div class="fix"><span class="tag">${t.howToFix}</span><ul>${finding.expected.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul></div>`
    : ''
  const rule = finding.url && /^https?:\/\//.test(finding.url) ? `<a href="${escapeHtml(finding.url)}"><code>${escapeHtml(finding.ruleId)}</code></a>` : `<code>${escapeHtml(finding.ruleId)}</code>`
  return `<li class="finding ${severity}" data-rule="${escapeHtml(finding.ruleId)}" data-severity="${finding.severity}">
<div class="head"><span class="badge ${severity}">${t.nouns[severity][0]}</span> <span class="where">${t.line} ${finding.line}:${finding.column}</span> ${rule}</div>
<blockquote class="context">${highlighted(finding.context)}</blockquote>
<p class="message">${escapeHtml(finding.message)}</p>
${finding.note ? `<div class="why"><span class="tag">${t.why}</span> ${escapeHtml(finding.note)}</div>` : ''}
${fixes}
</li>`
}

function pagesSection(pages: ReportPage[], t: ReportText): string {
  const flagged = pages.filter((page) => page.findings.length > 0)
  const clean = pages.filter((page) => page.findings.length === 0)
  const pageBlock = (page: ReportPage) => {
    const errors = page.findings.filter((f) => f.severity === 2).length
    const warnings = page.findings.length - errors
    const alignment = page.alignment
      ? `<p class="alignment">${t.alignment} <strong>${page.alignment.score}/100</strong>${
          page.alignment.echoed.length
            ? ` · ${t.echoes} ${page.alignment.echoed.map((e) => `<span class="chip" title="${escapeHtml(e.words.join(', '))}">${escapeHtml(e.value)}${e.words.length ? ` <small>(${escapeHtml(e.words.slice(0, 4).join(', '))})</small>` : ''}</span>`).join(' ')}`
            : ''
        }${page.alignment.missing.length ? ` · ${t.neverMentions} ${page.alignment.missing.map((m) => `<span class="chip missing">${escapeHtml(m)}</span>`).join(' ')}` : ''}</p>`
      : ''
    return `<article class="page" data-page="${escapeHtml(page.path)}">
<header class="page-head">
<h3>${escapeHtml(page.path)}</h3>
<p class="page-meta">${page.language ? `${escapeHtml(t.languages[page.language as Locale] ?? page.language)} · ` : ''}${countOf(page.wordCount, t.nouns.word)} · ${countOf(errors, t.nouns.error)}, ${countOf(warnings, t.nouns.warning)}</p>
${alignment}
</header>
${page.findings.length ? `<ol class="findings">${page.findings.map((finding) => findingItem(finding, t)).join('\n')}</ol>` : ''}
</article>`
  }
  return `<section id="pages">
<h2>${t.pageByPage}</h2>
${flagged.length === 0 ? `<p class="empty">${t.noPageFindings}</p>` : flagged.map(pageBlock).join('\n')}
${clean.length ? `<div class="clean"><h3>${t.cleanPages}</h3><ul>${clean.map((page) => `<li data-page="${escapeHtml(page.path)}">${escapeHtml(page.path)}${page.alignment ? ` <small>${t.alignment.toLowerCase()} ${page.alignment.score}/100</small>` : ''}</li>`).join('')}</ul></div>` : ''}
</section>`
}

function inventorySection(rows: InventoryRow[], t: ReportText): string {
  if (rows.length === 0) {
    return `<section id="claims"><h2>${t.inventory}</h2><p class="empty">${t.noClaimsInCopy}</p></section>`
  }
  const order = { unsubstantiated: 0, stale: 1, substantiated: 2 }
  const sorted = [...rows].sort((a, b) => order[a.status] - order[b.status] || a.file.localeCompare(b.file) || a.line - b.line)
  const body = sorted
    .map((row) => {
      const detail =
        row.status === 'substantiated'
          ? row.claimId
            ? t.byClaim(`<code>${escapeHtml(row.claimId)}</code>`)
            : escapeHtml(row.basis ?? '')
          : row.status === 'stale'
            ? t.staleSince(`<code>${escapeHtml(row.claimId ?? '')}</code>`, escapeHtml(row.staleSince ?? '?'))
            : row.cites
              ? `${t.notInLibrary}; ${t.sentenceCites(`<q>${escapeHtml(row.cites)}</q>`)}`
              : t.notInLibrary
      return `<tr class="${row.status}" data-status="${row.status}"><td><span class="status ${row.status}">${t.statusLabel[row.status]}</span><br><small>${detail}</small></td><td>${escapeHtml(row.sentence)}<br><small>${t.flagged}: <q>${escapeHtml(row.actual)}</q></small></td><td><code>${escapeHtml(row.file)}:${row.line}</code></td><td><code>${escapeHtml(row.ruleId)}</code></td></tr>`
    })
    .join('\n')
  return `<section id="claims">
<h2>${t.inventory}</h2>
<p>${t.inventoryIntro}</p>
<table class="inventory"><thead><tr><th>${t.statusHead}</th><th>${t.sentence}</th><th>${t.where}</th><th>${t.rule}</th></tr></thead><tbody>
${body}
</tbody></table>
</section>`
}

function valuesSection(input: ReportInput, t: ReportText): string {
  let body: string
  if (input.profile.values.length === 0) body = `<p class="empty">${t.noValues}</p>`
  else if (input.neverEchoed === undefined) body = `<p class="empty">${t.valuesNotMeasured}</p>`
  else if (input.neverEchoed.length === 0) body = `<p>${t.everyValueEchoed}</p>`
  else
    body = `<p>${t.valuesNeverEchoed}</p><ul class="never">${input.neverEchoed.map((v) => `<li data-value="${escapeHtml(v)}">${escapeHtml(v)}</li>`).join('')}</ul>`
  return `<section id="values"><h2>${t.valuesHeading}</h2>${body}</section>`
}

/** The report's own words. Copy, messages and profile text are shown as they are. */
const TEXT = {
  en: {
    title: 'Message audit',
    kicker: 'echt report',
    generated: (at: string, today: string) => `Generated ${at} UTC · evidence judged as of ${today}`,
    profile: 'profile',
    noProfile: 'no brand profile',
    crawled: (start: string, until: string, requests: number) => `pages fetched from ${start} until ${until} UTC (${requests} requests)`,
    contents: 'Contents',
    overview: 'Overview',
    pagesNav: 'Pages',
    inventory: 'Claims inventory',
    valuesNav: 'Values',
    footer: 'Made with echt, a message-consistency linter for marketing copy. Each finding names the rule that raised it; its docs explain the rule and how to silence it with evidence.',
    cards: { pages: 'pages checked', findings: 'findings', errors: 'errors', warnings: 'warnings', unsubstantiated: 'claims without evidence', stale: 'claims with stale evidence', substantiated: 'claims substantiated' },
    lede: (pages: string, words: string, flagged: string) => `${pages} (${words}) checked; ${flagged} with findings.`,
    noClaimsFound: 'No claims found.',
    claimsBacked: (claims: string, backed: number) => `Of ${claims} found, ${backed} ${backed === 1 ? 'is' : 'are'} backed by the claims library.`,
    findingsByRule: 'Findings by rule',
    noFindings: 'No findings.',
    rule: 'rule',
    total: 'total',
    allRules: 'all rules',
    claims: 'Claims',
    alignmentPerPage: 'Message alignment per page',
    findingsPerPage: 'Findings per page',
    noClaimsInCopy: 'No claims found in the copy.',
    status: { substantiated: 'substantiated', stale: 'stale', unsubstantiated: 'unsubstantiated' },
    alignmentNotMeasured: 'Not measured in this run: alignment scores come from the <code>brand/off-message</code> rule, with a brand profile that states a mission and values.',
    alignmentAria: 'Message alignment score per page, 0 to 100',
    alignmentCaption: '0: echoes none of the mission and values; 100: echoes all of them.',
    noPageFindings: 'No page has findings.',
    findingsAria: 'Number of findings per page',
    brandProfile: 'Brand profile',
    profileEmpty: 'No mission, vision or values in the profile: findings are judged on the claims alone.',
    mission: 'Mission',
    vision: 'Vision',
    values: 'Values',
    howToFix: 'How to fix',
    why: 'Why',
    line: 'line',
    alignment: 'Message alignment',
    echoes: 'echoes',
    neverMentions: 'never mentions',
    languages: { en: 'English', nl: 'Dutch' } as Record<Locale, string>,
    pageByPage: 'Page by page',
    cleanPages: 'Pages without findings',
    byClaim: (claim: string) => `by claim ${claim}`,
    staleSince: (claim: string, since: string) => `claim ${claim} since ${since}`,
    notInLibrary: 'not in the claims library',
    sentenceCites: (basis: string) => `the sentence cites ${basis}`,
    statusLabel: { unsubstantiated: 'no evidence', stale: 'evidence stale', substantiated: 'substantiated' } as Record<InventoryRow['status'], string>,
    flagged: 'flagged',
    inventoryIntro: 'Every claim found in the copy, for legal review: unsubstantiated claims first. A claim is substantiated when it matches an approved claim in the claims library whose evidence is still within its review date.',
    statusHead: 'status',
    sentence: 'sentence',
    where: 'where',
    noValues: 'The profile declares no values.',
    valuesNotMeasured: 'Not measured in this run: which values a page echoes comes from the <code>brand/off-message</code> rule.',
    everyValueEchoed: 'Every value of the profile is echoed on at least one page.',
    valuesNeverEchoed: "No page echoes these values of the profile. Either the copy does not say what the organisation stands for, or the value's <code>means</code> words in the profile need updating.",
    valuesHeading: 'Values the site never echoes',
    nouns: NOUNS.en,
  },
  nl: {
    title: 'Boodschapaudit',
    kicker: 'echt-rapport',
    generated: (at: string, today: string) => `Gemaakt ${at} UTC · bewijs beoordeeld per ${today}`,
    profile: 'profiel',
    noProfile: 'geen merkprofiel',
    crawled: (start: string, until: string, requests: number) => `pagina's opgehaald van ${start} tot ${until} UTC (${requests} verzoeken)`,
    contents: 'Inhoud',
    overview: 'Overzicht',
    pagesNav: "Pagina's",
    inventory: 'Claimoverzicht',
    valuesNav: 'Waarden',
    footer: 'Gemaakt met echt, een linter voor consistente boodschappen in marketingteksten. Elke melding noemt de regel die haar gaf; de documentatie legt de regel uit en hoe je haar met bewijs stilzet.',
    cards: { pages: "pagina's gecontroleerd", findings: 'meldingen', errors: 'fouten', warnings: 'waarschuwingen', unsubstantiated: 'claims zonder bewijs', stale: 'claims met verlopen bewijs', substantiated: 'claims onderbouwd' },
    lede: (pages: string, words: string, flagged: string) => `${pages} (${words}) gecontroleerd; ${flagged} met meldingen.`,
    noClaimsFound: 'Geen claims gevonden.',
    claimsBacked: (claims: string, backed: number) => `Van ${claims} ${backed === 1 ? 'wordt' : 'worden'} er ${backed} onderbouwd door de claimbibliotheek.`,
    findingsByRule: 'Meldingen per regel',
    noFindings: 'Geen meldingen.',
    rule: 'regel',
    total: 'totaal',
    allRules: 'alle regels',
    claims: 'Claims',
    alignmentPerPage: 'Aansluiting bij de boodschap per pagina',
    findingsPerPage: 'Meldingen per pagina',
    noClaimsInCopy: 'Geen claims gevonden in de tekst.',
    status: { substantiated: 'onderbouwd', stale: 'verlopen', unsubstantiated: 'zonder bewijs' },
    alignmentNotMeasured: 'Niet gemeten in deze run: de aansluitingsscore komt van de regel <code>brand/off-message</code>, met een merkprofiel dat een missie en waarden noemt.',
    alignmentAria: 'Aansluiting bij de boodschap per pagina, 0 tot 100',
    alignmentCaption: '0: draagt niets van de missie en waarden uit; 100: draagt ze allemaal uit.',
    noPageFindings: 'Geen pagina heeft meldingen.',
    findingsAria: 'Aantal meldingen per pagina',
    brandProfile: 'Merkprofiel',
    profileEmpty: 'Geen missie, visie of waarden in het profiel: meldingen worden alleen op de claims beoordeeld.',
    mission: 'Missie',
    vision: 'Visie',
    values: 'Waarden',
    howToFix: 'Zo los je het op',
    why: 'Waarom',
    line: 'regel',
    alignment: 'Aansluiting bij de boodschap',
    echoes: 'draagt uit',
    neverMentions: 'noemt nergens',
    languages: { en: 'Engels', nl: 'Nederlands' } as Record<Locale, string>,
    pageByPage: 'Pagina voor pagina',
    cleanPages: "Pagina's zonder meldingen",
    byClaim: (claim: string) => `door claim ${claim}`,
    staleSince: (claim: string, since: string) => `claim ${claim} sinds ${since}`,
    notInLibrary: 'niet in de claimbibliotheek',
    sentenceCites: (basis: string) => `de zin noemt ${basis}`,
    statusLabel: { unsubstantiated: 'geen bewijs', stale: 'bewijs verlopen', substantiated: 'onderbouwd' } as Record<InventoryRow['status'], string>,
    flagged: 'gemeld',
    inventoryIntro: 'Elke claim uit de tekst, voor juridische controle: claims zonder bewijs eerst. Een claim is onderbouwd als hij overeenkomt met een goedgekeurde claim in de claimbibliotheek waarvan het bewijs nog binnen de controledatum valt.',
    statusHead: 'status',
    sentence: 'zin',
    where: 'waar',
    noValues: 'Het profiel noemt geen waarden.',
    valuesNotMeasured: 'Niet gemeten in deze run: welke waarden een pagina uitdraagt, komt van de regel <code>brand/off-message</code>.',
    everyValueEchoed: 'Elke waarde uit het profiel komt op minstens één pagina terug.',
    valuesNeverEchoed: 'Geen pagina draagt deze waarden uit het profiel uit. Of de tekst zegt niet waar de organisatie voor staat, of de <code>means</code>-woorden van de waarde in het profiel moeten worden bijgewerkt.',
    valuesHeading: 'Waarden die de site nergens uitdraagt',
    nouns: NOUNS.nl,
  },
} satisfies Record<Locale, unknown>

type ReportText = (typeof TEXT)['en']

const CSS = `
:root { --ink: #1d2330; --muted: #5d6676; --line: #dde1e7; --bg: #f7f8fa; --bad: #b3261e; --warn: #a86d00; --ok: #2f7d4f; --mark: #ffe58a; --accent: #37517e; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
code { font: 0.86em ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: var(--bg); padding: 0.05em 0.3em; border-radius: 3px; }
a { color: var(--accent); }
.cover { background: var(--ink); color: #fff; padding: 32px 40px 20px; }
.cover h1 { margin: 4px 0 6px; font-size: 30px; letter-spacing: -0.01em; }
.cover .kicker { margin: 0; text-transform: uppercase; letter-spacing: 0.12em; font-size: 12px; color: #b9c3d6; }
.cover .meta { margin: 0 0 16px; color: #c9d1df; font-size: 13px; }
.cover code { background: rgba(255,255,255,0.12); color: #fff; }
.cover nav a { color: #fff; margin-right: 18px; font-size: 14px; text-decoration: none; border-bottom: 1px solid rgba(255,255,255,0.4); }
main { max-width: 1040px; margin: 0 auto; padding: 8px 40px 40px; }
section { margin-top: 36px; }
h2 { font-size: 22px; border-bottom: 2px solid var(--ink); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 22px 0 8px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(112px, 1fr)); gap: 10px; }
.card { border: 1px solid var(--line); border-top: 4px solid var(--line); border-radius: 6px; padding: 10px 12px; background: #fff; }
.card .value { display: block; font-size: 28px; font-weight: 700; line-height: 1.1; }
.card .label { color: var(--muted); font-size: 13px; }
.card.bad { border-top-color: var(--bad); } .card.warn { border-top-color: #e0a92b; } .card.ok { border-top-color: var(--ok); }
.lede { font-size: 16px; }
.columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr); gap: 32px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: 6px 8px; }
thead th { font-size: 12px; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); }
tfoot th { border-bottom: none; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.chart { display: block; max-width: 100%; height: auto; font: 12px system-ui, sans-serif; fill: var(--ink); }
.caption, .legend { color: var(--muted); font-size: 12px; margin: 4px 0 0; }
.dot { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin: 0 4px 0 10px; vertical-align: -1px; }
.dot.ok { background: var(--ok); } .dot.warn { background: #c98a14; } .dot.bad { background: var(--bad); }
.empty { color: var(--muted); font-style: italic; }
.profile dt { font-weight: 600; margin-top: 8px; } .profile dd { margin: 2px 0 0; }
.chip { display: inline-block; border: 1px solid var(--line); background: var(--bg); border-radius: 999px; padding: 0 9px; font-size: 13px; margin: 1px 0; }
.chip.missing { border-style: dashed; color: var(--muted); }
.page { border-top: 1px solid var(--line); padding-top: 4px; }
.page h3 { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 15px; }
.page-meta, .alignment { color: var(--muted); font-size: 13px; margin: 0 0 6px; }
.findings { list-style: none; padding: 0; margin: 0; }
.finding { border: 1px solid var(--line); border-left: 4px solid #e0a92b; border-radius: 4px; padding: 10px 14px; margin: 10px 0; break-inside: avoid; page-break-inside: avoid; }
.finding.error { border-left-color: var(--bad); }
.finding .head { font-size: 13px; color: var(--muted); }
.badge { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; padding: 1px 6px; border-radius: 3px; color: #fff; background: var(--warn); }
.badge.error { background: var(--bad); }
.context { margin: 8px 0; padding: 6px 12px; border-left: 3px solid var(--line); background: var(--bg); font-size: 15px; white-space: pre-wrap; overflow-wrap: anywhere; }
mark { background: var(--mark); color: inherit; padding: 0 1px; border-bottom: 2px solid #d39e00; }
.message { margin: 6px 0; font-weight: 600; }
.why, .fix { font-size: 14px; margin: 4px 0; }
.fix ul { margin: 2px 0 0; padding-left: 20px; }
.tag { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin-right: 4px; }
.clean ul { columns: 2; padding-left: 18px; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; }
.status { font-weight: 700; font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; }
.status.unsubstantiated { color: var(--bad); } .status.stale { color: var(--warn); } .status.substantiated { color: var(--ok); }
.inventory { table-layout: fixed; }
.inventory th:nth-child(1) { width: 17%; } .inventory th:nth-child(2) { width: 41%; } .inventory th:nth-child(3) { width: 22%; } .inventory th:nth-child(4) { width: 20%; }
.inventory td:nth-child(3) { overflow-wrap: anywhere; }
.never li { font-weight: 600; }
footer { max-width: 1040px; margin: 0 auto; padding: 16px 40px 40px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); }
@media (max-width: 760px) { .columns { grid-template-columns: 1fr; } main, .cover, footer { padding-left: 16px; padding-right: 16px; } }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .cover { padding: 0 0 10px; background: none; color: var(--ink); border-bottom: 3px solid var(--ink); }
  .cover .meta, .cover .kicker { color: var(--muted); }
  .cover code { background: var(--bg); color: var(--ink); }
  .cover nav { display: none; }
  main, footer { max-width: none; padding: 0; }
  section { margin-top: 18px; }
  #pages, #claims { break-before: page; page-break-before: always; }
  h2, h3, .page-head { break-after: avoid; page-break-after: avoid; }
  tr, .card, .chart { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .columns { grid-template-columns: 1fr; gap: 0; }
  #profile { break-inside: avoid; page-break-inside: avoid; }
  .cards { grid-template-columns: repeat(7, 1fr); gap: 6px; }
  .card .value { font-size: 20px; }
  .card .label { font-size: 9pt; }
}
`
