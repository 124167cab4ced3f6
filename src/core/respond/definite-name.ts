/** A name that carries its own article ("The Godfather", "the Big One"). */
const OWN_ARTICLE = /^the\s/i;

/**
 * A dish's (or any name's) definite form for a sentence: "the Samosa", but "The Godfather" as it is,
 * never "the The Godfather".
 */
export function definiteName(name: string): string {
  return OWN_ARTICLE.test(name) ? name : `the ${name}`;
}

/** Determiners a name's own article gives way to: "There's no {what}" → "There's no Godfather". */
const DETERMINER_BEFORE = /(?:^|\s)(?:no|any|another) $/i;

/**
 * Joins a template's text that ends on the article "the" with a value put after it: the template's
 * article is dropped when the value has its own ("For the {name}" with "The Godfather" → "For The
 * Godfather"); after a determiner ("no", "any", "another") the value's own article is dropped
 * ("There's no {what}" → "There's no Godfather"); any other text and value are joined as they are.
 */
export function joinAfterArticle(text: string, value: string): string {
  if (!OWN_ARTICLE.test(value)) return text + value;
  if (/(?:^|\s)the $/i.test(text)) return text.slice(0, -4) + value;
  if (DETERMINER_BEFORE.test(text)) return text + value.replace(OWN_ARTICLE, '');
  return text + value;
}
