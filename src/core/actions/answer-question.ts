import type { CommandOf } from '../commands/command.ts';
import { choicesSaid } from '../commands/focus-order.ts';
import { act, card, log, say, step, type TurnContext } from '../dialog/turn-context.ts';
import { answerFact, answerOpenAt, type FactQuestion, namesDay, readFactQuestion } from '../facts/index.ts';
import type { KnowledgeHit, KnowledgeSource } from '../ports/knowledge-retriever.ts';
import { readRequestedTime } from '../understand/requested-time.ts';
import { answeringSentences } from './answering-sentences.ts';
import { answerMenuSuperlative } from './menu-superlative.ts';
import { offerTeam } from './offer-team.ts';
import { overlapHits } from './overlap-hits.ts';
import { passagePlainText } from './passage-plain-text.ts';
import { contentWords } from './search-documents.ts';
import { holdsWord, sharesTopic, topicWords, withOpposites } from './topic-words.ts';
import { unmarkedPractice } from './unmarked-practice.ts';

/** Hits asked of the retriever per question; at most `MAX_QUOTED` are quoted. */
const TOP_K = 5;
const MAX_QUOTED = 3;
/** Further passages are quoted only while the answer stays short (characters). */
const MAX_ANSWER_CHARS = 480;
/** A further passage of the best one's document must be at least this share of its confidence. */
const SECOND_PASSAGE_SHARE = 0.85;
/** A passage ranked within this share of the best's score is a near tie, quoted from any document. */
const NEAR_TIE_SHARE = 0.95;
/** ... when its confidence is at least this share of the best's. */
const NEAR_TIE_CONFIDENCE_SHARE = 0.85;

/**
 * A question about the restaurant. A structured fact (hours, delivery areas, fees, payment: `answerFact`,
 * on the venue's clock) is answered exactly; anything else from the venue's knowledge: the retriever's best passage (and a
 * second one of the same section when it is nearly as good), whole and framed with its source, plus a
 * `sources` card. Below `knowledgeConfidentAt` the passage is offered with "I'm not sure" and the team's
 * contact; below `knowledgeUnsureAt` nothing is quoted. Never an invented fact: only passages are quoted.
 * Without a retriever, or when it fails, keyword overlap over the documents answers (logged as degraded).
 */
export async function answerQuestion(ctx: TurnContext, cmd: CommandOf<'ask_knowledge'>): Promise<void> {
  // a table booking of the same turn answers from the documents' booking passages (`answerBooking`)
  if (ctx.commands.some((c) => c.type === 'chitchat' && c.kind === 'table_booking')) return;
  step(ctx, 'ask_knowledge');
  ctx.flags.digressed = true;
  if (sayFact(ctx, cmd.question)) {
    await addDocumentPassage(ctx, cmd.question);
    return;
  }
  // a question about the venue itself the fields do not answer: its documents, never a dish's entry
  const venueAsk = readFactQuestion(cmd.question, ctx.deps.venue.menu.venue);
  if (venueAsk) {
    await answerFromDocuments(ctx, cmd.question, venueAsk);
    return;
  }
  if (await answerMenuSuperlative(ctx, cmd.question)) return;
  // "we keep kosher" where neither the menu nor the documents mark it: said plainly, not "not sure"
  // ("can you make the margherita jain?" asks what the kitchen can do: the documents are searched)
  const practice = cmd.documentsOnly ? undefined : unmarkedPractice(cmd.question, ctx.deps.venue);
  if (practice) {
    say(ctx, 'practice_unmarked', { diet: practice });
    log(ctx, 'dialog.faq.practice_unmarked', { diet: practice });
    return;
  }
  const question = cmd.documentsOnly ? withoutDishWords(cmd.question, ctx.deps.venue) : cmd.question;
  const hits = await searchKnowledge(ctx, question, cmd.documentsOnly === true);
  const { knowledgeConfidentAt, knowledgeUnsureAt } = ctx.deps.config;
  const top = hits[0];
  if (!top || top.confidence < knowledgeUnsureAt || unsureDishEntry(ctx, question, top)) {
    say(ctx, 'knowledge_unknown');
    offerTeam(ctx);
    log(ctx, 'dialog.faq.unknown', { best: top?.confidence ?? null });
    return;
  }
  sayHits(ctx, question, hits, top.confidence >= knowledgeConfidentAt);
}

