import { CLINC_SMALL_TALK } from '../eval/clinc.ts';
import type { ScopeClass } from '../src/core/understand/scope/scope-model.ts';

/** CLINC intent → our class. Absent: `out_of_scope`. `null`: left out (a restaurant could mean it either way). */
const CLINC_MAP: Readonly<Record<string, ScopeClass | null>> = {
  // the small-talk and control intents the eval maps too (eval/clinc.ts): one mapping for both
  ...(CLINC_SMALL_TALK as Readonly<Record<string, ScopeClass>>),
  restaurant_reservation: 'table_booking',
  accept_reservations: 'table_booking',
  confirm_reservation: 'table_booking',
  cancel_reservation: 'table_booking',
  maybe: null,
  how_busy: null,
  meal_suggestion: null,
  order_status: null,
  // "my name is …", "call me …": a checkout detail here
  user_name: null,
  change_user_name: null,
};

/** The scope class a CLINC150 row trains and is scored as; `null` when it is left out. */
export function clincClass(intent: string, domain: string): ScopeClass | null {
  if (intent in CLINC_MAP) return CLINC_MAP[intent] as ScopeClass | null;
  return domain === 'small_talk' ? 'chitchat' : 'out_of_scope';
}
