/**
 * Payment card details never enter the conversation: a card-number-like string anywhere in a message
 * is cut out before understanding sees it, so it cannot reach a slot, a note, a reply, the history,
 * a log or the backend. Customers pay only through the payment link.
 *
 * Dropped: a run of 13 to 19 digits (spaces or dashes between them allowed) that passes the Luhn check,
 * unless written as a phone number with a leading "+"; and a card code or expiry said with its digits
 * ("cvv 123", "CVC: 0123", "exp 12/27", "expiry date 12-2027", "card security code 123"). A door or
 * gate "security code 1234" in a note is not a card's and stays.
 */
export interface CardGuardResult {
  /** The message without the card details (whitespace tidied). */
  text: string;
  /** Something card-like was removed. */
  dropped: boolean;
}

const DIGIT_RUN = /(\+\s*)?\d(?:[ -]?\d){12,18}(?!\d)/g;
const CARD_CODE =
  /\b(?:cvv2?|cvc2?|csc|card (?:security )?code|exp(?:iry|iration)?(?: date)?|expires?|valid (?:thru|through|until))\b[\s:#.=-]*(?:is\s+)?\d[\d\s/.-]{0,8}\d?\b/gi;

/** Luhn (mod 10) check over a string of digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Removes card numbers, card codes and expiry dates from a message (see the module comment). */
export function dropCardNumbers(message: string): CardGuardResult {
  let dropped = false;
  let text = message.replace(DIGIT_RUN, (run: string, plus: string | undefined) => {
    if (plus) return run;
    const digits = run.replace(/\D/g, '');
    if (digits.length < 13 || digits.length > 19 || !luhnValid(digits)) return run;
    dropped = true;
    return ' ';
  });
  text = text.replace(CARD_CODE, () => {
    dropped = true;
    return ' ';
  });
  if (!dropped) return { text: message, dropped };
  return {
    text: text
      .replace(/\s+([,.;!?])/g, '$1')
      .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
      .replace(/\s+/g, ' ')
      .replace(/^[\s,;:.-]+|[\s,;:-]+$/g, '')
      .trim(),
    dropped,
  };
}