/**
 * A dish's menu entry the retriever is not confident of, for a question that says no word of the dish's
 * name ("how long for pickup?" best matched by the Coffee's "to go"): no answer worth quoting, even as a
 * guess; "I don't know" and the team's contact say more.
 */
function unsureDishEntry(ctx: TurnContext, question: string, top: KnowledgeHit): boolean {
  if (top.confidence >= ctx.deps.config.knowledgeConfidentAt || top.chunk.source.kind !== 'menu')
    return false;
  const item = ctx.deps.venue.menu.items.find((i) => i.id === top.chunk.source.itemId);
  if (!item) return false;
  const asked = contentWords(question);
  return !topicWords(`${item.name} ${item.aliases.join(' ')}`).some((w) => holdsWord(asked, w));
}

/** What a venue question asked that no document holds, said plainly ("I don't have our opening hours here."). */
const MISSING_FACT: Partial<Record<FactQuestion['topic'], string>> = {
  'opening-hours': 'our opening hours',
  'delivery-area': 'the list of areas we deliver to',
};

/**
 * A question about the venue (hours, delivery, payment, its people) that its structured fields do not
 * answer: the documents' passages alone (a dish's description is never an answer about the venue: "Steeped
 * for 18 hours" is no opening time), else an honest "I don't have that here" with the team's contact.
 */
async function answerFromDocuments(ctx: TurnContext, question: string, asked: FactQuestion): Promise<void> {
  const hits = await searchKnowledge(ctx, question, true);
  const { knowledgeConfidentAt, knowledgeUnsureAt } = ctx.deps.config;
  const top = hits[0];
  if (top && top.confidence >= knowledgeUnsureAt) {
    sayHits(ctx, question, hits, top.confidence >= knowledgeConfidentAt);
    return;
  }
  const missing = MISSING_FACT[asked.topic];
  if (missing) say(ctx, 'fact_missing', { what: missing });
  else say(ctx, 'knowledge_unknown');
  offerTeam(ctx);
  log(ctx, 'dialog.faq.unknown', { best: top?.confidence ?? null, topic: asked.topic });
}

/**
 * A message understanding could not place (out of scope, not understood) that the venue's knowledge
 * answers anyway: a structured fact, or a passage at or above `knowledgeRescueAt` (stricter than a
 * question's threshold, since nothing says the message was about the restaurant), or at
 * `knowledgeConfidentAt` when the best passage is the menu entry of a dish the message names whole, or when
 * the message is `unplaced` (nothing matched, yet the scope classifier did not read it as another domain's
 * request: `chitchat.unplaced`). Answers and returns true; says nothing and returns false otherwise.
 */
export async function rescueByKnowledge(
  ctx: TurnContext,
  message: string,
  unplaced = false,
): Promise<boolean> {
  if (sayFact(ctx, message)) {
    ctx.flags.digressed = true;
    await addDocumentPassage(ctx, message);
    return true;
  }
  const hits = await searchKnowledge(ctx, message);
  const top = hits[0];
  if (!top) return false;
  // a message naming the dish whose menu entry is the best passage is about the restaurant after all:
  // the question's threshold, not the stricter rescue one
  const namesDish = top.chunk.source.kind === 'menu' && namesItem(ctx, message, top.chunk.source.itemId);
  const { knowledgeRescueAt, knowledgeConfidentAt } = ctx.deps.config;
  if (top.confidence < (namesDish || unplaced ? knowledgeConfidentAt : knowledgeRescueAt)) return false;
  // nothing else says the message was about the restaurant: the passage must at least share its topic,
  // in its words; or, when nothing read another domain's request, in the retriever's concepts at the
  // stricter threshold ("are you on doordash?" / "third-party delivery apps")
  const sameWords = sharesTopic(message, `${top.chunk.context} ${passagePlainText(top.chunk.text)}`);
  if (!namesDish && !sameWords && !(unplaced && top.confidence >= knowledgeRescueAt)) return false;
  step(ctx, 'ask_knowledge');
  ctx.flags.digressed = true;
  if (!sayHits(ctx, message, hits, true)) return true;
  log(ctx, 'dialog.faq.rescued', { confidence: Number(top.confidence.toFixed(3)) });
  return true;
}

