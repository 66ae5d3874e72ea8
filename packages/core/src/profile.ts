import type { Language } from './types.js'

export interface ClaimEvidence {
  source: string
  uri?: string
  /** ISO date after which this evidence no longer substantiates the claim. */
  reviewBy?: string
}

/** An approved claim from the claims library, with its substantiation. */
export interface ApprovedClaim {
  id: string
  text: string
  variants: string[]
  evidence: ClaimEvidence[]
}

export interface BrandValue {
  name: string
  /** Words that echo the value. */
  means: string[]
  /** Words that betray it. */
  contradicts: string[]
}

export interface Voice {
  /** How the copy addresses the reader: English `you`, Dutch formal `u` or informal `je`. */
  address?: 'you' | 'u' | 'je'
  /** Preferred term by discouraged term. */
  prefer: Record<string, string>
  avoid: string[]
  /** Product and brand names with their exact spelling and capitals. */
  names: string[]
  /** Who reads the copy: sets the readability targets (`readability/grade`). */
  audience?: 'general' | 'expert'
}

/** The brand profile rules read. Everything is optional: echt runs without a profile. */
export interface Profile {
  name?: string
  /** Default language of copy without front matter `lang`; `auto` detects per file. */
  language?: Language | 'auto'
  mission?: string
  vision?: string
  values: BrandValue[]
  voice: Voice
  claims: ApprovedClaim[]
}

export const EMPTY_PROFILE: Profile = Object.freeze({
  values: [],
  voice: { prefer: {}, avoid: [], names: [] },
  claims: [],
}) as Profile

/**
 * Builds a Profile from the `brand` and `claims` sections of a config that has already been
 * validated against the schema; fills in the defaults.
 */
export function profileFromConfig(brand: Record<string, any> | undefined, claims: Record<string, any>[] | undefined): Profile {
  const voice = brand?.voice ?? {}
  const profile: Profile = {
    values: (brand?.values ?? []).map((value: Record<string, any>) => ({
      name: String(value.name),
      means: value.means ?? [],
      contradicts: value.contradicts ?? [],
    })),
    voice: {
      prefer: voice.prefer ?? {},
      avoid: voice.avoid ?? [],
      names: voice.names ?? [],
      ...(voice.address ? { address: voice.address } : {}),
      ...(voice.audience ? { audience: voice.audience } : {}),
    },
    claims: (claims ?? []).map((claim) => ({
      id: String(claim.id),
      text: String(claim.text),
      variants: claim.variants ?? [],
      evidence: (claim.evidence ?? []).map((e: Record<string, any>) => ({
        source: String(e.source),
        ...(e.uri ? { uri: String(e.uri) } : {}),
        ...(e.reviewBy ? { reviewBy: isoDate(e.reviewBy) } : {}),
      })),
    })),
  }
  for (const key of ['name', 'mission', 'vision', 'language'] as const) {
    if (brand?.[key] !== undefined) (profile as any)[key] = brand[key]
  }
  return profile
}

/** YAML turns unquoted 2027-06-30 into a Date; the profile keeps ISO date strings. */
function isoDate(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value)
}
