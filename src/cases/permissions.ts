/**
 * Who may do what, pure of Discord: the Discord layer maps role ids to these roles and
 * the web page may build actors its own way.
 */
export type Role = 'responder' | 'manager';

export interface Actor {
  /** Discord user id (or another stable id); recorded in the audit log. */
  id: string;
  roles: readonly Role[];
}

export type Permission = 'act' | 'override_lint';

/** Brand managers may do everything a responder may. */
export function can(actor: Actor, p: Permission): boolean {
  if (p === 'override_lint') return actor.roles.includes('manager');
  return actor.roles.includes('responder') || actor.roles.includes('manager');
}

export function explainRefusal(p: Permission): string {
  return p === 'override_lint'
    ? 'Only brand managers may override blocking lint findings.'
    : 'Only members with the responder role (or brand managers) may act on cases.';
}

/** Maps a member's Discord role ids to roles; unset role ids grant nothing (fail closed). */
export function rolesFromIds(memberRoleIds: readonly string[], ids: { responderRoleId?: string | undefined; managerRoleId?: string | undefined }): Role[] {
  const roles: Role[] = [];
  if (ids.responderRoleId && memberRoleIds.includes(ids.responderRoleId)) roles.push('responder');
  if (ids.managerRoleId && memberRoleIds.includes(ids.managerRoleId)) roles.push('manager');
  return roles;
}