/**
 * After an answer from the menu or a structured fact, the documents' best passage too when it says what
 * the answer did not: the passage is confident (at or above `knowledgeConfidentAt`, or `minConfidence`),
 * not already said, and holds a content word of the question that the turn's reply so far lacks (with
 * `browsed`, the list shown this turn says its dishes and answers the words asking for dishes, "which
 * items"; "do you
 * accept personal checks?" answered from the payment field gets the page's "We do not accept personal
 * checks"; "is the pepperoni pork or beef?" answered from the menu gets the page saying which). Words
 * match by light stem or as a prefix of 4+ letters ("pick" / "pickup"). With `aboutDish` (the name of a
 * dish whose menu overview answered), a passage naming that dish and another topic word of the question
 * is said too, even when the overview said every word ("what's a super burrito?" gets the page saying
 * what "super" adds). Says it and returns true; otherwise says nothing and returns false.
 */
export async function addDocumentPassage(
  ctx: TurnContext,
  question: string,
  minConfidence = ctx.deps.config.knowledgeConfidentAt,
  aboutDish?: string,
  browsed = false,
): Promise<boolean> {
  const asked = topicWords(question);
  if (asked.length === 0) return false;
  // what the reply said, without the names of its sources ("our delivery and pickup page")
  const sourceNames = ctx.acts.flatMap((a) =>
    a.type === 'fact_answer' || a.type === 'knowledge_answer' ? [a.sourceName] : [],
  );
  const saidText = sourceNames.reduce(
    (text, name) => text.split(name).join(' '),
    ctx.events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' '),
  );
  // a browse list shown this turn said its dishes, and answered the words asking for dishes ("which items")
  const listed = browsed
    ? ctx.events.flatMap((e) => (e.type === 'item_list' ? e.items.map((i) => i.name) : []))
    : [];
  const said = withOpposites(
    contentWords(`${saidText} ${listed.join(' ')} ${listed.length > 0 ? LIST_WORDS : ''}`),
  );
  // ranked among all passages, menu items included, so the best document passage is one that beats them
  const hits = (await searchKnowledge(ctx, question)).filter((h) => h.chunk.source.kind !== 'menu');
  const top = hits[0];
  if (!top || top.confidence < minConfidence) return false;
  const plain = passagePlainText(top.chunk.text);
  if (saidText.toLowerCase().includes(plain.toLowerCase().slice(0, 60))) return false;
  const passage = contentWords(`${top.chunk.context} ${plain}`);
  // the passage must be about what the answer left out: a topic word of the question (not a generic one)
  const adds = asked.filter((w) => !holdsWord(said, w) && holdsWord(passage, w));
  // an overview of a dish did not answer what was asked of it ("what's a super burrito?"): a confident
  // passage of the documents naming that dish says what the menu's fields do not
  const namesDish =
    aboutDish !== undefined &&
    topicWords(aboutDish).some((w) => holdsWord(passage, w)) &&
    asked.some((w) => holdsWord(passage, w) && !topicWords(aboutDish).includes(w));
  if (adds.length === 0 && !namesDish) return false;
  sayHits(ctx, question, [top], true);
  log(ctx, 'dialog.faq.supplemented', { words: adds.length });
  return true;
}

/** Words that ask for dishes, answered by any list of them ("which items are vegan?", "what options"). */
const LIST_WORDS = 'item items dish dishes food foods option options thing things choice choices one ones';

/** The message says the item's name whole (case and spacing aside). */
function namesItem(ctx: TurnContext, message: string, itemId: string | undefined): boolean {
  const item = ctx.deps.venue.menu.items.find((i) => i.id === itemId);
  if (!item) return false;
  const fold = (text: string) =>
    ` ${text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()} `;
  return fold(message).includes(fold(item.name));
}

