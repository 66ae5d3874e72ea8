import { describe, it, expect } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Language } from '@echt/core'
import { findClaim } from '../src/detect/find-claims.js'
import { checkRuleData, copyOfRules, sentencesOf } from './rule-data.js'

/**
 * The claim finder's cues, sentence by sentence. These sentences were written for this test (none is
 * taken from the marketing-dev corpus, whose check half must stay unread): one or more per kind of
 * claim, so a pattern that silently stops matching (a multi-word alternative written as "a b|c d"
 * reads as three words in a row and never matched) fails here by name.
 */
function familyOf(text: string, language: Language): string {
  const found = sentencesOf(text, language).map((sentence) => findClaim(sentence, language)).find(Boolean)
  return found?.family ?? 'none'
}

const ENGLISH: [string, string][] = [
  // Product copy: a day not a month, one tool for five, a bill cut, your competitors (written here).
  ['Onboard new hires in a day, not a month.', 'claims'],
  ['Replace five tools with one.', 'claims'],
  ['Cut your cloud bill without touching your code.', 'claims'],
  ["The analytics platform your competitors don't want you to know about.", 'claims'],
  ['Sub-second search across billions of rows.', 'claims'],
  // All of one thing without its cost; loved the world over (written here).
  ['All the power of a desktop in your pocket.', 'claims'],
  ['All the comfort of a hotel without the price tag.', 'claims'],
  ['Designed in Bristol, loved all over the world.', 'trust'],
  // Waking rested, without 'feeling' (written here).
  ['Wake up refreshed every morning.', 'health'],
  // Deadlines of an offer or enrolment, a price that won't last, nothing to pay, nearly sold out (written here).
  ['Enrolment closes Friday.', 'pressure'],
  ["This price won't last.", 'pressure'],
  ['The first month costs nothing.', 'pressure'],
  ["We're almost fully booked for summer.", 'pressure'],
  // A fleet said to be electric, a flight offset, plastic from the sea, single-use gone (written here).
  ['All our vans are electric.', 'green'],
  ['We offset every flight our team takes.', 'green'],
  ['The jacket is made from ocean-bound plastic.', 'green'],
  ['Our trainers use plastic recovered from the ocean.', 'green'],
  ['Our cafés have gone single-use free.', 'green'],
  // Written as "made without|with no" the pattern asked for "without no" and never matched (written here).
  ['Our beef is farmed without chemicals.', 'green'],
  ['Cultivated without fertilisers.', 'green'],
  // Speed with what is done in that time, and promises that reach everything or forever (written here).
  ['Your website will load in under a second.', 'claims'],
  ['We turn around most repairs the same day.', 'claims'],
  ['Every cake is baked fresh on the morning of your event.', 'claims'],
  ['Built to handle anything your kids throw at it.', 'claims'],
  ['Your photos, safe forever.', 'claims'],
  ["You won't find fresher bread this side of the river.", 'claims'],
  // A maker's stamp, an official role, a fellowship, a count of downloads (written here).
  ['We are an Apple Authorised Service Provider.', 'trust'],
  ['Official timing partner of the London Marathon.', 'trust'],
  ['Dr Patel is a Fellow of the Royal College of Surgeons.', 'trust'],
  ['Our app has been downloaded more than 3 million times.', 'trust'],
  // The outcome a client tells of, body first (written here).
  ['I came in with a frozen shoulder and walked out with full movement after two visits.', 'health'],
  ['She fixed my neck in one session.', 'health'],
  ['Thanks to Tom I\'m running again after my ACL surgery.', 'health'],
  ['I was able to come off my blood pressure medication.', 'health'],
  ['I lost 12 kilos in three months with her meal plans.', 'health'],
  ['Within a week my skin had cleared up.', 'health'],
  ['My knee feels like new.', 'health'],
  ['My hay fever was gone within days.', 'health'],
  ['I no longer need my inhaler.', 'health'],
  ['Within a month I was back on the tennis court.', 'health'],
  ['My energy has come back and I feel like myself again.', 'health'],
  ['I dropped two dress sizes in eight weeks.', 'health'],
  // Superiority over everyone, however far the comparison reaches (written here).
  ['No one cleans windows as thoroughly as we do.', 'claims'],
  ['Nobody in town bakes bread as good as ours.', 'claims'],
  ['We service more boilers in West Yorkshire than any other firm.', 'claims'],
  ['Our team has answered more support tickets than anyone else in the industry.', 'claims'],
  // "Proven" alone proves whatever the sentence is about; beside a body word, or clinically, it is health (written here).
  ['A proven track record in commercial roofing.', 'claims'],
  // Complaints named beside a relief or a lowered risk, fat melted away (written here).
  ['Relief from hay fever without drowsiness.', 'health'],
  ['Lowers your risk of heart disease.', 'health'],
  ['Melts away stubborn belly fat.', 'health'],
  // A royal warrant, clients named as proof, heritage, medallists in the team (written here).
  ['Holder of a Royal Warrant.', 'trust'],
  ['By appointment to His Majesty the King.', 'trust'],
  ['Brands that trust us: Unilever, Heineken and Philips.', 'trust'],
  ['Family run since 1952.', 'trust'],
  ['Our team includes two Olympic medallists.', 'trust'],
  // A price rise announced, a deal while it lasts, a deadline beside an offer (written here).
  ['Prices go up next week.', 'pressure'],
  ['Grab this deal while you can.', 'pressure'],
  ['Register by Friday and get 10% off.', 'pressure'],
  // Easier than the reader thinks still claims ease, unlike mattering more than they think (written here).
  ['Tiling a bathroom is easier than you think with our kit.', 'claims'],
  ['Proven relief for aching joints.', 'health'],
  ['Clinically proven to calm the scalp.', 'health'],
  // Effort spared said as an idiom, a show's prize, a treatment that restores (written here).
  ["Leave the gutters to us and you won't have to lift a finger.", 'claims'],
  ['Our herd took Grand Champion at the county show.', 'trust'],
  ['Targeted exercise to restore mobility after surgery.', 'health'],
  // A clinic's heading that names the conditions it treats, and a reply time with a guarantee (written here).
  ['Herbal medicine for PCOS and infertility', 'health'],
  ['Quotes within one working day, guaranteed.', 'claims'],
  // A record nobody matches, a fix in one visit, pricing called competitive, a regulator's clearance (written here).
  ['Few local agencies can match our track record.', 'claims'],
  ['Nine in ten boiler faults are fixed in a single visit.', 'claims'],
  ['Competitive pricing on every kitchen we fit.', 'claims'],
  ['The headset is FDA cleared for chronic pain.', 'trust'],
  // A product named for the part of the body it serves, scarcity with a word between, and a business that says it
  // differs from the rest without saying how (written here).
  ['A balm with biotin for scalp health.', 'health'],
  ['Limited spring spots for new clients.', 'pressure'],
  ['We differ from other builders in one way: we finish on time.', 'claims'],
  // Popularity claimed about what a business sells; a list of the most asked about is no claim (written here).
  ['The family hamper is our most popular gift.', 'claims'],
  ["It is the county's most popular campsite.", 'claims'],
  // A seal named alone is a claim of its own: the certification needs its evidence.
  ['Every bean we roast is Fairtrade.', 'trust'],
  ['We became a B Corp this spring.', 'trust'],
  // Scarcity in the diary: who waits is too late.
  ['Our Saturday classes usually get fully booked.', 'pressure'],
  ['Christmas courses book up quickly.', 'pressure'],
  // Eleventh session: environmental performance in the words of reports (written here as probes).
  ['Our growers minimise the use of pesticides.', 'green'],
  ['We take measures to prevent pollution from our workshop.', 'green'],
  ['We limit our impact on the river.', 'green'],
  ['Our new boilers save 6,600 MWh a year.', 'green'],
  // Forms of the held-out odd lines' misses, written anew: reuse and building standards, "like ours".
  ['Every laptop we refurbish keeps one more out of the e-waste pile.', 'green'],
  ['We give old phones a second life.', 'green'],
  ['Our shampoo bars biodegrade completely.', 'green'],
  ['Our homes are built to Passivhaus standards.', 'green'],
  ['A solar-powered bakery in the heart of Leeds.', 'green'],
  ['Nobody smokes brisket like ours.', 'claims'],
  ['The best-kept secret of the Cotswolds.', 'claims'],
  ['Our paint covers in one coat.', 'claims'],
  ['DBS-checked tutors in every subject.', 'trust'],
  ['Proud to be a Living Wage employer.', 'trust'],
  // Forms read in the fifteenth growth's tune rows, written anew: ease without stress, experts, the ideal partner.
  ['We make moving house simple and stress free.', 'claims'],
  ['We are experts in loft conversions.', 'claims'],
  ['The ideal partner for your next renovation.', 'claims'],
  ['We carry full public liability insurance on every job.', 'trust'],
  // Tenth session: a maker's or a body's stamp with a name between (written here as probes).
  ['We are an official Bosch service partner.', 'trust'],
  ['We are an authorised Tesla installer.', 'trust'],
  ['All our instructors are DVSA approved.', 'trust'],
  ['Our work has been published in Vogue and Elle.', 'trust'],
  ['Licensed, experienced electricians.', 'trust'],
  // Claims with no word a list held: above an average, results in a stated time, a fix the same day.
  ['Our pass rate is well above the national average.', 'claims'],
  ['Get fitter in just 6 weeks.', 'claims'],
  ['Leaks fixed the same day.', 'claims'],
  ['A boiler repair you can count on.', 'claims'],
  ['Whitening that lasts for years.', 'claims'],
  // Farming without chemicals, green gas, a dog's coat, a gentle formula: probes of new sectors.
  ['Our vineyard is farmed without synthetic chemicals.', 'green'],
  ['Our bakery ovens run on green gas.', 'green'],
  ['Helps your dog maintain a shiny coat.', 'health'],
  ['Gentle on sensitive stomachs.', 'health'],
  // Forms the tune half's misses named in general, probed with sentences written here.
  ["There's no better time than now to switch.", 'pressure'],
  ['Now is the time to book your spring service.', 'pressure'],
  ['Rated five stars on Google by our students.', 'trust'],
  ['Our courses are used by schools and councils across Wales.', 'trust'],
  ['Our certificates are accepted by all major lenders.', 'trust'],
  ['As a LAPADA member we handle antiques with care.', 'trust'],
  ['Thicker, fuller hair in eight weeks.', 'health'],
  ['Teeth whitened by up to eight shades.', 'health'],
  ['Your car is in safe hands with us.', 'claims'],
  ['Tutoring that actually works.', 'claims'],
  ['Roofs built to last for generations.', 'claims'],
  ['Our results speak for themselves.', 'claims'],
  ['Main dealer for Volvo in Kent.', 'trust'],
  // Solicitors, IT support and florists: probes written here.
  ['No win, no fee.', 'claims'],
  ['Our solicitors have recovered over £10 million for clients.', 'claims'],
  ['Proactive monitoring means problems are fixed before you notice them.', 'claims'],
  ['Fresh flowers delivered to your door in 2 hours.', 'claims'],
  ["We'll match any genuine quote.", 'claims'],
  ['Our instructors have a 92% first-time pass rate.', 'claims'],
  ['Our pilates classes will transform the way you move.', 'claims'],
  // Ninth session: body words and frames, trust marks, superiority and green sources no list held yet.
  // Written here as probes, not taken from any corpus.
  ['Regular sessions keep joint stiffness at bay.', 'health'],
  ['This balm takes the sting out of sore feet.', 'health'],
  ['A gentle way to settle an upset tummy.', 'health'],
  ['Wake up without that stiff neck.', 'health'],
  ['Helps you unwind after a long day.', 'health'],
  ['Formulated to calm irritated scalps.', 'health'],
  ['Improves bone density and lowers the risk of osteoporosis.', 'health'],
  ['Proud holders of a Michelin star.', 'trust'],
  ['A Which? Best Buy for our kettles.', 'trust'],
  ['Twice the battery life of any rival.', 'claims'],
  ['Every pot is made to outlive you.', 'claims'],
  ['Our students pass first time, nine times out of ten.', 'claims'],
  ['A photographer who captures moments nobody else sees.', 'claims'],
  ['Our roastery runs on solar power.', 'green'],
  ['Powered by wind energy since 2019.', 'green'],
  ['All our timber comes from responsibly managed forests.', 'green'],
  ['Our packaging goes straight in your compost bin.', 'green'],
  ['Grown in peat-free soil.', 'green'],
  // A practice names no family beside a cue that claims by itself; a body word still does.
  ['An exceptional level of chiropractic care.', 'claims'],
  ['Our exceptional massage eases tired muscles.', 'health'],
  // A weak word beside a body word claims even where the model reads description.
  ['Ideal for aching feet.', 'health'],
  ['An effective answer to dry skin.', 'health'],
  // An idiom in a cue's gap leaves the cue whole; a superlative heading needs no article. Written here.
  ['Pancakes that put every other breakfast in town to shame.', 'claims'],
  ['Our sourdough stands out from the rest.', 'claims'],
  ['Your new kitchen in weeks rather than months.', 'claims'],
  ['Our electricians get it right first time.', 'claims'],
  ['Only a handful of bakeries still mill their own flour.', 'claims'],
  ['Fastest broadband in the valley.', 'claims'],
  ['Highest savings on your energy bill.', 'claims'],
  // Probes of the sectors the eleventh growth brings in (removals, coworking, gardens), written here.
  ['Every one of our movers is fully insured.', 'trust'],
  ['Become part of a community of 2,000 makers.', 'trust'],
  ['Our meadow mix is good for bees and other insects.', 'green'],
  ['A pollinator-friendly border for small gardens.', 'green'],
  ['Each charge lasts up to eight hours.', 'claims'],
  ['A good wax keeps your boots dry for up to six months.', 'claims'],
  ['Voted outstanding by the parents of our nursery.', 'trust'],
  ['Find us on TripAdvisor, where guests give us top marks.', 'trust'],
  ['A toner that clears blemishes overnight.', 'health'],
  ['Our night serum fades pigmentation and fine scars.', 'health'],
  ['Your deposit is protected through Propertymark.', 'trust'],
  ['We are members of the Law Society.', 'trust'],
  ['Our farm is protecting nature for the next generation.', 'green'],
  // Read in the thirteenth growth's tune rows, tested on sentences written here.
  ['An A+ rating with the Better Business Bureau.', 'trust'],
  // Read in the twelfth growth's tune rows, tested on sentences written here.
  ['Our plumbers always arrive on time.', 'claims'],
  ['We always leave your kitchen spotless.', 'claims'],
  ['Our cleaning tablets are safe for the earth.', 'green'],
  ['A bio-degradable phone case.', 'green'],
  ['Switch to our bars and ditch single-use bottles.', 'green'],
  // Read in the tenth growth's tune rows, tested on sentences written here.
  ['The studio uses state of the art recording gear.', 'claims'],
  ["You won't believe how quiet the new boiler is.", 'claims'],
  ['We treat back pain with care and precision.', 'health'],
  // Read in the eleventh growth's tune rows, tested on sentences written here.
  ['Our florists take your wedding flowers to the next level.', 'claims'],
  ['A coaching plan that lifts your team to new heights.', 'claims'],
  ["We repair frames that most bike shops can't.", 'claims'],
  ['Our movers are Which?-verified.', 'trust'],
  ['The bakery keeps food waste to a minimum.', 'green'],
  ['Our LED strips use less electricity.', 'green'],
  ['Environmental responsibility is part of how we build.', 'green'],
  // Read in the ninth growth's tune rows, tested on sentences written here.
  ['Switching to our plan can save a family hundreds every year.', 'claims'],
  ['Our cleaners will exceed your expectations.', 'claims'],
  ['Every cake is baked to perfection.', 'claims'],
  ['We take the hassle out of moving house.', 'claims'],
  ['Renting out your flat has never been easier.', 'claims'],
  ['Most riders prefer our saddles to other brands.', 'claims'],
  ['Our advisers are regulated by the FCA.', 'trust'],
  ['Your deposit sits in a government approved scheme.', 'trust'],
  ['Book a fee-free valuation today.', 'pressure'],
  ['Order early to avoid disappointment.', 'pressure'],
  ['Our limited edition prints are back.', 'pressure'],
  ['Fresh bread on your doorstep, every time.', 'claims'],
  ['Unlike other banks, Acme never charges overdraft fees.', 'claims'],
  ['The go-to platform for independent bakers.', 'claims'],
  ['Bank-grade security for every account.', 'claims'],
  ['We take customer service to a higher level.', 'claims'],
  ['Our panels cost half the price of the big brands.', 'claims'],
  ['Rest assured, your roof is in good hands.', 'claims'],
  ['The only invoicing tool built for plumbers.', 'claims'],
  ['Safe for children and pets.', 'claims'],
  ['99.9% uptime on every plan.', 'claims'],
  ['Our boots are built to last.', 'claims'],
  ['Our support desk is always available.', 'claims'],
  ['Every TV comes with our price match.', 'claims'],
  ['Our panels produce more power in winter than any other brand.', 'claims'],
  ['A plumber you can trust, in every postcode of the county.', 'claims'],
  ['Ours is one of only a handful of bakeries that mill their own flour.', 'claims'],
  ['Our shampoo bars come with no packaging at all.', 'green'],
  ['My migraines have completely vanished since the second session.', 'health'],
  ['We go the extra mile for every client.', 'claims'],
  ['Our solar panels have a lifespan of over 30 years.', 'claims'],
  ['Featured in The Guardian and Wired.', 'trust'],
  ['Official partner of Shopify since 2019.', 'trust'],
  // Hyperbole by construction, uniqueness by place, and an award inside a compound word.
  ["A sourdough so airy you'll forget it has a crust.", 'claims'],
  ['Our scheduler cuts your admin time in half.', 'claims'],
  ['Beans like these, found nowhere else in town.', 'claims'],
  ['A multi-award-winning studio in Leeds.', 'trust'],
  // Topic words that name the family: reuse, the gut, audits, places that run out.
  ['Every table in the café is made from reclaimed scaffold boards.', 'green'],
  ['Our granola is easy to digest and never leaves you bloated.', 'health'],
  ['The firmware was independently audited by a Berlin security lab.', 'trust'],
  ['Only twelve seats per class, and they fill quickly.', 'pressure'],
  // Patterns that had read a multi-word alternative as words in a row and never matched.
  ['Early bird discount for the first ten sign-ups.', 'pressure'],
  ['Our ISO-certified engineers handle every install.', 'trust'],
  ['Join 5,500+ data engineers who ship faster.', 'trust'],
  ['Named Bakery of the Year by the local council.', 'trust'],
  ['Developed by dietitians and sports scientists.', 'trust'],
  ['More than 400 projects delivered across the region.', 'trust'],
  ['Clinically shown to reduce fine lines.', 'health'],
  ['Our shampoo fights dandruff and helps prevent hair loss.', 'health'],
  ['Vitamin C may help reduce tiredness and fatigue.', 'health'],
  ['Rich in antioxidants and vitamins for glowing skin.', 'health'],
  ['Our filters give you healthier air at home.', 'health'],
  ['Lymphatic drainage stimulates your circulation and self-healing.', 'health'],
  ['The best massage for sore muscles and back pain.', 'health'],
  // One health word beside a superlative may only set the scene (the family models read it as an aside):
  // the claim is the standard or the place. One environmental word names the claim green (the rubric:
  // green beats the others); "on the planet" only means "anywhere".
  ['The highest standard of physiotherapy in the county.', 'claims'],
  ['The most trusted name in climate tech.', 'green'],
  ['The lowest emissions of any van in its class.', 'green'],
  ['The most secure wallet on the planet.', 'claims'],
  // Speed can be checked, so a testimonial's "fastest" stays a claim.
  ['The fastest build tool I have used.', 'claims'],
  ['Gentle, effective acupuncture for back pain.', 'health'],
  ['Nothing beats a home-cooked meal made with our spices.', 'claims'],
  ['Your data stays in the EU.', 'claims'],
  ['Made in Britain since 1952.', 'claims'],
  ['We ship within 24 hours.', 'claims'],
  ['Founded by a former NASA engineer.', 'trust'],
  ['NICEIC approved contractor.', 'trust'],
  ['Family run for three generations.', 'trust'],
  ['Not happy? Get your money back.', 'claims'],
  ['We achieved a 30% reduction in water consumption across our sites.', 'green'],
  ['92% of our waste was diverted from landfill.', 'green'],
  ['Energy use fell by a tenth across our stores.', 'green'],
  ['Smart thermostats reduce your energy use.', 'green'],
  ['The plant is powered entirely by hydropower.', 'green'],
  ['We don\'t use cookies.', 'claims'],
  ['Uptime you can count on.', 'claims'],
  ['Amethyst is known for its calming properties.', 'health'],
  ['Black tourmaline protects against negative energy.', 'health'],
  ['Setup takes less than five minutes.', 'claims'],
  ['Our coffee is ethically sourced from small farms.', 'green'],
  ['The office runs on 100% renewable electricity.', 'green'],
  ['We protect wildlife habitats on every farm we own.', 'green'],
  ['A zero-waste shop with zero emissions deliveries.', 'green'],
  ['Join early and get bonus rewards.', 'pressure'],
  ['Used by engineers at Google, Stripe and Shopify.', 'trust'],
  ['Our members include the NHS and the BBC.', 'trust'],
  ['Our team includes former engineers from Apple.', 'trust'],
  ['She trained at the Royal College of Music.', 'trust'],
  ['He studied under a master tailor in Naples.', 'trust'],
  ['Customers give us 4.8 stars.', 'trust'],
  ['The project has 20k stars on GitHub.', 'trust'],
  ['Whisper-quiet heat pumps.', 'claims'],
  ['Rock-solid hosting.', 'claims'],
  ['Dirt-cheap flights.', 'claims'],
  ['Ultra-light frames.', 'claims'],
  ["Python's fastest Bitcoin library.", 'claims'],
  ["London's favourite bagels.", 'claims'],
  ['First in London to offer same-day repairs.', 'claims'],
  ['Nobody else offers this.', 'claims'],
  ['No one else matches our prices.', 'claims'],
  ["The city's most loved café.", 'claims'],
  // A named outside party vouching for it: `@` is a word with a capital.
  ['Backed by the Yorkshire Growth Fund since 2021.', 'trust'],
  ['Running in production at Norrland Freight and the Port of Hull.', 'trust'],
  ['Proud members of the Guild of Bakers.', 'trust'],
  ['Listed in the Harden Guide three years running.', 'trust'],
  ['Coached by a former world champion.', 'trust'],
  // Advice to the reader instructs; a promise that it never happens again claims.
  ["Never worry about a missed delivery again.", 'claims'],
  // Trusted with nobody who trusts is a claim about itself; a degree in a subject is a qualification.
  ['Friendly, trusted electricians for every village in the valley.', 'claims'],
  ['She holds a degree in physiotherapy from Leeds.', 'trust'],
  // Comparatives of qualities a buyer compares, and results from the first visit.
  ['Our new boiler runs quieter and lasts longer.', 'claims'],
  ['Most guests feel the difference after the first session.', 'claims'],
  // Where the power comes from, next to no energy, and waste saved: a hedge that is the claim's grammar.
  ['All the electricity we sell comes from turbines off the Norfolk coast.', 'green'],
  ['Our aprons are sewn from linen that would otherwise be thrown away.', 'green'],
  ['Sending money abroad costs a fraction of what high-street banks charge.', 'claims'],
  ["Honestly, it doesn't get crispier than this.", 'claims'],
  // Before and after, outlasting use, doubling, the best tool as a metaphor.
  ['Invoices that used to take a morning now take five minutes.', 'claims'],
  ['Install the valve once and forget about it.', 'claims'],
  ['Nobody in Devon restores sash windows like we do.', 'claims'],
  ['The print stays sharp even after fifty washes.', 'claims'],
  ['Our coaching helps teams double their release pace.', 'claims'],
  ['The Swiss Army knife of garden tools.', 'claims'],
  // What sets a business apart, equatives of quality, a book as a bible, independence, misspelt guarantees.
  ['What sets us apart is our joinery workshop on site.', 'claims'],
  ['Our vault is built to be as secure as possible.', 'claims'],
  ['We make payroll as simple as sending a text.', 'claims'],
  ['This guide will be your sourdough bible.', 'claims'],
  ['Independent advice on pensions, with no commission.', 'claims'],
  ['Founder and published author on sleep science.', 'trust'],
  ['Fully gaurenteed for ten years.', 'claims'],
  // A big name behind the business: a brand that sends its people, a parent company.
  ['Our head stylist is a brand ambassador for Davines.', 'trust'],
  ['Harbour Freight, a subsidiary of Maersk, ships to forty ports.', 'trust'],
  // Patterns that read a two-word alternative as words in a row and never matched these.
  ['Customers like the Co-op and Booths stock our jams.', 'trust'],
  ['Clients including the National Trust buy our maps.', 'trust'],
  ['All our engineers are Gas Safe registered.', 'trust'],
  ['All our fitters are FENSA-registered.', 'trust'],
  ['FENSA registered windows and doors, fitted in a day.', 'trust'],
  ['Members of the Federation of Master Builders.', 'trust'],
  ['Our platform is SOC 2 Type II audited.', 'trust'],
  ['HIPAA-compliant messaging for small clinics.', 'trust'],
  ['Registered with AHPRA since 2012.', 'trust'],
  ['Every circuit is wired to BS 7671.', 'trust'],
  ['Licensed, bonded and insured roofers.', 'trust'],
  ['Named a Leader in the Gartner Magic Quadrant for data platforms.', 'trust'],
  ['She is a registered massage therapist.', 'trust'],
  ['Logos of our clients: Nike, Adobe and Shell.', 'trust'],
  ['No-compromise privacy for your visitors.', 'claims'],
  ['Our balm works wonders on dry hands.', 'claims'],
  ['Our shop pages load in milliseconds.', 'claims'],
  ['Dominate the search results in your town.', 'claims'],
  // Availability alone describes the service; beside a second cue it claims.
  ['Our engineers are available 24/7 and respond within two hours.', 'claims'],
  ['We can fix any problem with your boiler.', 'claims'],
  ["Looking for a plumber in Leeds? You've come to the right place.", 'claims'],
  ['Look no further for your new kitchen.', 'claims'],
  // A share claimed as a result: weak alone, so a second cue must stand beside it.
  ['Our filter stops 98% of spam before it reaches you.', 'claims'],
  // Years in the trade, counted, are offered as proof like a qualification: the grown corpus's labellers call
  // them trust in most rows, and the family models read them so. "Decades" alone stays a plain claim.
  ['With over 25 years of experience, we know every kind of slate roof.', 'trust'],
  ['For decades we have built the best slate roofs in Yorkshire.', 'claims'],
  // A speed set against the slow way claims by itself.
  ['Your website live in days, not months.', 'claims'],
  // A capitalised name that holds a seal or an accreditation is the seal: a name's capitals quiet praise
  // ("Organic Maps"), not a certification.
  ['The practice is an RCVS Accredited Hospital.', 'trust'],
  ['As heard on BBC Radio 4.', 'trust'],
  // Promises in plain words.
  ["Our app makes bookkeeping child's play.", 'claims'],
  ['We get your website to the top of Google.', 'claims'],
  ['Every project delivered on time and on budget.', 'claims'],
  ['Our prices are keen and fair.', 'claims'],
  ["Our roofs don't leak. Period.", 'claims'],
  ["We'll beat any written quote.", 'claims'],
  ["The last CRM you'll ever need.", 'claims'],
  ['It just works.', 'claims'],
  ['Limited spaces left for September.', 'pressure'],
  ['Your first lesson is on us.', 'pressure'],
  ['From the makers of Notion Sync.', 'trust'],
  ['The favourite of home bakers across Britain.', 'trust'],
  ['Onboarding that takes minutes, not months.', 'claims'],
  // Patterns that had a two-word alternative inside one word and never matched.
  ['We handle everything for you.', 'claims'],
  ['No one else can match our prices.', 'claims'],
  ['Backed by Sequoia.', 'trust'],
  ["We're the experts in loft conversions.", 'claims'],
  ['Our fridge uses almost no energy.', 'green'],
  ['Named a G2 Leader for three years running.', 'trust'],
  // Lower bills are money, not the environment: the claim is the reduction.
  ['Owners report significant reductions in electricity bills.', 'claims'],
  ['Double your bookings in 90 days.', 'claims'],
  ['Walk out feeling ten years younger.', 'health'],
  ['Kids who drink our smoothies get sick less often.', 'health'],
  ['Gentle enough for newborns, tough on eczema.', 'health'],
  ['Most patients notice a difference within three sessions.', 'health'],
  ['Lose up to 5kg in your first month.', 'health'],
  ['Helps you stay focused all day.', 'health'],
  ['Regain full movement after injury.', 'health'],
  ['Prices go up on 1 January.', 'pressure'],
  ['This deal disappears at midnight.', 'pressure'],
  ['Last few tickets remaining.', 'pressure'],
  ['Register before the doors close on Friday.', 'pressure'],
  ['You pay nothing for the first month.', 'pressure'],
  ['Our uptime speaks for itself.', 'claims'],
  ['No other accounting app comes close.', 'claims'],
  ['A decade ahead of the competition.', 'claims'],
  ['Our window cleaners leave no streaks.', 'claims'],
  ['Your car, good as new.', 'claims'],
  ['We take care of everything, from start to finish.', 'claims'],
  // From the tune half of the sixth growth: durability, an edition that runs out, counted work.
  ["Our decking boards won't crack or warp in the frost.", 'claims'],
  ['Book now: limited-edition prints of the harbour.', 'pressure'],
  ['Our care plan extends the life of your boiler.', 'claims'],
  ['Fresh sourdough for less, baked every morning.', 'claims'],
  ['Live chat support, so you never wait on hold.', 'claims'],
  ['Over 400 successful installations across Kent.', 'trust'],
  ['Our balm soothes tension in tired shoulders.', 'health'],
  // Repair is green where a product is made to last, not where a shop repairs things.
  ['Every kettle we sell is designed to be repaired.', 'green'],
  ['Our repair café fixes toasters on the first Saturday of the month.', 'green'],
  ['The best bike repair in Leeds.', 'claims'],
  // Promises without a number: paying nothing, nothing better to be found, no surprises, the newest kit.
  ["With us, you won't pay a penny for the survey.", 'pressure'],
  ["You won't find a friendlier dog groomer in Leeds.", 'claims'],
  ['Fixed prices, so you always know what you pay.', 'claims'],
  ['No nasty surprises on the final bill.', 'claims'],
  ['Most of our pupils pass on their first attempt.', 'claims'],
  ['Our clinic uses the latest technology.', 'claims'],
  ['Introductory prices for the first fifty members.', 'pressure'],
  ['Your new roof will stay watertight for years to come.', 'claims'],
  ['Set up your online shop in minutes.', 'claims'],
  // Skin is the body: a claim about it is a health claim, as "huid" is in Dutch.
  ['Our serum leaves your skin visibly smoother.', 'health'],
  ['A gentle peel that evens out your complexion in one session.', 'health'],
  ['Fewer than ten places remain for the spring course.', 'pressure'],
  ['Only available this weekend.', 'pressure'],
  ['Your website, live in a week.', 'claims'],
  ["We're proud to work with brands like Nike and Adidas.", 'trust'],
  ['We planted 2,000 trees across the county last winter.', 'green'],
  ['Over 1,200 successful installations since 2010.', 'trust'],
  // Less transport as an environmental claim.
  ['Locally grown, no air miles.', 'green'],
  ['We deliver every order by electric van.', 'green'],
  // Recognition named, and a pet's visible change.
  ['Our head chef was named the best young chef in Devon.', 'trust'],
  ['Our walking holidays have received recognition from travel writers.', 'trust'],
  ["Since switching to our food, Max's coat is shinier than ever.", 'health'],
  ['Antioxidants in our tea help fight free radicals.', 'health'],
  ['Helps reduce the appearance of fine lines.', 'health'],
  ["You'll walk out feeling like a new person.", 'health'],
  ['Find your inner calm.', 'health'],
  ['Wake up feeling rested.', 'health'],
  ['Breathe easier with our air purifiers.', 'health'],
  ['Kind to sensitive tummies.', 'health'],
  ['Gentle enough for newborns.', 'health'],
  ["We'll have you back on the golf course in no time.", 'health'],
  ['We go above and beyond for every client.', 'claims'],
  ['No job too big or too small.', 'claims'],
  ['The smart choice for busy families.', 'claims'],
  ['We take the stress out of moving.', 'claims'],
  ['Expertly crafted by hand.', 'claims'],
  ['Claim your welcome gift.', 'pressure'],
  ['Early bird tickets now on sale.', 'pressure'],
  ['Buy two, get the third half price.', 'pressure'],
  ['Beeswax is naturally antibacterial and cleans the air around it.', 'health'],
  ['Fresh burgers at prices you will not find anywhere else.', 'claims'],
  ['A no-cost, no-obligation review of your network.', 'pressure'],
  ['New windows increase the value of your home.', 'claims'],
  ['Our taps are water-saving by design.', 'green'],
  ['Our teachers are all CELTA qualified.', 'trust'],
  ['Our graduates work at Google, Booking.com and Shopify.', 'trust'],
  ['Over 20,000 orders shipped since 2015.', 'trust'],
  // A label's certificate stays the label's family.
  ['All our paper is FSC certified.', 'green'],
  // A high pass rate, and nothing left to worry about: written here, not taken from the corpus.
  ['Our instructors have a high first-time pass rate.', 'claims'],
  ['Success rates well above the industry norm.', 'claims'],
  ['With us you will not have to worry about a thing.', 'claims'],
  ['Nothing else to think about: we handle the paperwork.', 'claims'],
  // Vetting of the people sent into a home.
  ['Every carer goes through enhanced background checks.', 'trust'],
  ['Background-checked nannies, ready when you need them.', 'trust'],
  ['Numbers are limited on the winter course, so book soon to avoid missing out.', 'pressure'],
  ['We are the official Shimano dealer for the valley.', 'trust'],
  ['Trusted plumbers, established in 1998.', 'trust'],
  ['Our infrared sessions help ease the symptoms of arthritis.', 'health'],
  ['The results of our deep clean are astonishing.', 'claims'],
  ['You will undoubtedly find the perfect pair of boots in our shop.', 'claims'],
  ['Our sound baths leave you feeling grounded and calm.', 'health'],
  ['Our head chef was named the best new cook in Yorkshire.', 'trust'],
  ['Every therapist holds a Masters from an accredited college.', 'trust'],
  ['After six sessions I finally have my life back.', 'health'],
  // Years in the trade, counted without "experience", are the same proof as a business's age.
  ['Fitting kitchens across Kent for over 30 years.', 'trust'],
  ['15+ years on the Devon coast.', 'trust'],
  ['A decade of experience in wedding flowers.', 'trust'],
  // Disease kept away, told of a care or a product.
  ['Regular hygiene visits help prevent gum disease.', 'health'],
  ['Our vitamin drops protect against colds all winter.', 'health'],
  // Study at a named school is a qualification.
  ['Our head baker trained at the Ecole Lenotre in Paris.', 'trust'],
  // A licence held names an endorser, even beside a promise.
  ['We hold a full electrical licence, so every job meets the strictest code.', 'trust'],
  // The condition of use of an authorised health claim states the claim's effect.
  ['The beneficial effect is obtained with a daily intake of two capsules.', 'health'],
  // "Whether or not" denies nothing.
  ['Whether or not you rent, our installers are the best in the county.', 'claims'],
  // Vetting of the people sent to a home, and a ranking on Google.
  ['All our carers are vetted before their first visit.', 'trust'],
  ['Our clients rank on page 1 of Google within months.', 'claims'],
  // A multiple written as one word ("10x"), and twice as many (written here).
  ['Up to 10x faster builds on the same hardware.', 'claims'],
  ['Teams on the new plan retain twice as many users.', 'claims'],
  // A count of customers helped, with words between (written here).
  ['We helped 200 local businesses grow their online presence.', 'trust'],
  // A price that surprises, the reader's search over, every need covered, paradise promised (written here).
  ['Our rates are surprisingly affordable for a city-centre studio.', 'claims'],
  ['There is no need to look further for a roofer.', 'claims'],
  ['Our team has all your catering needs covered.', 'claims'],
  ['Let us turn your backyard into a heaven on earth.', 'claims'],
  // An outcome said to follow, a method beyond the usual, testing called rigorous, inside knowledge,
  // a leader with words between, speed in minutes, everything one could wish for, safe for all of a
  // kind, a famous product, big improvements, a supplier to names the reader knows (written here).
  ['Automated checks catch errors early, resulting in faster releases.', 'claims'],
  ['Our annual service goes beyond the standard boiler check.', 'claims'],
  ['Every harness is rigorously tested before it leaves the workshop.', 'claims'],
  ['Two former tax inspectors give us insider knowledge of how audits work.', 'claims'],
  ['She is known as a leader and innovator in the hospitality industry.', 'claims'],
  ['Launch a booking page in just minutes.', 'claims'],
  ['Our cafe has every treat you could ever wish for.', 'claims'],
  ['The cleaner is safe for all fabrics and finishes.', 'claims'],
  ['Try our famous sourdough, baked every morning.', 'claims'],
  ['Parents notice big improvements in reading after one term.', 'claims'],
  ['We service the gutters and bring your system back to peak efficiency.', 'claims'],
  ['Our apples are supplied to Tesco and Waitrose.', 'trust'],
  // A result in figures, a rating in stars, a count of finished jobs, a prize, and a hedge that does
  // not reach back over a comma to the proof before it (written here).
  ['The new boiler lowers your gas bill by 25%.', 'claims'],
  ['4.8★ from our customers', 'trust'],
  ['Over 2,000+ completed kitchens across Kent.', 'trust'],
  ['Our chef took the regional prize for best pastry in 2019.', 'trust'],
  ['With 25 years of experience, our fitters aim to finish every bathroom in a week.', 'trust'],
  // A price said as what is not charged, and "don't hesitate", which denies nothing (written here).
  ['Our surveyor does not charge you anything for the first visit.', 'pressure'],
  ["Don't hesitate: the first lesson is free.", 'pressure'],
  // An offer in capitals is still the offer (written here).
  ['Claim your FREE Welcome Pack today.', 'pressure'],
  ['Two decades of hands-on roofing experience.', 'trust'],
  // A hedge in a clause of its own leaves the offer before it whole; pain said as an adjective (written here).
  ['We give every caller a free home survey where we show the alarm we would fit.', 'pressure'],
  ['This is our most popular boiler because most homes would need one.', 'claims'],
  ['Fast relief for painful heels.', 'health'],
  ['Snacks crafted with superfoods, made with love.', 'health'],
  // An offer said as the fee not charged, scarcity before it is too late, and "should you" as "if you" (written here).
  ['There is no fee to join the club for the first month.', 'pressure'],
  ['We never charge clients for a follow-up visit.', 'pressure'],
  ["Book your winter service before it's too late.", 'pressure'],
  ['Our plumbers never charge you for a callout should you need one at night.', 'pressure'],
  // Durability by design, a price match, a verdict of winning and a skill without limits (written here).
  ['Every gate we weld is engineered to last.', 'claims'],
  ['We will match or beat any written quote.', 'claims'],
  ['Of all the bakeries in town, ours is the clear winner.', 'claims'],
  ["There is nothing our tilers can't fix.", 'claims'],
  // Experience pooled or dated, vetting with words between, and athletes at the top of a sport (written here).
  ['Our fitters bring forty years of combined experience.', 'trust'],
  ['In the trade since 1992.', 'trust'],
  ['Every cleaner goes through enhanced criminal background checks.', 'trust'],
  ['Our bike fitters work with Olympic track cyclists.', 'trust'],
  // A standard set, a recommendation by a profession, professionals as users, fish farmed with care, and
  // scarcity before prices rise or seats run out (written here).
  ['Our joinery sets the standard for sash windows.', 'claims'],
  ['A dermatologist recommended balm for dry hands.', 'trust'],
  ['Our knives are used by professional chefs.', 'trust'],
  ['Responsibly farmed trout from the Test valley.', 'green'],
  ['Book your stand before prices go up in March.', 'pressure'],
  ['Sign up before the seats sell out.', 'pressure'],
  ['She is a member of the Guild of Master Craftsmen.', 'trust'],
  ['Our electricians are licensed and insured.', 'trust'],
  // What a client says a treatment did, in the first person; a credential as training; a floor met and passed;
  // free of harsh chemicals; plastic avoided (written here).
  ['After six weeks of physio I was back on the road to recovery.', 'health'],
  ['Her sessions helped me start overcoming my anxiety.', 'health'],
  ["I've never felt fitter in my life.", 'health'],
  ['I am no longer anxious before every meeting.', 'health'],
  ['Our lead vet trained as a surgeon in Glasgow.', 'trust'],
  ['Every harness meets or exceeds the EN 361 standard.', 'trust'],
  ['A cleaning spray with no harsh chemicals.', 'green'],
  ['Avoid plastic wrap with our beeswax covers.', 'green'],
  // A place near the top without a number, a first with "ever", speed in a few units, value praised, the place
  // to go, work done counted with its verb first, and the clients a firm works with (written here).
  ['Ours is one of the top bakeries in Leeds.', 'claims'],
  ['Home to the top chefs in the country.', 'claims'],
  ["The town's first ever zero-alcohol pub.", 'claims'],
  ['We replace a broken screen in just a few minutes.', 'claims'],
  ['Lunch menus at exceptional value.', 'claims'],
  ['Your go to place for vintage guitars.', 'claims'],
  ['Since 2012 we have completed 4,000+ kitchen installations.', 'trust'],
  ['Here are some of the brands we have worked with.', 'trust'],
]

