import type { Frame, FrameKind, SessionState } from '../state/session-state.ts';
import type { TurnContext } from './turn-context.ts';

export function topFrame(state: SessionState): Frame | undefined {
  return state.frames.at(-1);
}

export function pushFrame(
  ctx: TurnContext,
  kind: FrameKind,
  step: string,
  slots: Record<string, unknown> = {},
): Frame {
  const frame: Frame = { id: ctx.deps.ids.next('frame'), kind, step, slots, asked: false, reprompts: 0 };
  ctx.state.frames.push(frame);
  return frame;
}

/** Pushes a frame below the current top, so it is asked after the top is answered. */
export function queueFrame(
  ctx: TurnContext,
  kind: FrameKind,
  step: string,
  slots: Record<string, unknown>,
): Frame {
  const frame: Frame = { id: ctx.deps.ids.next('frame'), kind, step, slots, asked: false, reprompts: 0 };
  const orderIndex = ctx.state.frames.findIndex((f) => f.kind === 'order');
  ctx.state.frames.splice(orderIndex + 1, 0, frame);
  return frame;
}

export function popFrame(state: SessionState, frame: Frame): void {
  state.frames = state.frames.filter((f) => f.id !== frame.id);
}

export function orderFrame(state: SessionState): Frame | undefined {
  return state.frames.find((f) => f.kind === 'order');
}

export function ensureOrderFrame(ctx: TurnContext): Frame {
  const existing = orderFrame(ctx.state);
  if (existing) return existing;
  const frame: Frame = {
    id: ctx.deps.ids.next('frame'),
    kind: 'order',
    step: 'items',
    slots: { checkout: false },
    asked: false,
    reprompts: 0,
  };
  ctx.state.frames.unshift(frame);
  return frame;
}

/** Drops every pattern frame (after a cancel or a hand-off). */
export function clearPatterns(state: SessionState): void {
  state.frames = state.frames.filter((f) => f.kind === 'order');
}
