import { unified } from 'unified'
import rehypeParse from 'rehype-parse'
import { visit } from 'unist-util-visit'
import type { Element } from 'hast'
import { XMLParser, XMLValidator } from 'fast-xml-parser'

/**
 * The pages a page links to, absolute and without fragment: `a` and `area` hrefs, resolved
 * against `<base href>` when the page has one. Parsed with the HTML parser browsers follow
 * (rehype-parse: parse5 to hast), so comments, scripts and malformed markup do not produce false links.
 */
const htmlParser = unified().use(rehypeParse)

export function linksOf(html: string, pageUrl: string): string[] {
  const tree = htmlParser.parse(html)
  let base = pageUrl
  const hrefs: string[] = []
  visit(tree, 'element', (node: Element) => {
    const href = node.properties?.href
    if (typeof href !== 'string') return
    if (node.tagName === 'base') base = resolve(href, pageUrl) ?? base
    else if (node.tagName === 'a' || node.tagName === 'area') hrefs.push(href)
  })
  const links: string[] = []
  for (const href of hrefs) {
    const url = resolve(href, base)
    if (url) links.push(url)
  }
  return links
}

/** An http(s) URL without its fragment, or undefined for mailto:, javascript: and malformed ones. */
export function resolve(href: string, base: string): string | undefined {
  let url: URL
  try {
    url = new URL(href.trim(), base)
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  url.hash = ''
  return url.href
}

export type SitemapContent = { kind: 'urls'; urls: string[] } | { kind: 'index'; sitemaps: string[] } | { kind: 'invalid'; reason: string }

/** A sitemap (`<urlset>`) or a sitemap index (`<sitemapindex>`), per sitemaps.org. */
export function parseSitemap(xml: string): SitemapContent {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) return { kind: 'invalid', reason: `${valid.err.msg} (line ${valid.err.line})` }
  const parsed = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, isArray: (name) => name === 'url' || name === 'sitemap', trimValues: true }).parse(xml) as {
    urlset?: { url?: { loc?: unknown }[] }
    sitemapindex?: { sitemap?: { loc?: unknown }[] }
  }
  const locs = (entries: { loc?: unknown }[] | undefined) => (entries ?? []).map((entry) => entry.loc).filter((loc): loc is string => typeof loc === 'string' && loc.length > 0)
  if (parsed.sitemapindex) return { kind: 'index', sitemaps: locs(parsed.sitemapindex.sitemap) }
  if (parsed.urlset) return { kind: 'urls', urls: locs(parsed.urlset.url) }
  return { kind: 'invalid', reason: 'neither a <urlset> nor a <sitemapindex>' }
}