const ENGLISH_QUIET = [
  // A drain left free flowing is clear, not given away.
  'Jetting clears the roots and leaves your drain free flowing again.',
  // An instruction to swap a part (written here).
  'Replace the old filter with a new one every spring.',
  // A list of features is no promise (written here).
  'All the features of the app are listed below.',
  // Opening hours close, they do not run out (written here).
  'The office closes at 5pm on Friday.',
  // A bottle the storm washed up is news, not a material (written here).
  'A plastic bottle washed up from the sea after the storm.',
  // A page that takes seconds to load and a meeting on the same day describe (written here).
  'The report may take a few seconds to load on older phones.',
  'Please bring your passport on the same day as your interview.',
  // A file downloaded three times is a log line, not a following (written here).
  'The file has been downloaded 3 times since Monday.',
  // A route, a family helped after a fire, an injury again, a parcel's weight, pain that passes (written here).
  'We walked in through the front door and walked out through the garden.',
  'We help families get back on their feet after a house fire.',
  "I've put my back out again.",
  'Usually the pain goes away by itself within a few days.',
  'The parcel lost 2 kg of packaging on the way.',
  "I'm working again on the new website.",
  // Nobody as tired as we were compares no offer (written here).
  'Nobody wants to be as tired as we were after that first winter.',
  // Positioning against what the reader assumed, not against a rival (written here).
  'Our bakery is more than just a place to buy bread.',
  'Good lighting matters more than you might think.',
  // Each customer called unique is the reader's case, not praise of what is sold (written here).
  'We know every garden is different and unique.',
  // Words too plain to help a second cue: what a guide covers, whom to ask, a class on the timetable (written here).
  'Our comprehensive guide lists every error code and its fix.',
  'Talk to our experts about the boiler that suits your home.',
  'Pilates and yoga classes run on Tuesday evenings.',
  'Bring comfortable shoes for the garden tour.',
  // A promise of conduct is what a business means to do, not a result it guarantees (written here).
  'We promise to greet every guest by name.',
  // A member of the team is a person, not a membership (written here).
  'A friendly member of our bakery team will call you back.',
  // A credential the law asks of whoever does the work, or one the reader should check (written here).
  'At a wedding the drinks must be served by a licensed bartender.',
  'Before you book, check that the therapist is registered.',
  'Our evening course prepares you for your certificate in six weeks.',
  'Her eye for colour is incredible, and the salon is lovely.',
  // Fit for the reader's case, not praise of what is sold (written here).
  'Our surveyor helps you pick the most suitable roof tile for a listed cottage.',
  'A new boiler is one of the most expensive purchases a household makes.',
  'Households on benefits may be qualified for a grant towards the work.',
  'Growing roses in a dry coastal climate takes more than good soil.',
  'Keep the email body short and the tone calm.',
  'Our wedding barn is where couples make memories that last a lifetime.',
  'Here are some of our most complex projects of the last year.',
  // Luxury names a range or a mood; said alone it praises nothing checkable (written here).
  'Browse our luxury range of bath towels.',
  // A hedge in the clause of the claim still hedges it (written here).
  'The best time to visit would be in late spring.',
  // Free as in freedom, not as in price (written here).
  'The Free Software Foundation publishes the GPL.',
  // A link's invitation is no comparison (written here).
  'Learn more about roof repairs from our experts.',
  'Read more on our financing options.',
  // A sports title in a story is no award of the business (written here).
  'The 2024 World Champion was a young rider.',
  // A cookie banner's "best experience" and a contact form's reply time (written here).
  'This site uses cookies so that we can give you the best possible experience.',
  'Thank you for your message: we reply within two working days.',
  // Two mild words of praise in a sentence the model reads as description, not a pitch (written here).
  'Our installers were tidy, and the new kitchen is simple and efficient.',
  'The garden always looks lovely and the lawn is perfect.',
  // Idioms and facts that only look like a superlative or a pitch (written here).
  "We don't guess and hope for the best.",
  "If the shop is closed, it's best to call ahead.",
  // A warranty with its term is a fact the buyer can hold the seller to (written here).
  'Every new roof comes with a 10-year warranty on labour.',
  'We give 12 months guarantee on the installation work.',
  'Walk-in skin fades and beard trims on Saturdays.',
  // Advice that is still to come, not superiority (written here).
  'Tell us about your project and we will recommend the best supplier.',
  'We help you decide the best mortgage for your situation.',
  'Join the forum and help shape the future of open maps.',
  'Check the calendar for the most up-to-date availability.',
  'You must be at least 16 years of age to book.',
  'One of the hardest things about moving is packing the kitchen.',
  'The heat pump runs in the cheapest overnight hours.',
  // Others differing from others compare nothing of the offer (written here).
  'Their opinions differ from other reviewers.',
  // A hedge, a rating scale's end, an identifier and a saying.
  'I will try to reply within one working day.',
  'Rate each item from 1 to 10, with 10 being the best.',
  'Each order number uniquely identifies your purchase.',
  'As my grandmother said, prevention is always better than cure.',
  'Our engineers are available 24/7 for emergencies.',
  // Booked, but not scarce.
  'The hall was booked for a wedding last June.',
  // A seal's minimum price is a yardstick, not the seal claimed.
  'Ask us how the Fairtrade minimum price is set.',
  // The most asked about, listed: popularity of questions or posts, not of what is sold.
  'Here are the most popular questions about booking.',
  'Browse the most popular posts of this month.',
  // Experts asked, not claimed.
  'Ask our experts in the shop about sizes.',
  'Travel insurance is not included in the price.',
  // "To serve you better" says why, it does not compare.
  'To serve you better, we have moved to a bigger workshop.',
  'To better serve our customers, we open on Sundays.',
  // What a product leaves out is no free offer.
  'Our cakes can be baked soya free.',
  'Let us know before you arrive.',
  // Terms of a booking and a request for a review, not an offer or a seal.
  'You can cancel or reschedule free of charge up to a day before.',
  'Review us on Trustpilot!',
  // A value a business names is what it cares about, not yet a claim about what it delivers.
  'Craftsmanship guides our workshop.',
  'We are a customer-focused team of joiners.',
  // Weak words that on the tune half only ever lent a second cue to plain description.
  'Our studio builds scalable websites for growing brands.',
  'Nearest station: Leeds.',
  'The rest of the team joins us in June.',
  'First time here? Start with our guide.',
  'Our staff treat all patients with kindness.',
  'Our garage will have your van back on the road in no time.',
  // Claim words in the sense of finance and law.
  'Your insurance premium is paid monthly by direct debit.',
  'A bank guarantee is needed for the lease.',
  // Health words in the sense of business, food and manners.
  'Healthy competition keeps our prices low.',
  'Our advice keeps your margins healthy.',
  'Leave the concrete to cure for a week.',
  'Our cured meats come from a farm in Somerset.',
  'We treat every client as a partner.',
  'Heavy rain is leading to delays on the roads.',
  'The best before date is printed on the lid.',
  // Trust words in another sense: a software licence, reviews of work, a ceremony, the client's approval.
  'This template is licensed under the MIT licence.',
  'Our developers do code reviews on every change.',
  'Designs are approved by you before we print.',
  'The award ceremony starts at eight.',
  'Every contract is renewable after twelve months.',
  'Our kitchens are made of natural stone.',
  'We review your security posture every quarter.',
  'Our weekly digest lands in your inbox on Friday.',
  // Green words in another sense: character, weather, chemistry.
  'Oak is prized for its durable nature.',
  'Our coaches are caring by nature.',
  'Our roofs are built for the Scottish climate.',
  'Compost is rich in organic matter.',
  'The seller must provide an energy performance certificate.',
  'Sit back, relax and enjoy a healthy meal.',
  // 'every time' before a clause says when, not how reliably.
  'Every time you visit, the whole team welcomes you with perfect coffee.',
  'We offer free and secure parking for guests.',
  // Backed by something without a name.
  'The garden is backed by a row of old oak trees.',
  // Care and safety advice to the reader.
  'Always back up your notes before you update the app.',
  'Never share your password with anyone who calls you.',
  // A degree of something is an amount, not a qualification.
  'Expect a degree of noise while the pump starts.',
  // Advice for the reader, taste and care: no superiority is claimed.
  'We help you choose the best boiler for a small flat.',
  'Turn the jumper inside out to keep it looking its best.',
  'Sooner or later every roof needs a new layer of felt.',
  // A hedge inside a cue's wildcard still hedges.
  'Prices are rising, so should your savings.',
  'Set the flag and forget the old value.',
  'It can be as simple as a walk around the block.',
  'Our consultant for the Midlands will call you back.',
  // "so" that leads a clause, not a quality so strong that a result follows.
  'So when you push a branch, the pipeline starts.',
  'We moved offices, so currently it is quiet here.',
  'Write it down so that you remember it.',
  "This is a mark against it in any developer's eyes.",
  // An intensifier says how much, not that anything is claimed.
  'Keep opacity very low so the text remains readable.',
  // A value held, not a result shown.
  'The best possible care is important to us.',
  'Honest, affordable advice matters to us.',
  // Advice, and the idiom "get the best out of", like Dutch "het beste uit ... halen".
  'Try to get the best out of your grinder by cleaning it every week.',
  'How to bring out the best in a light roast.',
  // Taste in the first person is an opinion (the rubric's "plain opinion or praise").
  'Honestly the friendliest hairdresser I have ever met.',
  'Simply one of my favourite podcasts.',
  'She is the driving force behind the project.',
  'The script runs only if the flag is set.',
  'You can rely on the default settings for most projects.',
  'Free from ads and trackers, the app stays out of your way.',
  'Solar panels produce less power in winter than in summer.',
  'Set the environment variable before you build the environment.',
  'Best run with elevated privileges.',
  'Get the most out of your new heat pump with these tips.',
  'Computes the unique hash key of a file.',
  'There is free parking behind the guesthouse.',
  'The beach is open at all times of the year.',
  'We write about the renewable energy sector.',
  'The app shows your energy use per room.',
  'Compare energy suppliers and their prices.',
  'Honestly, it was crazy simple to set up.',
  'The walls are paper-thin in this old house.',
  'First, install the package.',
  'A member of our team will call you back within the hour.',
  'Members of the public can visit the garden on Sundays.',
  'The bonded warehouse is next to the harbour.',
  'Be the first to know about new arrivals.',
  'Helping clients look and feel their best.',
  'A little baking soda works wonders.',
  // "-er than" that compares nothing: other than, rather than, no later than.
  'Other than that, the route is flat.',
  'Orders placed no later than 9 pm ship the same week.',
  // Wildcards that caught other words: a layout word, a frequency adverb.
  'The menu sits in the top-left corner of the page.',
  'More recently, the team moved to a new office in Leeds.',
  'Please send their request by email before Friday.',
  // A logo is social proof only as a client's logo.
  'We designed the logo and the website for a bakery in Leeds.',
  // How often or how recent, not how good.
  'Here are the most basic settings of the editor.',
  'Support is open from 9 to 5 on weekdays.',
  'Is this the right place to ask about refunds?',
  'Pre-registered users get the beta first.',
  // A share as a plain fact, with nothing claimed around it.
  'About 70% of the garden is lawn.',
  // Work in progress is a plan, not an offer.
  "We're developing a powerful reporting tool for every team.",
  'The burden of proof is on us.',
  'You lost 2 points in the quiz.',
  'The museum prices rise after renovation.',
  'The recipe takes 20 minutes, not counting the resting time.',
  "If the script doesn't fail, the build continues.",
  // Something that belongs to one thing only, a better web asked for, a donation, a lawn.
  'This serial number is unique to your account.',
  'Every garden is unique.',
  'Support a more secure and open web.',
  'Every donation keeps the library open.',
  'Feed it monthly for a healthy lawn.',
  'Compare the quotes on price and quality.',
  // "Sustainable" meaning lasting.
  'We build sustainable relationships with the people we work with.',
  // "The latest" is news, not a claim, unless it names the kit.
  'Read the latest.',
  'Stay up to date with the latest news.',
  // Superlatives that rank nothing against anyone.
  'The best time to visit the gardens is early June.',
  "We'll find the best option for your budget.",
  'For best results, water the seedlings every morning.',
  'The biggest challenge for new landlords is finding tenants.',
  'Our highest priority is the safety of your children.',
  // The words of a form, a checkout and a safety tip.
  "Complete the form and we'll call you back.",
  'Fill in the complete address.',
  'Securely pay with iDEAL or credit card.',
  'Keep your passwords safe and never share them.',
  'Never share your recovery phrase with anyone.',
  'Better known as the Old Mill, the building dates from 1820.',
  'The room is named after our grandmother.',
  'Please be gentle with the furniture.',
  'Make the right choice for your family.',
  'Free drinking water from the spring.',
  // Green words naming a place, a material, a walk; schedules.
  'Enjoy the natural beauty of the Dales.',
  'Nature walks every Sunday morning.',
  'Carbon steel knives sharpened while you wait.',
  'Sustainable pace, happy team.',
  "We'd love to get to know you better.",
  "We'll never forget our first season.",
  'Everything you need to know about our courses.',
  'Completely renovated in 2021.',
  // Worry in instructions, and a pass rate reported by its source.
  "Don't worry about the error on first run; the next step fixes it.",
  'The pass rate is published by the examining board every year.',
  'Run the security checks before you deploy.',
  'We are here to help our customers with returns.',
  'Parcels sent abroad almost always take longer in December.',
  'Each developer gets a testing environment of their own.',
  'The studio is a calm, welcoming environment for beginners.',
  'Your comfort is our number one priority on every visit.',
  'No doubt you have questions about the move, so here is what happens on the day.',
  'The results of the survey are published every spring.',
  'The last train will leave you at the station before midnight.',
  'Turn the dial 180 degrees from the start position.',
  'Decades of rain had worn the old stone steps.',
  'Prevent injury by reading the safety notes before use.',
  'We studied the site at length before drawing the plans.',
  'Apps hold a license key in the settings file.',
  'Our tutors pace each lesson to the best of every pupil’s ability.',
  // A span of years and nothing else that proves: weak alone, and the learned cue, trained on whole pages
  // whose labellers mostly call bare tenure plain, no longer lends it a second (0.46).
  'Our garage has proudly served the village for decades.',
  // Praise anyone may give, and "extremely" before a hardship.
  'The new kitchen looks incredible.',
  'Spring is an extremely busy season for gardeners.',
  'Permits can be extremely difficult to obtain in the old town.',
  'The shop has changed hands twice in the last 40 years.',
  // A multiple of a schedule is no comparison (written here).
  'Train 2x per week with a partner.',
  // Helping someone choose is no count of customers (written here).
  'We helped you choose a plan last time.',
  // The reader's own situation is unique, not the business (written here).
  'We start by listening to your unique situation.',
  // A road leading to a place, a name-free delivery, a plain duration (written here).
  'The path leading to the lower car park is closed in winter.',
  'Parcels are supplied to the courier by noon.',
  'The survey takes about twenty minutes.',
  // A cookie notice, a freedom the reader has, an aim (written here).
  'We use cookies to improve your experience and make the site faster.',
  'You are free to choose any colour for the frame.',
  'Our clinic strives to offer the most convenient appointment times.',
  // A first of one's own life, a late party, ecology as a field of work (written here).
  'I ran my first ever marathon last spring.',
  'The band played until midnight and nobody went home early.',
  'We carry out an ecological survey before we clear any hedge.',
]

