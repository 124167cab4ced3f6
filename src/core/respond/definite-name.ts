/** A name that carries its own article ("The Godfather", "the Big One"). */
const OWN_ARTICLE = /^the\s/i;

/**
 * A dish's (or any name's) definite form for a sentence: "the Samosa", but "The Godfather" as it is,
 * never "the The Godfather".
 */
export function definiteName(name: string): string {
  return OWN_ARTICLE.test(name) ? name : `the ${name}`;
}

/**
 * Joins a template's text that ends on the article "the" with a value put after it: the template's
 * article is dropped when the value has its own ("For the {name}" with "The Godfather" → "For The
 * Godfather"); any other text and value are joined as they are.
 */
export function joinAfterArticle(text: string, value: string): string {
  return OWN_ARTICLE.test(value) && /(?:^|\s)the $/i.test(text) ? text.slice(0, -4) + value : text + value;
}
