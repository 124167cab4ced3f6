import type { Menu } from '../../domain/menu-schema.ts';
import type { DraftLine, Frame } from '../state/session-state.ts';

/** A dish queued behind the answered one, with the same answer as its own pick. */
export interface AlikeWaiting {
  frame: Frame;
  draft: DraftLine;
  /** The pick for the queued dish's own group: the same group, or its group of the same name. */
  pick: { group: string; choice: string; quantity: 1 };
}

/**
 * "both 12 inch" at the first of two heroes' size questions: the dishes queued behind it (option frames
 * not asked yet) whose question is the same (the same group, or a group of the same name with a choice
 * of the same name, as per-dish copies of a size group are) take the same answer. `group`/`choice` are
 * the answered group's and choice's ids; the frames are those of `frames` (the session's stack).
 */
export function waitingAlike(
  frames: readonly Frame[],
  answered: Frame,
  menu: Menu,
  group: string,
  choice: string,
): AlikeWaiting[] {
  const groupOf = (id: string) => menu.optionGroups.find((g) => g.id === id);
  const said = groupOf(group);
  const choiceName = said?.choices.find((c) => c.id === choice)?.name.toLowerCase();
  if (!said || choiceName === undefined) return [];
  const out: AlikeWaiting[] = [];
  for (const frame of frames) {
    if (frame === answered || frame.kind !== 'choose_option' || frame.asked) continue;
    const draft = frame.slots.draft as DraftLine | undefined;
    const own = typeof frame.slots.group === 'string' ? groupOf(frame.slots.group) : undefined;
    if (!draft || !own) continue;
    const same =
      own.id === group
        ? choice
        : own.name.toLowerCase() === said.name.toLowerCase()
          ? own.choices.find((c) => c.name.toLowerCase() === choiceName)?.id
          : undefined;
    if (same !== undefined) out.push({ frame, draft, pick: { group: own.id, choice: same, quantity: 1 } });
  }
  return out;
}