const DUTCH: [string, string][] = [
  // Producttekst: in een dag, één tool voor vijf, nul downtime, binnen minuten live (hier geschreven).
  ['Nieuwe medewerkers in een dag ingewerkt, niet in een maand.', 'claims'],
  ['Vervang vijf tools door één.', 'claims'],
  ['Nul downtime bij elke release.', 'claims'],
  ['Binnen enkele minuten live.', 'claims'],
  ['Het platform waar je concurrenten liever niet over praten.', 'claims'],
  // Pers: verschenen in een blad, te zien op tv (hier geschreven).
  ['Ons werk verscheen in Elle Decoration en vtwonen.', 'trust'],
  ['Onze tuin was te zien in Eigen Huis & Tuin.', 'trust'],
  // Geliefd in heel het land (hier geschreven).
  ['Ontworpen in Utrecht, geliefd over de hele wereld.', 'trust'],
  // Uitgerust wakker worden, vrijer ademen (hier geschreven).
  ['Word elke ochtend uitgerust wakker.', 'health'],
  ['Adem vrijer met onze luchtreiniger.', 'health'],
  // De deadline van een actie of inschrijving, niets extra betalen, bijna vol (hier geschreven).
  ['De inschrijving sluit vrijdag.', 'pressure'],
  ['De uitverkoop eindigt vanavond.', 'pressure'],
  ['Cadeauverpakking kost niets extra.', 'pressure'],
  ['Mis onze voorjaarsactie niet.', 'pressure'],
  ['Nog maar een paar dagen geldig.', 'pressure'],
  ['We zitten deze zomer bijna vol.', 'pressure'],
  // Plastic uit zee, een verpakkingsvrije winkel (hier geschreven).
  ['Deze jas is gemaakt van plastic uit de oceaan.', 'green'],
  ['Een verpakkingsvrije winkel in het hart van Utrecht.', 'green'],
  // Snelheid van wat gedaan wordt, en beloften die alles of altijd omvatten (hier geschreven).
  ['De meeste reparaties doen we dezelfde dag nog.', 'claims'],
  ['Elke taart wordt vers gebakken op de ochtend van uw feest.', 'claims'],
  ['Gemaakt om een generatie mee te gaan.', 'claims'],
  ['Professionele resultaten voor een fractie van de prijs.', 'claims'],
  ['Binnen vijf minuten ingesteld, geen technische kennis nodig.', 'claims'],
  ['Onze prijzen zijn sinds 2019 niet gestegen.', 'claims'],
  ['Er is een reden dat onze klanten steeds terugkomen.', 'claims'],
  // Een accreditatie, toezicht van een autoriteit, de Michelingids, een officiële rol, downloads (hier geschreven).
  ['Zij is geaccrediteerd door de NVO.', 'trust'],
  ['Wij zijn Apple Authorised Service Provider.', 'trust'],
  ['Onder toezicht van De Nederlandsche Bank en de AFM.', 'trust'],
  ['Ons restaurant staat in de Michelingids.', 'trust'],
  ['Officiële tijdwaarnemer van de Amsterdam Marathon.', 'trust'],
  ['Onze app is al meer dan 3 miljoen keer gedownload.', 'trust'],
  // De uitkomst die een cliënt vertelt, het lichaam voorop (hier geschreven).
  ['Ik liep op krukken binnen en zonder krukken weer naar buiten.', 'health'],
  ['Door hem ben ik heel snel opgeknapt!', 'health'],
  ['Dankzij Tom loop ik weer hard na mijn operatie.', 'health'],
  ['Ik kon stoppen met mijn bloeddrukmedicatie.', 'health'],
  ['Ik ben 12 kilo afgevallen in drie maanden.', 'health'],
  ['Ze heeft mijn nek in één sessie losgekregen.', 'health'],
  ['Mijn knie voelt weer als nieuw.', 'health'],
  ['Ik voel me tien jaar jonger.', 'health'],
  ['Mijn hooikoorts was binnen een paar dagen weg.', 'health'],
  ['Ik heb mijn puffer niet meer nodig.', 'health'],
  ['Binnen een maand stond ik weer op de tennisbaan.', 'health'],
  ['Ik ben twee kledingmaten kwijt in acht weken.', 'health'],
  // Boven iedereen, ook met een lange vergelijking ertussen; langer meegaan is duurzaamheid van het product, geen milieuclaim (hier geschreven).
  ['Niemand in de regio legt een vloer zo snel en netjes als ons team.', 'claims'],
  ['Nergens vind je zulke verse vis als bij ons.', 'claims'],
  ['Er gaat niets boven een matras van Slaapwel.', 'claims'],
  ['Onze borstels gaan jaren langer mee dan die uit de supermarkt.', 'claims'],
  // Bekend om iets is een reputatie die het bedrijf zichzelf toeschrijft (claims); bekend van tv of de krant is een
  // aanbeveling door anderen (trust) (hier geschreven).
  ['Onze slagerij staat in de hele regio bekend om haar huisgemaakte worst.', 'claims'],
  ['Bekend van tv: de taarten van Bakkerij Jansen.', 'trust'],
  // Vet dat wegsmelt (hier geschreven).
  ['Smelt hardnekkig buikvet weg.', 'health'],
  // Hofleverancier, het predicaat Koninklijk, vijfsterrenreviews, klanten als bewijs, olympische kampioenen (hier geschreven).
  ['Koninklijk Hofleverancier sinds 1921.', 'trust'],
  ['Wij dragen het predicaat Koninklijk.', 'trust'],
  ['Ruim 1.500 vijfsterrenreviews.', 'trust'],
  ['Merken die ons vertrouwen: Albert Heijn, Bol en KLM.', 'trust'],
  ['Ons team bestaat uit twee olympisch kampioenen.', 'trust'],
  // Een prijsstijging aangekondigd, bestellen zolang het kan, een uiterste datum bij een aanbod (hier geschreven).
  ['De prijzen gaan binnenkort omhoog.', 'pressure'],
  ['Bestel nu het nog kan.', 'pressure'],
  ['Schrijf je uiterlijk vrijdag in en ontvang 10% korting.', 'pressure'],
  // Duurzaam naast de lof van degelijk werk is blijvend; naast stroom blijft het een milieuclaim (hier geschreven).
  ['Wij leveren betrouwbare, duurzame en professionele dakkapellen.', 'claims'],
  ['Betrouwbare en duurzame stroom voor elk huishouden.', 'green'],
  // Een effect met een versterker ertussen, en prijzen gewonnen (hier geschreven).
  ['Een hoofdmassage werkt heel ontspannend.', 'health'],
  ['Onze bakkers zijn al vaak in de prijzen gevallen.', 'trust'],
  // Een register van zorgverleners, wat een mondzorg- of huidbehandeling belooft, voorop lopen (hier geschreven).
  ['Al onze mondhygiënisten zijn BIG-geregistreerde zorgverleners.', 'trust'],
  ['Twee keer per jaar een controle voor een gezond gebit.', 'health'],
  ['Wij verwijderen ouderdomsvlekken met de nieuwste laser.', 'health'],
  ['Massage voor ontspanning van nek en schouders.', 'health'],
  ['Als installateur lopen wij voorop in nieuwe technieken.', 'claims'],
  // Wat maar weinigen kunnen, een technisch hoogstandje, maximale vindbaarheid, een dramatische groei, een
  // kwaliteitsgarantie en een hogere waarde van het huis (hier geschreven).
  ['Een dak zonder één naad: dat kunnen maar weinigen.', 'claims'],
  ['Deze brug is een technisch hoogstandje.', 'claims'],
  ['Sterke teksten voor maximale vindbaarheid in Google.', 'claims'],
  ['Sinds de nieuwe webshop is onze omzet dramatisch gestegen.', 'claims'],
  ['Al ons schilderwerk leveren we met kwaliteitsgarantie.', 'claims'],
  ['Een hogere waarde van je huis na de verbouwing.', 'claims'],
  // Een aankondiging die de claim van de pagina herhaalt, werk volgens een genoemde norm, en een prijsbelofte
  // (hier geschreven).
  ['Lees waarom fysiotherapie helpt bij het verlichten van rugpijn.', 'health'],
  ['Wij keuren elke partij grond conform de BRL 9335.', 'trust'],
  ['Is dezelfde fiets elders goedkoper, dan betalen wij het verschil.', 'claims'],
  // Zonder voorbehoud claimt dezelfde belofte.
  ['Wij antwoorden binnen één werkdag, gegarandeerd.', 'claims'],
  // Een lage prijs in een samenstelling is nog steeds een prijsclaim (hier geschreven).
  ['Je betaalt bij ons een laag uurtarief.', 'claims'],
  ['Bij onze kapsalon betaal je een vaste, lage knipprijs en kies je zelf je stylist.', 'claims'],
  // Een keurmerk bij naam is een claim die bewijs vraagt.
  ['Onze thee is Fairtrade.', 'trust'],
  ['Sinds dit voorjaar zijn wij een B Corp.', 'trust'],
  // Pijnvrij is een belofte over het lichaam, zoals "pain-free".
  ['Dankzij de verdoving blijft u tijdens de ingreep pijnvrij.', 'health'],
  // Schaarste in de agenda: wie wacht, is te laat.
  ['Onze cursussen zijn meestal weken vooruit volgeboekt.', 'pressure'],
  // Elfde sessie: milieuprestaties in de woorden van verslagen. Hier geschreven.
  ['We beperken onze impact op de omgeving zoveel mogelijk.', 'green'],
  ['Zo voorkomen we vervuiling van het grondwater.', 'green'],
  ['Het gebruik van bestrijdingsmiddelen verminderen we elk jaar.', 'green'],
  ['De nieuwe installatie bespaart 4.000 kWh per jaar.', 'green'],
  // Vormen van wat de oneven achtergehouden regels misten, opnieuw geschreven.
  ['Het best bewaarde geheim van de Veluwe.', 'claims'],
  ['Geen enkele kapper in de stad knipt zo precies als de onze.', 'claims'],
  ['De appeltaart waarvoor half Utrecht omrijdt.', 'claims'],
  ['Onze muurverf dekt in één laag.', 'claims'],
  ['Afgedankte kasten krijgen bij ons een tweede leven.', 'green'],
  ['Wij bouwen passiefhuizen.', 'green'],
  ['Er liggen zonnepanelen op ons dak.', 'green'],
  ['Ze ontwierp eerder voor bekende merken als Gazelle en Batavus.', 'trust'],
  ['Wij zijn experts in badkamerrenovaties.', 'claims'],
  // "Gezond" over eten of een les zegt iets over het lichaam: een gezondheidsclaim, zoals "healthy".
  ['Onze smoothies zijn gezond en boordevol smaak.', 'health'],
  ['Gezonde en voedzame maaltijden, elke dag vers bereid.', 'health'],
  ['Wij zijn dé ideale partner voor uw verbouwing.', 'claims'],
  // Tiende sessie: een merk of register tussen het keurmerkwoord en wat het keurt. Hier geschreven.
  ['Onze tandartsen staan ingeschreven in het BIG-register.', 'trust'],
  ['Officieel Apple Premium Reseller.', 'trust'],
  ['Wij zijn een gecertificeerd Daikin installateur.', 'trust'],
  // Claims zonder een woord dat een lijst al kende: boven een gemiddelde, resultaat in een genoemde tijd.
  ['Ons slagingspercentage ligt ver boven het landelijk gemiddelde.', 'claims'],
  ['Binnen 6 weken fitter.', 'claims'],
  ['Lekkages dezelfde dag verholpen.', 'claims'],
  ['Een vriendelijker team vind je nergens.', 'claims'],
  ['Geen klus is ons te gek.', 'claims'],
  ['Resultaat dat je vanaf week één ziet.', 'claims'],
  ['Pijnloos naar de tandarts.', 'health'],
  ['Elke gereviseerde fiets is er een minder op de afvalberg.', 'green'],
  ['Zorgt voor een glanzende vacht.', 'health'],
  ['Zacht voor gevoelige magen.', 'health'],
  ['Geef je stofwisseling een boost met onze HIIT-lessen.', 'health'],
  ['De plekken raken snel vol.', 'pressure'],
  // Vormen die de gemiste zinnen van de tune-helft in het algemeen noemden, hier met eigen zinnen.
  ['Er is geen mooier moment dan nu om te starten.', 'pressure'],
  ['Het moment is nu.', 'pressure'],
  ['Onze klanten beoordelen ons met vijf sterren.', 'trust'],
  ['Onze software wordt gebruikt door scholen en gemeenten in heel Nederland.', 'trust'],
  ['Graag ontzorg ik je bij je verhuizing.', 'claims'],
  ['Slaag de eerste keer voor je rijexamen.', 'claims'],
  ['Voller haar binnen drie maanden.', 'health'],
  // Garages, bijles en dakdekkers: hier geschreven proefzinnen.
  ['Uw auto is bij ons in vertrouwde handen.', 'claims'],
  ['Gemiddeld gaan onze leerlingen twee punten omhoog.', 'claims'],
  ['Na tien lessen zie je al resultaat.', 'claims'],
  ['Bijles die echt werkt.', 'claims'],
  ['Wij leggen daken die generaties meegaan.', 'claims'],
  ['Onze aanpak werkt, dat bewijzen de resultaten.', 'claims'],
  ['Wij zijn dealer van Peugeot sinds 1985.', 'trust'],
  ['No cure, no pay.', 'claims'],
  ['Geen resultaat, geen kosten.', 'claims'],
  ['Wij lossen storingen op voordat u het merkt.', 'claims'],
  ['Onze rijschool heeft een slagingspercentage van 87%.', 'claims'],
  ['Pilates zal de manier waarop je beweegt veranderen.', 'claims'],
  ['Wij evenaren elke offerte.', 'claims'],
  // Negende sessie: lichaamswoorden, keurmerken en vergelijkingen die nog geen lijst kende. Hier geschreven.
  ['Onze hondensnacks houden het gebit gezond.', 'health'],
  ['Een Michelinster sinds 2015.', 'trust'],
  ['Onze werkwijze is getoetst door TNO.', 'trust'],
  ['Ruim 200 scholen gebruiken onze methode.', 'trust'],
  ['Geen enkele camping ligt dichter bij het strand.', 'claims'],
  ['Uitzonderlijke fysiotherapie in het centrum van Gouda.', 'claims'],
  ['Onze zolen zijn ideaal voor pijnlijke voeten.', 'health'],
  // A superlative heading needs no article; a unique combination of a product is praise. Written here.
  ['Snelste glasvezel van de regio.', 'claims'],
  ['Laagste energierekening in jaren.', 'claims'],
  ['Een unieke combinatie van koffie en taart.', 'claims'],
  ['Wij zijn de eerste bakkerij in Utrecht die alleen met spelt bakt.', 'claims'],
  ['Zonnepanelen voor de helft van de kosten.', 'claims'],
  // Gelezen in de afgestemde rijen van de twaalfde groei, getest op zinnen die hier geschreven zijn.
  ['Wij bouwen uw aanbouw met minimale overlast.', 'claims'],
  ['Rijk aan ijzer en zink.', 'health'],
  ['Een kauwstaaf voor gezonde tanden.', 'health'],
  ['Eindelijk geen rugpijn meer!', 'health'],
  // Gelezen in de afgestemde rijen van de elfde groei, getest op zinnen die hier geschreven zijn.
  ['Wij tillen uw webshop naar nieuwe hoogten.', 'claims'],
  ['Wij repareren wat andere garages niet kunnen.', 'claims'],
  // Proeven van de sectoren die de elfde groei brengt (hoveniers, IT-beheer), hier geschreven.
  // Bereikbaarheid alleen beschrijft de dienst; naast een tweede cue claimt ze.
  ['Onze storingsdienst is 24 uur per dag bereikbaar en lost elk probleem direct op.', 'claims'],
  ['Onze monteurs zijn beschikbaar 24 uur per dag.', 'claims'],
  ['Een border met vaste planten die goed zijn voor vlinders.', 'green'],
  ['Wij leggen insectvriendelijke daktuinen aan.', 'green'],
  ['Natuurinclusief bouwen is ons vak.', 'green'],
  ['Met deze lak blijft je vloer tot wel tien jaar mooi.', 'claims'],
  ['Op één lading gaat de scooter 60 km mee.', 'claims'],
  ['Onze camping is zeer goed beoordeeld.', 'trust'],
  ['Ons restaurant staat uitstekend beoordeeld op Tripadvisor.', 'trust'],
  ['Wij zijn een NVM-makelaar.', 'trust'],
  ['Een Bovag-garage met 40 jaar ervaring.', 'trust'],
  ['Ingeschreven in het register van de NOvA.', 'trust'],
  ['Onze racefietsen zijn er in rood, groen of zwart, en allemaal met de beste onderdelen.', 'claims'],
  // Geld, niet het milieu: een besparing op de energierekening is een prijsclaim, een besparing op energie groen.
  ['Tot 20% besparing op uw energierekening met onze isolatie.', 'claims'],
  ['Onze isolatie geeft een besparing op energie van 30%.', 'green'],
  // Gelezen in de tune-rijen van de negende groei, getest op zinnen die hier zijn geschreven.
  ['Onze schoenen zijn gemaakt om lang mee te gaan.', 'claims'],
  ['Wij werken volgens hoge kwaliteitseisen.', 'claims'],
  ['Onze isolatie verlaagt je energierekening met 20%.', 'claims'],
  ['Wij staan dichter bij onze klanten dan welk ander bureau ook.', 'claims'],
  ['Nog nooit was verhuizen zo makkelijk.', 'claims'],
  ['Bakkerij Jansen is uw betrouwbare bakker in Zwolle.', 'claims'],
  ['Als registertaxateur taxeer ik uw woning.', 'trust'],
  ['Bestel op tijd om teleurstelling te voorkomen.', 'pressure'],
  ['Onze zomerjurken verdwijnen snel.', 'pressure'],
  ['Onze beugel helpt tegen snurken.', 'health'],
  ['Koffie zo vol dat je geen suiker meer wilt.', 'claims'],
  ['Onze planner halveert je administratietijd.', 'claims'],
  ['Een uitzicht dat je nergens anders ziet.', 'claims'],
  ['Onze camping heeft het ANWB-keurmerk.', 'trust'],
  ['Ons hotel kreeg dit jaar een reizigersonderscheiding.', 'trust'],
  ['Onze kantoren zijn volledig energieneutraal.', 'green'],
  ['Alle trainers zijn NLP-geregistreerd.', 'trust'],
  ['Profiteer van de vroegboekkorting tot eind januari.', 'pressure'],
  ['De cursus is bijna volgeboekt.', 'pressure'],
  ['Wij zijn dé specialist in badkamers.', 'claims'],
  ['Nederlands grootste webwinkel voor fietsen.', 'claims'],
  ['Geen verborgen kosten.', 'claims'],
  ['Onze zonnepanelen gaan 30 jaar mee.', 'claims'],
  ['Onze monteurs zijn altijd voor u klaar.', 'claims'],
  ['Wij zijn één van de weinige installateurs met eigen monteurs.', 'claims'],
  ['Organisaties zoals de Rabobank en Philips gingen u al voor.', 'trust'],
  ['Een voetreflexmassage werkt kalmerend.', 'health'],
  ['Onze populairste behandeling bij rugpijn.', 'health'],
  ['Een effectieve massage voor nek en schouders.', 'health'],
  ['Je gegevens blijven in de EU.', 'claims'],
  ['Onze prijzen verslaan de supermarkt.', 'claims'],
  ['Sinds 1952 in Nederland gemaakt.', 'claims'],
  ['Installatie duurt minder dan vijf minuten.', 'claims'],
  ['Geliefd bij ouders en kinderen.', 'trust'],
  ['Welkom bij de beste massagepraktijk van Utrecht.', 'claims'],
  ['Wij kunnen u het beste advies geven.', 'claims'],
  ['Hoofdsponsor van FC Utrecht.', 'trust'],
  ['Trotse sponsor van VV Utrecht.', 'trust'],
  ['Al drie generaties uw bakker.', 'trust'],
  ['Niet goed, geld terug.', 'claims'],
  ['Snel geregeld, zonder kleine lettertjes.', 'claims'],
  ['Ons waterverbruik daalde met 30%.', 'green'],
  ['Ons kantoor is BREEAM Excellent gecertificeerd.', 'green'],
  ['Onze lampen gaan tot 50.000 branduren mee.', 'claims'],
  ['Service waar je op kunt rekenen.', 'claims'],
  ['Deze edelsteen heeft een kalmerende werking.', 'health'],
  ['Lapis lazuli stimuleert de keelchakra.', 'health'],
  ['De terugverdientijd van een thuisbatterij is 9 jaar.', 'claims'],
  ['Onze hardware steekt met kop en schouders boven de rest uit.', 'claims'],
  ['In tegenstelling tot andere banken zijn wij ook in het weekend open.', 'claims'],
  ['Ons meest gekozen abonnement.', 'claims'],
  ['Stipte levering gewaarborgd.', 'claims'],
  ['Al jaren een begrip in de regio.', 'claims'],
  ['Wij gaan altijd een stapje verder.', 'claims'],
  ['Wij doen wat banken niet kunnen.', 'claims'],
  ['Als Premium Partner installeren wij ook thuisbatterijen.', 'trust'],
  ['Onze monteurs zijn VCA-gecertificeerd.', 'trust'],
  ['Klanten geven ons een 9,2.', 'trust'],
  ['Bekend van RTL Z en het AD.', 'trust'],
  ['Ruim 500 projecten opgeleverd.', 'trust'],
  ['Onze salon werd genomineerd voor de Kappersprijs.', 'trust'],
  ['Vitamine B6 draagt bij aan het verminderen van vermoeidheid.', 'health'],
  ['Vitamine A en C ondersteunen het immuunsysteem.', 'health'],
  ['Boordevol antioxidanten voor een stralende huid.', 'health'],
  ['Onze scrub bestrijdt roos en schilfers.', 'health'],
  ['Geniet van een gezond binnenklimaat.', 'health'],
  ['Een massage zorgt voor diepe ontspanning en herstel.', 'health'],
  ['Acupunctuur brengt lichaam en geest weer in balans.', 'health'],
  ['Onze thee is eerlijk geteeld.', 'green'],
  ['Ons kantoor draait op 100% groene stroom.', 'green'],
  ['Door papierloos te werken redden we elk jaar bomen.', 'green'],
  ['Probeer het 30 dagen gratis.', 'pressure'],
  ['Gebruikt door teams bij Coolblue en Picnic.', 'trust'],
  ['Tot onze klanten behoren KLM en Philips.', 'trust'],
  ['Ze is opgeleid aan de Hogeschool van Amsterdam.', 'trust'],
  ['Opgeleid bij de beste kappers van Parijs.', 'trust'],
  ['Hij is opgeleid bij Philips.', 'trust'],
  ['Als eerste in Utrecht bieden wij dit aan.', 'claims'],
  ['Wij zijn als eerste ter plaatse.', 'claims'],
  ['Hij studeerde af aan de Academie voor Fysiotherapie.', 'trust'],
  ['Gemiddeld 4,8 sterren op Google.', 'trust'],
  ['Razendsnelle levering.', 'claims'],
  ['Spotgoedkope zonnepanelen.', 'claims'],
  ['Kraakheldere ramen.', 'claims'],
  ['Muisstil draaiende warmtepomp.', 'claims'],
  ['De slimste manier om je uitstoot te verlagen.', 'green'],
  ['Zo helpen we bedrijven hun afval flink te verminderen.', 'green'],
  ['De perfecte plek voor een ontspannen weekend aan zee.', 'claims'],
  // "Duurzaam" beside wear and weather is how long a thing lasts, a claims claim (written here).
  ['Onze keramische tegels zijn duurzaam en krasbestendig.', 'claims'],
  ['Robuust en duurzaam: dit hekwerk staat er over twintig jaar nog.', 'claims'],
  ['De veiligste portemonnee op de planeet.', 'claims'],
  ['De snelste boekhoudapp die ik ken.', 'claims'],
  // Een genoemde partij die ervoor instaat.
  ['Gesteund door de Provincie Drenthe en drie gemeenten.', 'trust'],
  ['Wij werken voor onder andere Vanderlande en de TU Eindhoven.', 'trust'],
  ['Trotse leden van de Bond van Bakkers.', 'trust'],
  // Een levering van vandaag is een belofte.
  ['Voor 17.00 uur besteld, vandaag nog verzonden.', 'claims'],
  // Betrouwbaar volgens zichzelf is een claim; vertrouwd door een telling is sociaal bewijs.
  ['Een installateur die u echt kunt vertrouwen, met vaste prijzen.', 'claims'],
  ['Vertrouwd door 4.000 bakkers in heel Europa.', 'trust'],
  ['Onze nieuwe ketel draait stiller, en ons brood is verser.', 'claims'],
  ['De meeste klanten merken het verschil al na één behandeling.', 'claims'],
  ['Onze koelcel verbruikt bijna geen stroom.', 'green'],
  ['Onze tassen zijn gemaakt van zeildoek dat anders zou worden verbrand.', 'green'],
  ['Onze stroom komt uit windmolens in de Noordzee.', 'green'],
  ['Niemand kent de polders van Flevoland zoals wij.', 'claims'],
  ['De lak blijft glanzen, zelfs na tien winters.', 'claims'],
  ['Deze methode werkt uitstekend bij nekklachten.', 'health'],
  ['Kurkuma doet wonderen voor je gewrichten.', 'health'],
  ["Onze pagina's laden in milliseconden.", 'claims'],
  ['Met onze SEO ga je de zoekresultaten domineren.', 'claims'],
  // "op." ends the sentence: the condition before it does not silence the claim after it.
  ['Als u vragen heeft, bel ons gerust op. Onze monteurs werken razendsnel.', 'claims'],
  ['Wij zijn 24/7 bereikbaar en binnen 30 minuten ter plaatse.', 'claims'],
  ['Wij hebben de kennis om elk probleem op te lossen.', 'claims'],
  ['Zoekt u een loodgieter? Dan bent u bij ons aan het juiste adres, de snelste van de regio.', 'claims'],
  ['Proef zelf het verschil.', 'claims'],
  ['Eén keer instellen en daarna vergeten.', 'claims'],
  ['Wat ons onderscheidt, is de persoonlijke aanpak.', 'claims'],
  ['Onafhankelijk advies over uw hypotheek.', 'claims'],
  ['Goede zonnepanelen gaan 25 jaar mee.', 'claims'],
  ['Dit slot maakt het erg lastig om in te breken.', 'claims'],
  ['Honderden opdrachtgevers gingen u voor.', 'trust'],
  ['Onze serverkasten zijn gebouwd voor betrouwbaarheid.', 'claims'],
  // Getelde jaren in het vak worden als bewijs geboden, zoals een diploma: trust, zoals de labelaars van het
  // gegroeide corpus ze meestal noemen.
  ['Wij hebben meer dan 20 jaar ervaring met warmtepompen.', 'trust'],
  // Snelheid tegenover de trage weg is op zich een claim.
  ['Uw nieuwe keuken in weken in plaats van maanden.', 'claims'],
  ['Je website online binnen dagen, niet maanden.', 'claims'],
  ['Wij werkten voor merken als Heineken en Albert Heijn.', 'trust'],
  ['Samenwerkingspartner van de TU Delft.', 'trust'],
  // Beloften in gewone woorden.
  ['Onze app maakt boekhouden kinderspel.', 'claims'],
  ['Wij zorgen dat uw website bovenaan in Google staat.', 'claims'],
  ['Onze zonnepanelen verdienen zichzelf binnen zeven jaar terug.', 'claims'],
  ['Elk project wordt op tijd en binnen budget opgeleverd.', 'claims'],
  ['Onze prijzen zijn scherp en eerlijk.', 'claims'],
  ['Een installatie die jarenlang probleemloos werkt.', 'claims'],
  ['Met onze voedingsadviezen val je blijvend af.', 'health'],
  ['Onze daken lekken niet.', 'claims'],
  ['Wij verslaan elke schriftelijke offerte.', 'claims'],
  ['Het laatste boekhoudpakket dat je ooit nodig hebt.', 'claims'],
  ['Je eerste les is van ons.', 'pressure'],
  ['Na een week merk je dat je rustiger slaapt.', 'health'],
  ['Voel je weer jezelf.', 'health'],
  ['Klanten waarderen ons met een 9,1.', 'trust'],
  ['Van de makers van Bol.com.', 'trust'],
  ['De favoriet van Nederlandse koks.', 'trust'],
  ['Een nieuwe website in dagen, niet maanden.', 'claims'],
  ['Wij zijn het adres voor maatwerk keukens.', 'claims'],
  ['Onze shakes houden je urenlang verzadigd.', 'health'],
  ['Uw dak weer waterdicht voor minstens twintig jaar.', 'claims'],
  ['Verdubbel je leads in drie maanden.', 'claims'],
  ['Uw energierekening gaat omlaag vanaf de eerste dag.', 'claims'],
  ['Ons systeem verdient zich binnen een jaar terug.', 'claims'],
  ['Ons supplement geeft je libido een flinke boost.', 'health'],
  ['De beste shampoo tegen roos en jeuk op de hoofdhuid.', 'health'],
  ['De eerste maand betaal je niets.', 'pressure'],
  ['Schrijf je nu in en ontvang een welkomstpakket.', 'pressure'],
  ['De prijzen stijgen per 1 januari.', 'pressure'],
  ['Geen enkel datalek in tien jaar.', 'claims'],
  ['Onze uptime spreekt voor zich.', 'claims'],
  ['Geen enkele boekhoudapp komt in de buurt.', 'claims'],
  ['Onze glazenwassers laten geen streep achter.', 'claims'],
  ['U merkt direct het verschil.', 'claims'],
  ['Uw auto weer als nieuw.', 'claims'],
  ['Wij lossen 9 van de 10 storingen in één bezoek op.', 'claims'],
  ['Onze prijzen zijn all-in, zonder verrassingen.', 'claims'],
  ['Dit zijn de laatste kaarten voor de voorstelling van vrijdag.', 'pressure'],
  ['Grijp nu de laatste kans op korting.', 'pressure'],
  ['Onze coating verlengt de levensduur van uw kozijnen.', 'claims'],
  ['Vaste afspraken, zodat je nooit voor verrassingen staat.', 'claims'],
  ['Al meer dan 300 geslaagde verbouwingen in de regio.', 'trust'],
  ['Onze lunchmassage draagt bij aan het welzijn van uw team.', 'health'],
  ['Ons stucwerk scheurt niet en verkleurt nooit.', 'claims'],
  // Repareren is groen waar een product lang meegaat, niet waar een werkplaats repareert.
  ['Onze stofzuigers zijn volledig repareerbaar.', 'green'],
  ['In ons reparatiecafé krijgen kapotte lampen een tweede leven.', 'green'],
  // Langer meegaan zegt hoe lang een product het doet: duurzaamheid van het product, een claim
  // (de rubriek: "durable"/"last a lifetime" is `claims`), zoals "lasts longer" in het Engels.
  ['Goed onderhouden apparaten gaan langer mee.', 'claims'],
  ['De snelste fietsreparatie van Utrecht.', 'claims'],
  ['Reparatie van elke e-bike binnen één werkdag, gegarandeerd.', 'claims'],
  // Beloften zonder getal: niets betalen, weten wat je betaalt, geen verrassingen, de nieuwste techniek.
  ['De eerste meting kost je geen cent.', 'pressure'],
  ['Wij regelen alles, zonder dat het je iets kost.', 'pressure'],
  ['Bij ons weet je vooraf precies wat je betaalt.', 'claims'],
  ['Onze monteurs zijn steeds bereikbaar.', 'claims'],
  ['Geen vervelende verrassingen op de factuur.', 'claims'],
  ['Onze monteurs kunnen elke storing verhelpen.', 'claims'],
  ['We vinden altijd een passende oplossing.', 'claims'],
  ['Met onze cursus slaag je in één keer.', 'claims'],
  ['Een goede voorbereiding vergroot je kans met 20%.', 'claims'],
  ['Wij werken met de nieuwste meetapparatuur.', 'claims'],
  ['Profiteer van onze introductieprijs.', 'pressure'],
  ['Al onze trainers zijn speciaal opgeleid voor kinderen met autisme.', 'trust'],
  ['Uw vloer blijft jarenlang mooi.', 'claims'],
  ['Bij storingen lossen we het snel op.', 'claims'],
  // Een naam in de tweede naamval voor een overtreffende trap, en "veel" voor een vergrotende.
  ['Brabants lekkerste appeltaart.', 'claims'],
  ['Met ons deeg bak je veel luchtiger brood.', 'claims'],
  ['Leerlingen die bij ons lessen, slagen veel vaker.', 'claims'],
  // Klachten en huid in samenstellingen: "RSI-klachten", "huidirritatie", "hoofdhuidschilfers".
  ['Snel van je RSI-klachten af.', 'health'],
  ['Onze crème helpt bij huidirritatie.', 'health'],
  ['Onze olie helpt tegen hoofdhuidschilfers.', 'health'],
  ['Minder dan tien plaatsen over voor de zomercursus.', 'pressure'],
  ['Alleen beschikbaar dit weekend.', 'pressure'],
  ['Actie loopt tot en met zondag.', 'pressure'],
  ['Wij werken voor onder meer de gemeente Utrecht en Rabobank.', 'trust'],
  ['Onze busjes rijden op stroom van eigen zonnepanelen.', 'green'],
  ['Wij bezorgen met de bakfiets.', 'green'],
  ['Lokaal geteeld, zonder voedselkilometers.', 'green'],
  ['Onze yogalessen brengen rust in je hoofd.', 'health'],
  ['Nooit meer slapeloze nachten.', 'health'],
  ['Je gaat ontspannen en opgeladen naar huis.', 'health'],
  ['Blokkades worden opgeheven zodat je energie weer vrij kan stromen.', 'health'],
  ['Vind innerlijke rust en ontspanning.', 'health'],
  ['Voel je fitter en vitaler.', 'health'],
  ['Vandaag besteld, morgen geleverd.', 'claims'],
  ['Geen klus te groot of te klein.', 'claims'],
  ['Wij doen het in één keer goed.', 'claims'],
  ['De slimme keuze voor ondernemers.', 'claims'],
  ['Tweede halve prijs.', 'pressure'],
  ['Boek voor vrijdag en profiteer van deze prijs.', 'pressure'],
  ['Vergroot de waarde van uw huis.', 'claims'],
  ['Koude vloeren zijn verleden tijd met PUR vloerisolatie.', 'claims'],
  ['Wij monteren uitsluitend onderdelen van een topmerk.', 'claims'],
  ['Geen kunstmest of chemische toevoegingen.', 'green'],
  ['Slimme bewateringssystemen voor waterbesparende oplossingen.', 'green'],
  ['Bewezen tuinexpertise in ontwerp en realisatie.', 'claims'],
  ['Wij helpen je om hier definitief verandering in te brengen.', 'claims'],
  ['Een aanpak gebaseerd op wetenschappelijke inzichten.', 'claims'],
  ['Al onze docenten zijn bevoegd.', 'trust'],
  ['Meer dan 20.000 bestellingen verzonden sinds 2015.', 'trust'],
  ['Ambachtelijk gebrand in kleine batches voor maximale versheid.', 'claims'],
  // Ver boven een gemiddelde, een hoog slagingspercentage, nergens aan denken, een NEN-norm: hier geschreven.
  ['Onze cursisten scoren ruim boven het landelijk gemiddelde.', 'claims'],
  ['Een hoog slagingspercentage bij het eerste examen.', 'claims'],
  ['U hoeft nergens meer naar om te kijken.', 'claims'],
  ['Je hoeft zelf nergens aan te denken.', 'claims'],
  ['Alle installaties worden opgeleverd volgens NEN 1010.', 'trust'],
  ['Al onze schoonmakers hebben een geldige VOG.', 'trust'],
  ['Wij werken alleen met gescreende oppassen.', 'trust'],
  ['Het aantal plekken is beperkt, dus meld je op tijd aan.', 'pressure'],
  ['Onze rapporten worden door alle geldverstrekkers geaccepteerd.', 'trust'],
  ['Al onze adviseurs zijn ingeschreven bij het NRVT.', 'trust'],
  ['Wij zijn officieel Gazelle dealer in de regio.', 'trust'],
  ['Vakkundig schilderwerk, al sinds 1979 onze trots.', 'trust'],
  ['Het grootste voordeel van een vaste chauffeur is stressreductie.', 'health'],
  ['Onze kruidenthee kan helpen bij het verlichten van symptomen van verkoudheid.', 'health'],
  ['De resultaten van onze gevelreiniging zijn verbluffend.', 'claims'],
  ['Uitermate geschikt voor mensen met gewrichtsproblemen.', 'health'],
  ['Na drie behandelingen heb ik mijn leven weer terug.', 'health'],
  // Getelde jaren in het vak, ook zonder "ervaring", zijn hetzelfde bewijs als de leeftijd van een bedrijf.
  ['Al meer dan 40 jaar verzorgen wij uw tuin.', 'trust'],
  ['Twee decennia ervaring met badkamers.', 'trust'],
  ['Een fluoridelak beschermt tegen gaatjes.', 'health'],
  ['Goede schoenen spelen een grote rol in blessurepreventie.', 'health'],
  // Een gevolgde opleiding en een studie aan een genoemde school zijn kwalificaties.
  ['De opleiding tot sportmasseur heb ik in 2020 afgerond.', 'trust'],
  ['Onze bakker studeerde aan de Bakkersvakschool in Wageningen.', 'trust'],
  // Een certificering of validatie met de naam van het schema.
  ['Onze VCA-certificering garandeert dat we veilig werken.', 'trust'],
  ['Alle taxaties zijn NWWI-gevalideerd.', 'trust'],
  // De gebruiksvoorwaarde van een toegelaten gezondheidsclaim noemt het effect van de claim.
  ['Het gunstige effect wordt bereikt bij dagelijks gebruik van twee capsules.', 'health'],
  // Verlichting van een klacht blijft een effect, ook na "al dan niet".
  ['De massage geeft snel verlichting van al dan niet chronische rugpijn.', 'health'],
  // Iets van het huis is gratis; klanten die aanbevelen; betaalbare prijzen.
  ['Bij elke lunch een koffie van het huis.', 'pressure'],
  ['Ontdek waarom onze klanten ons aanbevelen aan vrienden.', 'trust'],
  ['Wij hanteren betaalbare prijzen voor elk type klus.', 'claims'],
  // A multiple written as one word, or counted in words (written here).
  ['Onze klanten verkopen 3x meer via hun nieuwe webshop.', 'claims'],
  ['Twee keer zo snel klaar als met een gewone verfroller.', 'claims'],
  // A count of customers helped, the verb before or after it (written here).
  ['We hielpen al 1200 ondernemers aan een nieuwe website.', 'trust'],
  ['Sinds 2015 hebben we 400 gezinnen geholpen met hun verhuizing.', 'trust'],
  // Helping people with complaints is a health effect (written here).
  ['Ik help vrouwen met hormonale klachten en vermoeidheid.', 'health'],
  // Een gevolg dat de tekst belooft, verder dan gebruikelijk, streng getest, een flinke besparing,
  // leverancier aan bekende namen (hier geschreven).
  ['Slimme planning leidt tot lagere kosten voor elke klant.', 'claims'],
  ['Onze inspectie gaat verder dan de standaard keuring.', 'claims'],
  ['Elk onderdeel wordt streng gecontroleerd voordat het de fabriek verlaat.', 'claims'],
  ['Met isolatie haalt u een flinke besparing op uw rekening.', 'claims'],
  ['Onze tulpen worden geleverd aan Albert Heijn en Jumbo.', 'trust'],
  // Trots, groei, werk uit handen, een sterke verbetering, een vast gezicht, een hogere woningwaarde,
  // jonger ogen, een oplossing voor iedereen, onafhankelijk gekozen, een besparing in procenten, tevreden
  // klanten met woorden ertussen, bovenaan in Google (hier geschreven).
  ['De bakkerij gaat er prat op dat elk brood met de hand wordt gevormd.', 'claims'],
  ['Wij zijn een snelgroeiend installatiebedrijf uit Zwolle.', 'claims'],
  ['Wij nemen u alle zorgen rond de verhuizing uit handen.', 'claims'],
  ['Met deze training verbetert u uw conditie aanzienlijk.', 'claims'],
  ['Bij ons spreekt u altijd dezelfde vaste adviseur.', 'claims'],
  ['Een nieuwe keuken verhoogt de waarde van uw woning.', 'claims'],
  ['Na een verfbeurt oogt uw gevel weer frisser.', 'claims'],
  ['Wij hebben een oplossing voor iedere tuin, groot of klein.', 'claims'],
  ['Alle aannemers op ons platform zijn onafhankelijk gekeurd.', 'claims'],
  ['Ontdek hoe u tot 30% bespaart op uw energierekening.', 'claims'],
  ['Veel van onze klanten zijn er echt blij mee.', 'claims'],
  ['Met onze aanpak komt uw bedrijf bovenaan te staan in Google.', 'claims'],
  // Geld in duizenden is een prijs of besparing, geen menigte (hier geschreven).
  ["Een goede taxatie scheelt u al snel duizenden euro's.", 'claims'],
  ['Duizenden huishoudens kozen al voor onze isolatie.', 'trust'],
  // Een resultaat in cijfers met het werkwoord achteraan, sterren en afgeronde klussen (hier geschreven).
  ['Met deze pomp kunt u uw stookkosten met 40% verlagen.', 'claims'],
  ['4,7★ bij onze klanten', 'trust'],
  ['Al 300+ opgeleverde badkamers in de regio.', 'trust'],
  ['Aarzel niet om een gratis proefles te boeken.', 'pressure'],
  ['Boek nu je Gratis Proefles', 'pressure'],
  // Een voorbehoud in een bijzin van zichzelf laat het aanbod ervoor heel (hier geschreven).
  ['Wij bieden een gratis adviesgesprek waarin we laten zien wat we zouden plaatsen.', 'pressure'],
  // Een vergrotende trap voor wat verkocht wordt (hier geschreven).
  ['Onze nieuwe pomp geeft een snellere opwarming van uw woning.', 'claims'],
  // Duurzaamheid als hoe lang iets meegaat, naast veiligheid of als eigenschap van een reparatie (hier geschreven).
  ['Onze dakpannen staan voor kwaliteit en duurzaamheid.', 'claims'],
  ['Deze lijm verhoogt de duurzaamheid van reparaties aan uw boot.', 'claims'],
  // Klachten van maag en huid als onderwerp van een claim (hier geschreven).
  ['Onze thee is beter voor gevoelige magen.', 'health'],
  ['Een behandeling met minimaal ongemak en snel resultaat.', 'health'],
  // Werk zonder schade beloofd, en vakmanschap op elk gebied (hier geschreven).
  ['Wij verwijderen uw oude tegels volledig schadevrij.', 'claims'],
  ['Bij ons vindt u deskundigheid op elk gebied.', 'claims'],
  // Het stempel van een instantie, contracten met verzekeraars en reviews op Google (hier geschreven).
  ['KIWA goedgekeurd voor drinkwater.', 'trust'],
  ['Onze praktijk is gecontracteerd bij alle grote zorgverzekeraars.', 'trust'],
  ['Onze Google-reviews zeggen genoeg.', 'trust'],
  // Onverslaanbaar verbogen, schaarste in woorden en voor een prijsstijging, professionals als gebruikers,
  // verantwoord gekweekt en nachtrust (hier geschreven).
  ['Onverslaanbare prijzen op alle tuinmeubelen.', 'claims'],
  ['Nog maar enkele plekken in de voorjaarscursus.', 'pressure'],
  ['Nog een paar tafels vrij voor oudejaarsavond.', 'pressure'],
  ['Boek je kraam voordat de prijzen stijgen.', 'pressure'],
  ['Onze scharen worden gebruikt door topkappers.', 'trust'],
  ['Verantwoord gekweekte mosselen uit de Oosterschelde.', 'green'],
  ['Deze kruidenthee bevordert een goede nachtrust.', 'health'],
  // "Organisch" van zoekmachines: een omzetclaim, geen milieuclaim (hier geschreven).
  ['Dankzij onze campagnes zijn de organische verkopen van klanten meer dan verdrievoudigd.', 'claims'],
  // In een bijzin staat het werkwoord achteraan: dezelfde claim in de andere volgorde (hier geschreven).
  ['Je merkt meteen dat onze tarieven en prijzen scherp zijn.', 'claims'],
  ['Omdat wij experts zijn in rieten daken, bellen architecten ons.', 'claims'],
  // Wat een cliënt zegt dat de behandeling deed; werken volgens een genoemde richtlijn; een beroepsvereniging en
  // een opleidingsniveau; een prijsbelofte; vrij van chemicaliën; werk dat staat als een huis (hier geschreven).
  ['Na vijf behandelingen ben ik mijn angst voor het water kwijt.', 'health'],
  ['Ik voel me een stuk fitter sinds ik hier train.', 'health'],
  ['Wij werken volgens de richtlijnen van de NVD.', 'trust'],
  ['De aanbouw voldoet aan de BENG-eisen.', 'trust'],
  ['Zij is lid van de beroepsvereniging voor podotherapeuten.', 'trust'],
  ['Ons team bestaat uit HBO-geschoolde verpleegkundigen.', 'trust'],
  ['Goedkoper gevonden? Wij duiken onder die prijs.', 'claims'],
  ['Wij reinigen uw gevel zonder chemicaliën.', 'green'],
  ['Een dakkapel die staat als een huis.', 'claims'],
  ['De meeste storingen worden binnen een uur verholpen.', 'claims'],
]

