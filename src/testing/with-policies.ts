import type { Menu, VenuePolicies } from '../domain/menu-schema.ts';

/** The menu with some of its venue policies replaced (scenario and test set-ups). */
export function withPolicies(menu: Menu, policies: Partial<VenuePolicies>): Menu {
  return { ...menu, policies: { ...menu.policies, ...policies } };
}