/** A structured fact for the question (hours, delivery areas, fees, payment), said with its source. */
function sayFact(ctx: TurnContext, question: string): boolean {
  // "are you open at 11pm?": the time asked about, not only now
  const time = readRequestedTime(question);
  const fact =
    (time !== undefined ? answerOpenAt(question, time, ctx.deps.venue, ctx.deps.clock.now()) : undefined) ??
    answerFact(question, ctx.deps.venue, ctx.deps.clock.now());
  if (!fact) return false;
  const source: KnowledgeSource = { kind: 'document', ...fact.source };
  act(ctx, {
    type: 'fact_answer',
    topic: fact.topic,
    text: fact.text,
    source: fact.source,
    // a fact read from the venue's config (no page states it) is said to come from the menu; the
    // config path (`venue.delivery`) stays in the sources card for developers, never in the reply
    sourceName: fact.source.document === 'menu' ? 'menu' : sourceName(source),
  });
  log(ctx, 'dialog.faq.fact', { topic: fact.topic });
  return true;
}

/** How a long passage is cut to the sentences that answer (`answeringSentences`' options). */
export type AnswerTrim = Parameters<typeof answeringSentences>[2];

/**
 * The passages quoted (a long one by its sentences that answer the question, `answeringSentences`;
 * framed with their source), the team offered when unsure, a sources card.
 * Passages of one document are said together; a near tie from another document follows with its own
 * source ("From our catering page: …"). A passage is never quoted twice in a turn: when the best one was
 * said already (another command of the turn quoted it), nothing is said and false is returned.
 */
export function sayHits(
  ctx: TurnContext,
  question: string,
  hits: readonly KnowledgeHit[],
  confident: boolean,
  trim: AnswerTrim = {},
): boolean {
  const top = hits[0] as KnowledgeHit;
  const saidText = ctx.events.flatMap((e) => (e.type === 'text' ? [e.text.toLowerCase()] : [])).join(' ');
  const keyOf = (h: KnowledgeHit) => passagePlainText(h.chunk.text).toLowerCase().slice(0, 60);
  if (saidText.includes(keyOf(top))) return false;
  const fresh = hits.filter(
    (h, i) => !saidText.includes(keyOf(h)) && hits.findIndex((o) => keyOf(o) === keyOf(h)) === i,
  );
  const quoted = quotedHits(question, fresh, confident);
  const sourceOf = (h: KnowledgeHit) => ({
    document: h.chunk.source.document,
    title: h.chunk.source.title,
    section: h.chunk.source.section,
    ...(h.chunk.source.itemId ? { itemId: h.chunk.source.itemId } : {}),
  });
  const documents = [...new Set(quoted.map((h) => h.chunk.source.document))];
  for (const [i, document] of documents.entries()) {
    const group = quoted.filter((h) => h.chunk.source.document === document);
    const first = group[0] as KnowledgeHit;
    act(ctx, {
      type: 'knowledge_answer',
      // a long passage is quoted by the sentences that answer (`answeringSentences`), not whole; a dish's
      // menu entry is its facts, said whole
      passages: group.map((h) => ({
        text:
          h.chunk.source.kind === 'menu'
            ? passagePlainText(h.chunk.text)
            : answeringSentences(question, passagePlainText(h.chunk.text), trim),
        source: sourceOf(h),
      })),
      // only the first is offered with "I'm not sure"
      confident: confident || i > 0,
      // passages of several sections are named by their document alone
      sourceName: sourceName(
        group.every((h) => h.chunk.source.section === first.chunk.source.section)
          ? first.chunk.source
          : { ...first.chunk.source, section: first.chunk.source.title },
      ),
    });
  }
  const sources = quoted.map(sourceOf);
  // "do you have horchata" answered by the Agua Fresca's entry alone: that dish is the one "a large one"
  // then orders
  const dishes = new Set(quoted.flatMap((h) => (h.chunk.source.itemId ? [h.chunk.source.itemId] : [])));
  const described = top.chunk.source.kind === 'menu' && dishes.size === 1 ? [...dishes][0] : undefined;
  if (confident && described && ctx.deps.venue.menu.items.some((i) => i.id === described)) {
    ctx.state.focusItemId = described;
    const named = choicesSaid(question, described, ctx.deps.venue.menu).picks.slice(0, 8);
    ctx.state.focusChoices =
      named.length > 0
        ? { itemId: described, options: named.map((o) => ({ group: o.group, choice: o.choice })) }
        : undefined;
  }
  if (!confident) offerTeam(ctx);
  // the sources card follows the team's contact, when offered
  card(ctx, { type: 'sources', confident, sources });
  log(ctx, confident ? 'dialog.faq.answered' : 'dialog.faq.unsure', {
    chunks: quoted.map((h) => h.chunk.id),
    confidence: Number(top.confidence.toFixed(3)),
  });
  return true;
}