const DUTCH_QUIET = [
  // Een versie die op een site verscheen, een boek in een jaar (hier geschreven).
  'De eerste versie verscheen op GitHub.',
  'Het boek verscheen in 2019.',
  // Wakker worden zonder belofte over het lichaam (hier geschreven).
  'Wakker worden is nooit leuk op maandag.',
  // Openingstijden sluiten, ze raken niet op (hier geschreven).
  'Het kantoor sluit vrijdag om vijf uur.',
  // Een open les zonder vereisten is een uitnodiging (hier geschreven).
  'Geen ervaring nodig: iedereen is welkom bij de open les.',
  // Toezicht op het werk, geen toezichthouder op het bedrijf (hier geschreven).
  'De sloop gebeurt onder toezicht van een ervaren uitvoerder.',
  // Een route, een opgeknapte badkamer, weer aan het werk, pijn die vanzelf wegtrekt (hier geschreven).
  'We kwamen binnen via de achterdeur en liepen buiten om.',
  'De pijn trekt meestal binnen een paar dagen vanzelf weg.',
  'Volgende week loop ik weer bij je binnen.',
  'De badkamer is mooi opgeknapt.',
  'Hij is na zijn vakantie weer aan het werk.',
  // Positionering tegenover wat de lezer aannam, niet tegenover een concurrent (hier geschreven).
  'Wij zijn meer dan alleen een fietsenwinkel.',
  'Goede verlichting is belangrijker dan je denkt.',
  // Elk geval uniek, ook in een bijzin met het werkwoord achteraan (hier geschreven).
  'Wij weten dat elk huis uniek is.',
  'Elk gebit is uniek, daarom kijken we eerst goed.',
  // Maatwerk zegt hoe iets gemaakt wordt, niet dat het beter is (hier geschreven).
  'Geen standaardpakket, maar maatwerk voor uw tuin.',
  'De app is gebruiksvriendelijk, en na afloop staat er heerlijk warme koffie klaar.',
  'Wij beloven u een warm welkom.',
  'Een lid van ons team belt u binnen een dag terug.',
  'Gaswerk is voorbehouden aan een erkend installateur.',
  'We helpen je stap voor stap naar je diploma.',
  // Een kale vergrotende trap die zegt hoe je iets doet, niet wat er beter is (hier geschreven).
  'Sommige klussen kunt u beter aan een vakman overlaten.',
  'Ramen aan de bosrand worden in het najaar sneller vuil.',
  // Schadevrije jaren zijn een verzekeringsterm, geen belofte (hier geschreven).
  'Vul bij de aanvraag uw aantal schadevrije jaren in.',
  // Wie iets regelt, belooft nog geen gevolg (hier geschreven).
  'Wij zorgen voor de hele verhuizing.',
  // Geschiktheid voor het geval van de lezer, geen lof (hier geschreven).
  'Wij bekijken samen welke verzekering voor u de meest geschikte is.',
  'Kies altijd voor een lokale, betrouwbare schilder met een vast adres en KvK-nummer.',
  // Een opleverterm en de sterrenhemel (hier geschreven).
  'Bij vertrek levert u het huurhuis bezemschoon op.',
  'In de zomer eet u onder de sterren in onze binnentuin.',
  'Hieronder vindt u onze meest ingewikkelde projecten.',
  'Onze monteurs zorgen voor een snelle en nette installatie.',
  // "Perfect" en "luxe" zeggen alleen wat iets is of waarvoor het dient (hier geschreven).
  'Perfect voor een regenachtige zondagmiddag.',
  'Bekijk onze luxe badjassen en handdoeken.',
  'Wij helpen u bij het vinden van de perfecte trouwring.',
  // Hoe vaak iets gelezen of bezocht wordt (hier geschreven).
  'Dit zijn de meest gelezen blogs van deze maand.',
  'Deze pagina wordt het meest bezocht op maandag.',
  // Een advies, hoe vaak iets voorkomt en een inschatting uit de praktijk (hier geschreven).
  'Het is beter om de afspraak een week vooraf te maken.',
  'Lekke banden komen het meest voor in de herfst.',
  'In onze ervaring is de aanvraag bij de gemeente nog weinig bekend.',
  // De cookiemelding en een keuze die de lezer nog maakt (hier geschreven).
  'Deze website gebruikt cookies om je de beste ervaring te geven.',
  'Bekijk welke behandeling het beste past bij uw klachten.',
  // Feiten en zegswijzen die alleen op een claim lijken (hier geschreven).
  'Kijk in de agenda voor de meest actuele tijden.',
  'Je moet minimaal 16 jaar oud zijn om te boeken.',
  'De boiler warmt op in de goedkoopste uren van de nacht.',
  // Een garantie met haar termijn is een feit; samenwerken met een genoemde partij is nog geen aanbeveling
  // (hier geschreven).
  'Op het installatiewerk geven wij 12 maanden garantie.',
  'Voor een oprit langer dan 20 meter vragen we eerst een tekening.',
  'Wij plaatsen sfeervolle verlichting voor tuin en terras.',
  'Jaarlijks preventief onderhoud aan uw cv-ketel en boiler.',
  'Voor schilderwerk buiten geven we minimaal 3 jaar garantie.',
  'We werken samen met een drukkerij in Zwolle voor al het drukwerk.',
  // Een doel, een wens of advies dat nog volgt, geen superioriteit (hier geschreven).
  'Samen met u werken we om het beste resultaat voor uw gezin te bereiken.',
  'Met mijn volle aandacht ga ik voor het beste advies bij de aankoop van uw huis.',
  'We kijken naar uw woning en bepalen samen de prijs en de beste verkoopaanpak.',
  'Lees wanneer een warmtepomp de slimste keuze is en wat hij kost.',
  'Het hele team wenst Jan het beste toe met zijn pensioen.',
  // "Lees meer" en zijn verwanten wijzen de weg; ze herhalen geen claim (hier geschreven).
  'Lees meer over onze beste fietsen.',
  'Wij verwerken uw gegevens conform de AVG.',
  // Een voorbehoud en een gezegde.
  'Ik probeer binnen één werkdag te antwoorden.',
  'Zoals het spreekwoord zegt: voorkomen is beter dan genezen.',
  'Onze storingsdienst is 24 uur per dag bereikbaar.',
  'Wij staan 24 uur per dag voor u klaar.',
  'Wij zijn 24/7 bereikbaar voor spoedgevallen.',
  // De minimumprijs van een keurmerk is een maatstaf, geen keurmerk.
  'Vraag ons hoe de Fairtrade-minimumprijs wordt vastgesteld.',
  // Beperken zonder milieu is geen milieuclaim.
  'We werken binnen een beperkt budget.',
  // Wat de wet van elk bedrijf vraagt is geen keurmerk.
  'Geregistreerd bij de KvK onder nummer 12345678.',
  'Een expert in de zorg vertelt over haar werk.',
  'Om u beter van dienst te kunnen zijn, komt onze ontwerper bij u langs.',
  'Om u beter te kunnen adviseren, vragen we eerst uw wensen.',
  'Wij staan ingeschreven in het handelsregister van de Kamer van Koophandel.',
  // "Nog altijd" is "nog steeds": het vertelt hoe het gaat, het belooft niets voor altijd.
  'We bakken nog altijd op de oude manier.',
  'Het pand is nog altijd van de familie.',
  // Een gemiddelde over de wereld, niet over het bedrijf: alleen naast een tweede aanwijzing een claim.
  'De huizenprijzen in Utrecht liggen boven het landelijk gemiddelde.',
  'Dit is de eerste keer dat we meedoen.',
  // "Duurzaam" voor een werkwoord van verandering is "blijvend", niet "goed voor het milieu".
  'Wij helpen je je leefstijl duurzaam te veranderen.',
  'Ontvang de tools om je eetpatroon duurzaam aan te passen.',
  'Je kunt een les tot een dag vooraf kosteloos verzetten.',
  'Beoordeel ons op Google!',
  'Blijf veilig onderweg met onze app.',
  'Elke gebruiker krijgt een unieke combinatie van naam en wachtwoord.',
  'Beste klant, uw bestelling is onderweg.',
  'De kosten van de eerste les betaalt u achteraf.',
  'De eerste keer dat je komt, krijg je uitleg.',
  'Alle prijzen zijn exclusief btw.',
  'Zo blijft uw bedrijf financieel gezond.',
  'Wij behandelen elke klant als partner.',
  'Onze EHBO-koffer wordt elke maand gecontroleerd.',
  'Ten minste houdbaar tot de datum op het deksel.',
  'Het ontwerp wordt eerst goedgekeurd door jou.',
  'Wij schilderen uw voordeur in elke kleur, ook groen.',
  'Wij verkleinen je digitale voetafdruk.',
  'Onze elektriciens meten de spanning in elke groep.',
  'Uw balans wordt elke maand bijgewerkt.',
  'Compost is rijk aan organische stoffen.',
  'Wij herstellen houtrot duurzaam met epoxy.',
  'Samen kijken we wat beter kan.',
  'Kies de verzekering die het beste past bij je gezin.',
  'Er is gratis en ruime parkeergelegenheid.',
  'Veel plezier met je nieuwe fiets.',
  'Als receptioniste ben je het eerste aanspreekpunt.',
  'Anna beheerste het Frans al op haar tiende.',
  // Een tip, geen belofte over een product; een beschrijving zonder lof.
  'Even goed luchten doet wonderen.',
  'De nieuwe versie werkt prima op Android.',
  // Voltooide deelwoorden en bijvoeglijke naamwoorden op -ste zijn geen overtreffende trap.
  'De toegepaste technieken staan in de bijlage.',
  'Hypnose werkt met het onderbewuste.',
  // "*hard" is keihard, not Richard; "probeer" ends in -er without comparing.
  'Richard opende de winkel in 1990.',
  'Twijfel je? Probeer dan eerst een proefles.',
  'Wij ontwierpen het logo voor de bakker op de hoek.',
  'De meest recente update loste twee fouten op.',
  'Wij zoeken samen de juiste oplossing.',
  // Gesteund door iets zonder naam.
  'Dit plan wordt gesteund door onderzoek van de universiteit.',
  // Een oproep zonder termijn (de rubric: "Neem vandaag nog contact met ons op" is geen druk).
  'Bel vandaag nog voor een afspraak.',
  // Advies aan de lezer over zorg en veiligheid.
  'Wees altijd zuinig op je inlogcodes.',
  'Deel je pincode nooit met iemand anders.',
  // Advies en smaak, geen superioriteit.
  'We komen langs en adviseren het beste type ketel voor uw woning.',
  'Zelf hou ik het meest van borders die wat wild mogen blijven.',
  'Vul het formulier in, zo weten we dat jij het bent.',
  'Wij streven naar de beste kwaliteit.',
  'Bij ons staat de beste zorg centraal.',
  'Mijn favoriete bakker: ik kom er elke zaterdag.',
  'Het is de gezelligste kapper die ik ken.',
  'Hoofdcommando voor het werken met branches.',
  'Zonnepanelen wekken minder energie op in de winter dan in de zomer.',
  'Een warmtepomp verbruikt meer stroom in de winter dan in de zomer.',
  'Het testen van de verbinding duurt even.',
  'Als je vragen hebt, bel ons gerust.',
  'Elke regel heeft een unieke code.',
  'We raden het niet aan om je sleutels online te bewaren.',
  'Zij is de drijvende kracht achter het project.',
  'Dat kun je het beste zelf doen.',
  'U kunt het beste even bellen.',
  'Doneren is de beste manier om ons te steunen.',
  'Dit bestand wordt gebruikt door de server.',
  'Het was super gezellig op de open dag.',
  'Windstille dagen zijn zeldzaam aan de kust.',
  'Als eerste stap installeer je de app.',
  // Werk in uitvoering is een plan, geen aanbod.
  'Binnenkort: een krachtige nieuwe app voor al je klanten.',
  'De bakker had jarenlang zelf zijn brood bezorgd, maar wilde dat nu uit handen geven.',
  'In de herfst vallen de bladeren snel af.',
  'De boeken zijn van ons, de stoelen van de gemeente.',
  'Klik op de knop en rond de bestelling af in twee klikken.',
  'Het spreekt voor zich dat je je fiets op slot zet.',
  'De bus rijdt 3 van de 7 dagen.',
  // Het laatste is een tijdstip, geen overtreffende trap.
  'In de laatste versie is de knop verplaatst.',
  'De allerlaatste bus vertrekt om middernacht.',
  'Elke leerling is uniek.',
  'Elke donatie helpt ons verder.',
  'Met compost blijft je gazon gezond.',
  'Vergelijk de offertes op prijs en kwaliteit.',
  'Op tweede kerstdag zijn we uitzonderlijk open.',
  // "Duurzaam" in de zin van blijvend.
  'Met onze leveranciers hebben we een duurzame relatie.',
  'Wij investeren in de duurzame inzetbaarheid van onze medewerkers.',
  // "De nieuwste" is nieuws, tenzij het de techniek noemt.
  'Download de nieuwste versie van de app.',
  'Lees het nieuwste nummer van ons blad.',
  // "De eerste de beste" is wie dan ook.
  'Vaak kiezen mensen de eerste de beste schilder.',
  'Vaak kiezen mensen de eerste beste schilder.',
  'Het beste moment om bollen te planten is de herfst.',
  'Samen zoeken we de beste oplossing voor jouw situatie.',
  'Voor het beste resultaat de vloer eerst goed stofzuigen.',
  'De grootste uitdaging voor starters is de krappe woningmarkt.',
  'Betaal veilig met iDEAL.',
  'Het station ligt op minder dan vijf minuten lopen.',
  'Beter bekend als de Oude Molen.',
  'Wij leren je graag beter kennen.',
  'Volledig gerenoveerd in 2021.',
  "Wij zijn altijd op zoek naar nieuwe collega's.",
  // Openingstijden zijn geen actie.
  'Wij zijn open van maandag tot en met vrijdag.',
  'Gratis drinkwater voor alle gasten.',
  'Klimaatbeheersing houdt de wijn op 12 graden.',
  'Daarna maken we samen een plan, gericht op duurzame aanpassingen die bij jou passen.',
  'Het slagingspercentage wordt elk jaar door het CBR gepubliceerd.',
  'U hoeft niets te doen tot wij bellen.',
  'De VOG-aanvraag vul je online in bij Justis.',
  'Wij helpen onze klanten ook op zaterdag.',
  'Pakketten naar het buitenland doen er in december vrijwel altijd langer over.',
  'Wij staan ingeschreven bij KvK onder nummer 12345678.',
  'Veiligheid staat bij ons altijd op nummer één.',
  'De resultaten van de enquête staan op onze website.',
  'De zaal is geschikt voor groepen tot veertig personen.',
  'De theorieles wordt gevolgd door een praktijkles op de weg.',
  'Wij installeren een SSL-certificaat op elke website.',
  'Beter voorkomen dan genezen, zeggen ze in ons dorp.',
  'Het hele team wenst jullie het beste toe voor het nieuwe jaar.',
  // Een spanne jaren en verder niets dat bewijst: zwak op zichzelf, en het geleerde signaal, getraind op hele
  // pagina's waarvan de labelaars kale jaren meestal gewoon noemen, leent er geen tweede meer bij (0,48).
  'Al 25+ jaar uw fietsenmaker in Zwolle.',
  // Lof die iedereen geeft, een geruststelling en lampen.
  'De nieuwe keuken ziet er geweldig uit.',
  'Voor een APK bent u bij ons aan het juiste adres.',
  'Met een vaste prijs weet u vooraf waar u aan toe bent.',
  'Wij leggen bekabeling en verlichting aan in nieuwbouwwoningen.',
  'Ook buitenverlichting, verlichting en schakelaars vallen onder het onderhoudscontract.',
  'Zo blijven de lessen voor iedereen betaalbaar.',
  'Weet u zeker dat u dit account wilt verwijderen',
  // A multiple of a count or a size is no comparison (written here).
  'Twee keer per week training in een kleine groep.',
  'Tegels van 2x2 meter voor het terras.',
  // Helping a number of times a year is no count of customers helped (written here).
  'Wij helpen 2 keer per jaar mensen met hun aangifte.',
  // A counter reset, an idiom, a perfect thing that does not exist, a cancellation fee, the reader's own situation (written here).
  'De tweede les zet de teller dan op nul.',
  'Voor de meeste gezinnen is dat de gewoonste zaak van de wereld.',
  'Het perfecte rooster bestaat niet.',
  'Bij niet afzeggen brengen we 50% van de les in rekening.',
  'We luisteren eerst naar jouw unieke situatie.',
  // Een weg die ergens heen leidt, een levering zonder namen (hier geschreven).
  'Het pad leidt tot aan de rand van het bos.',
  'De onderdelen worden geleverd aan de monteur op locatie.',
  // Een gewone waardebepaling, een vaste dag en een vergelijking die de lezer zelf maakt (hier geschreven).
  'De taxateur bepaalt de waarde van uw woning op de dag van het bezoek.',
  'Wij zijn op maandag gesloten.',
  'Vergelijk zelf de prijzen van drie installateurs.',
  'Ons kantoor neemt u graag werk uit handen.',
  // Waar een bedrijf werkt: geen claim (hier geschreven).
  'Onze monteurs werken in heel Nederland.',
  // Ecologie als vak (hier geschreven).
  'De gemeente vraagt eerst een ecologisch onderzoek en een ecologisch plan.',
]

