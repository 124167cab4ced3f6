import type { Venue } from '../../domain/venue.ts';
import type { DialogConfig } from '../config/dialog-config.ts';
import type { CheckoutSlotName, Frame, SessionState } from '../state/session-state.ts';

export interface FlowStep {
  id: string;
  /** The session slot the step fills; absent for steps that are questions (items, confirm). */
  slot?: CheckoutSlotName;
  /** The customer may skip it. */
  optional?: boolean;
  /** The step applies only when this holds. */
  when?: (state: SessionState, config: DialogConfig, venue: Venue) => boolean;
}

/**
 * The ordering flow as data: collect items, then the checkout slots in order, then the summary and
 * confirmation. A step whose slot is filled is skipped, so a filled slot is never asked again.
 */
export const ORDER_FLOW: readonly FlowStep[] = [
  { id: 'items' },
  { id: 'fulfillment', slot: 'fulfillment' },
  { id: 'address', slot: 'address', when: (s) => s.slots.fulfillment === 'delivery' },
  { id: 'name', slot: 'name' },
  { id: 'phone', slot: 'phone' },
  { id: 'paymentMethod', slot: 'paymentMethod' },
  // asked only after a refused time (closed then, or gone by): absent, the order is for "as soon as possible"
  {
    id: 'when',
    slot: 'when',
    optional: true,
    when: (s) => s.frames.some((f) => f.kind === 'order' && f.slots.askWhen === true),
  },
  { id: 'notes', slot: 'notes', optional: true, when: (_s, config) => config.askNotes },
  { id: 'confirm' },
];

/** The step the order frame is on: items until checkout starts, then the first unfilled slot, then confirm. */
export function nextOrderStep(
  state: SessionState,
  frame: Frame,
  config: DialogConfig,
  venue: Venue,
): FlowStep {
  if (frame.slots.checkout !== true) return ORDER_FLOW[0]!;
  // "hmm change the address": the detail asked again, until its new value is given
  const reopened = ORDER_FLOW.find((s) => s.slot !== undefined && s.slot === frame.slots.reopen);
  if (reopened && (!reopened.when || reopened.when(state, config, venue))) return reopened;
  for (const step of ORDER_FLOW) {
    if (!step.slot) continue;
    if (step.when && !step.when(state, config, venue)) continue;
    if (state.slots[step.slot] !== undefined) continue;
    if (state.skipped.includes(step.slot)) continue;
    return step;
  }
  return ORDER_FLOW.at(-1)!;
}

export function flowStep(id: string): FlowStep | undefined {
  return ORDER_FLOW.find((s) => s.id === id);
}
