import type { ParsedLine } from '../understand/parse-result.ts';

/** An order line's option as a command's `OptionPick`. */
export const optionPick = (o: ParsedLine['options'][number]) => ({
  group: o.group,
  choice: o.choice,
  quantity: o.quantity,
  ...(o.qualifier ? { qualifier: o.qualifier } : {}),
});
/** An order line's removal as a command's `Without`. */
export const withoutPick = (w: ParsedLine['without'][number]) => ({
  group: w.group,
  choice: w.choice,
  ...(w.qualifier ? { qualifier: w.qualifier } : {}),
});