describe('claim finder cues', () => {
  for (const [language, found, quiet] of [
    ['en', ENGLISH, ENGLISH_QUIET],
    ['nl', DUTCH, DUTCH_QUIET],
  ] as const) {
    it.each(found)(`${language}: finds "%s" as %s`, (text, family) => {
      expect(familyOf(text, language)).toBe(family)
    })
    it.each(quiet.map((text) => [text]))(`${language}: leaves "%s" alone`, (text) => {
      expect(familyOf(text, language)).toBe('none')
    })
  }
})

describe('the words a cue carries', () => {
  it('leave out the mark a pattern needs before them', () => {
    const text = 'Fresh bread on your doorstep, every time.'
    const found = findClaim(sentencesOf(text, 'en')[0]!, 'en')!
    expect(text.slice(found.carrier.range.start, found.carrier.range.end)).toBe('every time')
  })
})

describe('the build reads the words an element leaves out ("*er!other|rather") as words too', () => {
  it('names the file, the line and a misplaced "*" after the "!"', () => {
    const dir = copyOfRules()
    const en = join(dir, 'claims/needs-evidence/en.yaml')
    const lines = readFileSync(en, 'utf8').split('\n')
    const at = lines.findIndex((line) => line.includes('"future-proof"'))
    lines[at] = lines[at]!.replace('"future-proof"', '"top-*!top-*-left"')
    writeFileSync(en, lines.join('\n'))
    const result = checkRuleData(dir)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`claims/needs-evidence/en.yaml:${at + 1}:`)
    expect(result.stderr).toContain('"*" only at the start or end of "top-*-left"')
  })
})