/** The retriever's hits, or keyword overlap over the documents when there is none or it fails. */
export async function searchKnowledge(
  ctx: TurnContext,
  question: string,
  documentsOnly = false,
): Promise<KnowledgeHit[]> {
  const { knowledge, venue } = ctx.deps;
  if (knowledge) {
    try {
      return await knowledge.search({
        text: question,
        k: TOP_K,
        ...(documentsOnly ? { filter: { kind: 'document' as const } } : {}),
      });
    } catch (err) {
      log(ctx, 'knowledge.degraded', { reason: err instanceof Error ? err.name : 'unknown' });
    }
  }
  return overlapHits(question, venue.documents);
}

/**
 * The best hit, and the next ones while the answer stays short: a near tie in rank (score at least
 * `NEAR_TIE_SHARE` of the best's, from any document: the ranking cannot tell them apart, the customer
 * can), and when confident, a passage of the best's document nearly as confident
 * (`SECOND_PASSAGE_SHARE`). A near tie of another document must share the question's topic (`sharesTopic`).
 */
function quotedHits(question: string, hits: readonly KnowledgeHit[], confident: boolean): KnowledgeHit[] {
  const [top, ...rest] = hits as [KnowledgeHit, ...KnowledgeHit[]];
  // "what are your hours": the best passage a table row, the question on the table's topic and naming
  // neither a row's label nor a day ("pickup tomorrow" asks one day), the table's rows among the hits are
  // the answer, in order
  const table = top.chunk.source.table;
  const rows = table === undefined ? [] : hits.filter((h) => h.chunk.source.table === table);
  const aboutTable = sharesTopic(question, `${top.chunk.context} ${passagePlainText(top.chunk.text)}`);
  if (
    rows.length > 1 &&
    aboutTable &&
    !namesDay(question.toLowerCase()) &&
    !rows.some((h) => namesRow(question, h))
  ) {
    const whole = rows.slice(0, MAX_QUOTED).sort((a, b) => chunkOrder(a) - chunkOrder(b));
    if (whole.reduce((n, h) => n + h.chunk.text.length, 0) <= MAX_ANSWER_CHARS) return whole;
  }
  const out = [top];
  let length = top.chunk.text.length;
  for (const h of rest) {
    if (out.length >= MAX_QUOTED) break;
    // rows of one table are one answer: another row only when the question names it ("friday")
    if (otherRowOfQuotedTable(question, h, out)) continue;
    const sameDocument = h.chunk.source.document === top.chunk.source.document;
    const nearTie =
      h.score >= NEAR_TIE_SHARE * top.score &&
      h.confidence >= nearTieFloor(top) &&
      (sameDocument || sharesTopic(question, `${h.chunk.context} ${passagePlainText(h.chunk.text)}`));
    const closeSibling = confident && sameDocument && h.confidence >= SECOND_PASSAGE_SHARE * top.confidence;
    if (!nearTie && !closeSibling) continue;
    if (length + h.chunk.text.length > MAX_ANSWER_CHARS) break;
    out.push(h);
    length += h.chunk.text.length;
  }
  return out;
}

/**
 * A row of a table a quoted row already comes from, whose first cell (its label: "Friday", "Large") the
 * question does not name: the ranking ties a table's rows (they share headers and shape), and quoting
 * them all crowds out the passage that answers ("can I order today for pickup tomorrow?" gets the
 * schedule-ahead passage, not three days of the hours table).
 */