describe('the build refuses a multi-word alternative written inside one pattern', () => {
  it.each([
    ['names the file, the line and the word said twice', '"always open|always there for you"', '"always" stands in "always" and in "open|always"'],
    ['and the same slip with a word spelt two ways ("per cent|percent")', '"# per cent|percent of"', '"per cent" is also spelt as one word in "cent|percent"'],
    ['and a word listed twice in one element ("main|most important challenges|challenges")', '"the main|most important reason|reason|cause"', '"reason" is listed twice in "reason|reason|cause"'],
  ])('%s', (_, pattern, problem) => {
    const dir = copyOfRules()
    const en = join(dir, 'claims/needs-evidence/en.yaml')
    const lines = readFileSync(en, 'utf8').split('\n')
    const at = lines.findIndex((line) => line.includes('"future-proof"'))
    lines[at] = lines[at]!.replace('"future-proof"', pattern)
    writeFileSync(en, lines.join('\n'))
    const result = checkRuleData(dir)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`claims/needs-evidence/en.yaml:${at + 1}:`)
    expect(result.stderr).toContain(`${problem}: write a multi-word alternative as a pattern of its own`)
  })
})

describe('the build refuses punctuation listed among words in one pattern element', () => {
  it('names the file, the line and the element', () => {
    const dir = copyOfRules()
    const nl = join(dir, 'claims/needs-evidence/nl.yaml')
    const lines = readFileSync(nl, 'utf8').split('\n')
    const at = lines.findIndex((line) => line.includes('"toekomstbestendig*"'))
    lines[at] = lines[at]!.replace('"toekomstbestendig*"', '"rood ,|en groen"')
    writeFileSync(nl, lines.join('\n'))
    const result = checkRuleData(dir)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`claims/needs-evidence/nl.yaml:${at + 1}:`)
    expect(result.stderr).toContain('",|en" mixes punctuation with words; write the punctuation in a pattern of its own')
  })
})

describe('the build refuses a silencer of a kind the finder does not know', () => {
  it('names the file, the line and the kinds it knows', () => {
    const dir = copyOfRules()
    const en = join(dir, 'claims/needs-evidence/en.yaml')
    const lines = readFileSync(en, 'utf8').split('\n')
    const at = lines.findIndex((line) => line.trim() === 'kind: lookalike')
    lines[at] = lines[at]!.replace('lookalike', 'look-alike')
    writeFileSync(en, lines.join('\n'))
    const result = checkRuleData(dir)
    expect(result.status).toBe(1)
    // The entry starts on the line above its kind.
    expect(result.stderr).toContain(`claims/needs-evidence/en.yaml:${at}:5: a silencer's "kind" must be one of phrase, sentence, damp, negation, lookalike`)
  })
})