/** The question names the row's first cell, its label ("Friday", "Large"). */
function namesRow(question: string, hit: KnowledgeHit): boolean {
  const label = hit.chunk.text.split(':')[0] ?? '';
  const asked = contentWords(question);
  return contentWords(label).some((w) => holdsWord(asked, w));
}

/** A passage's place in its document (`<document>#<n>`). */
const chunkOrder = (hit: KnowledgeHit) => Number(hit.chunk.id.split('#').at(-1)) || 0;

function otherRowOfQuotedTable(
  question: string,
  hit: KnowledgeHit,
  quoted: readonly KnowledgeHit[],
): boolean {
  const table = hit.chunk.source.table;
  if (table === undefined || !quoted.some((q) => q.chunk.source.table === table)) return false;
  return !namesRow(question, hit);
}

/** A near tie is quoted only when it is itself about as confident as the best (no weak filler). */
const nearTieFloor = (top: KnowledgeHit) => NEAR_TIE_CONFIDENCE_SHARE * top.confidence;

/** "delivery areas and fees page, under Fees and minimums", "menu". */
export function sourceName(source: KnowledgeSource): string {
  if (source.kind === 'menu') return 'menu';
  const page = `${source.title.toLowerCase()} page`;
  return source.section && source.section !== source.title ? `${page}, under ${source.section}` : page;
}

/**
 * Diet words a dish's name may hold ("Jain Paneer Makhani", "Vegan Garden Pizza") that say what a
 * question is about, never which dish: "can you make the korma jain?" keeps "jain".
 */
const DIET_PROPERTY_WORDS = new Set([
  'vegan',
  'vegetarian',
  'veggie',
  'jain',
  'halal',
  'kosher',
  'gluten',
  'dairy',
]);

/**
 * The question without the words of the menu's dish names: a complaint ("the naan was missing from my
 * bag") is about what went wrong, and the dish's name would pull the dish's passages first; a question of
 * what the kitchen can do ("can you make the chana masala jain?") is about the change asked for. Diet
 * words stay, and the dish's allergens the diet leaves out are added (`blockingAllergens`).
 */
function withoutDishWords(question: string, venue: TurnContext['deps']['venue']): string {
  const dishWords = new Set(
    venue.menu.items
      .flatMap((i) => i.name.toLowerCase().split(/[^a-z0-9]+/))
      .filter((w) => !DIET_PROPERTY_WORDS.has(w)),
  );
  const kept = question.split(/\s+/).filter((w) => !dishWords.has(w.toLowerCase().replace(/[^a-z0-9]/g, '')));
  return kept.length > 0 ? [...kept, ...blockingAllergens(question, venue)].join(' ') : question;
}

/** Allergens a diet leaves out (by the menu's allergen ids): what stands in a dish's way. */
const DIET_EXCLUDES: Readonly<Record<string, readonly string[]>> = {
  vegan: ['milk', 'eggs', 'fish', 'crustaceans', 'molluscs'],
  vegetarian: ['fish', 'crustaceans', 'molluscs'],
  dairy: ['milk'],
  gluten: ['gluten'],
};

/**
 * "is it possible to make the margherita vegan?": the allergens of the dish named whole that the diet
 * asked for leaves out ("milk"), so the documents' passage about replacing them ("swap the cheese on any
 * pizza for vegan mozzarella") is searched for. Empty when no dish is named or no diet word is said.
 */
function blockingAllergens(question: string, venue: TurnContext['deps']['venue']): string[] {
  const said = ` ${question.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  const excluded = Object.entries(DIET_EXCLUDES).flatMap(([word, allergens]) =>
    said.includes(` ${word} `) ? allergens : [],
  );
  if (excluded.length === 0) return [];
  const named = venue.menu.items.filter((i) =>
    said.includes(
      ` ${i.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim()} `,
    ),
  );
  return [...new Set(named.flatMap((i) => i.allergens.filter((a) => excluded.includes(a))))];
}
