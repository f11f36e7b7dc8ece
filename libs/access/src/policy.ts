import { crnCovers, crnLevel, crnOf, formatCrnPattern, parseCrnPattern, type CrnPattern, type KafkaResourceType, type ResourceRef } from './crn';
import { ROLES, type ConfluentRoleName, type MemberRole, type RoleName } from './roles';

/** What an action is done on: the route's resource names one of these (a list is done on its parent). */
export type ResourceKind = 'organization' | 'environment' | 'cluster' | KafkaResourceType;

export interface PolicyRule {
  /** What the action is on: the request names one resource of this kind. */
  on: ResourceKind;
  /** Roles that allow the action when bound to the resource or above it. */
  roles: readonly RoleName[];
  /**
   * Also allowed to anyone holding one of `roles` on something *inside* the resource: seeing a
   * cluster because one may read one of its topics, listing users because one belongs at all.
   */
  fromInside?: boolean;
  /** One line for docs/ACCESS.md. */
  summary: string;
}

const ADMINS = ['OrganizationAdmin', 'EnvironmentAdmin', 'CloudClusterAdmin'] as const;
const ANY: readonly RoleName[] = [...Object.keys(ROLES)] as RoleName[];
const DATA = ['DeveloperRead', 'DeveloperWrite', 'DeveloperManage', 'ResourceOwner'] as const;
/** Roles whose holders act (not only look): they may hold API keys of their own. */
const ACTORS: readonly RoleName[] = ANY.filter((r) => r !== 'Viewer' && r !== 'MetricsViewer');

/**
 * THE policy table: every action of the API, who may do it, on what. Every controller route names
 * one action (`@Policy`), the guard calls `authorize` with the route's resource, and the
 * permission-matrix test walks this table against the app's real routes. Operator has Confluent's
 * meaning: it sees everything and operates what exists (renames, resizes, upgrades), and creates or
 * deletes nothing; it never touches data, people, roles or billing. A service account that must
 * create clusters or register schemas gets an EnvironmentAdmin or CloudClusterAdmin binding.
 */
export const POLICY = {
  // The organization and its people
  'organization.read': { on: 'organization', roles: ANY, fromInside: true, summary: 'Read the catalog, prices and who one is' },
  'user.read': { on: 'organization', roles: ANY, fromInside: true, summary: 'List and read users' },
  'user.update': { on: 'organization', roles: ['OrganizationAdmin', 'EnvironmentAdmin', 'Operator'], fromInside: true, summary: "Change one's own name (admins: anyone's)" },
  'user.manage': { on: 'organization', roles: ['OrganizationAdmin'], summary: "Change a member's role, remove a member" },
  'invitation.read': { on: 'organization', roles: ['OrganizationAdmin'], summary: 'List pending invitations' },
  'invitation.manage': { on: 'organization', roles: ['OrganizationAdmin'], summary: 'Invite people, withdraw invitations' },
  'service_account.read': { on: 'organization', roles: ANY, fromInside: true, summary: 'List and read service accounts' },
  'service_account.write': { on: 'organization', roles: ['OrganizationAdmin'], summary: 'Create and rename service accounts' },
  'service_account.delete': { on: 'organization', roles: ['OrganizationAdmin'], summary: 'Delete a service account (its keys and bindings go with it)' },
  'api_key.read': { on: 'organization', roles: ANY, fromInside: true, summary: 'List and read API keys (never their secrets)' },
  'api_key.write': { on: 'organization', roles: ACTORS, fromInside: true, summary: "Create, rename, delete one's own API keys (keys of others: OrganizationAdmin)" },
  'api_key.manage_others': { on: 'organization', roles: ['OrganizationAdmin'], summary: 'Create or change API keys owned by someone else' },
  'role_binding.read': { on: 'organization', roles: ANY, fromInside: true, summary: 'List and read role bindings' },
  'role_binding.write': { on: 'organization', roles: ['OrganizationAdmin', 'EnvironmentAdmin', 'CloudClusterAdmin', 'ResourceOwner'], fromInside: true, summary: 'Create and delete role bindings, each within what one may grant' },
  'audit.read': { on: 'organization', roles: ANY, fromInside: true, summary: 'Read the audit log (IP addresses: OrganizationAdmin only)' },
  'billing.read': { on: 'organization', roles: ['OrganizationAdmin', 'BillingAdmin'], summary: 'Costs, invoices, billing account, budgets' },
  'billing.manage': { on: 'organization', roles: ['OrganizationAdmin', 'BillingAdmin'], summary: 'Payment method, checkout, budgets' },
  'metrics.read': { on: 'organization', roles: ['OrganizationAdmin', 'EnvironmentAdmin', 'CloudClusterAdmin', 'Operator', 'MetricsViewer', 'Viewer'], fromInside: true, summary: 'Query and export metrics' },

  // Environments and what lives in them
  'environment.read': { on: 'environment', roles: ANY, fromInside: true, summary: 'List and read environments (a list is on the organization)' },
  'environment.create': { on: 'organization', roles: ['OrganizationAdmin'], summary: 'Create an environment' },
  'environment.update': { on: 'environment', roles: ['OrganizationAdmin', 'EnvironmentAdmin', 'Operator'], summary: 'Rename an environment' },
  'environment.delete': { on: 'environment', roles: ['OrganizationAdmin'], summary: 'Delete an environment' },
  'schema_registry.read': { on: 'environment', roles: ANY, fromInside: true, summary: "Read an environment's schema registry" },
  'schema_registry.write': { on: 'environment', roles: ['OrganizationAdmin', 'EnvironmentAdmin'], summary: 'Register and delete schemas, change compatibility and mode' },

  // Clusters (cmk/v2) and their Kafka (kafka/v3)
  'cluster.read': { on: 'cluster', roles: ANY, fromInside: true, summary: 'List and read clusters (a list is on the environment)' },
  'cluster.create': { on: 'environment', roles: ['OrganizationAdmin', 'EnvironmentAdmin'], summary: 'Create a cluster in an environment' },
  'cluster.update': { on: 'cluster', roles: ['OrganizationAdmin', 'EnvironmentAdmin', 'CloudClusterAdmin', 'Operator'], summary: 'Rename, resize, upgrade a cluster' },
  'cluster.delete': { on: 'cluster', roles: ['OrganizationAdmin', 'EnvironmentAdmin'], summary: 'Delete a cluster' },
  'kafka.cluster.read': { on: 'cluster', roles: ANY, fromInside: true, summary: "Read a cluster's Kafka metadata and broker configs" },
  'kafka.cluster.configure': { on: 'cluster', roles: ADMINS, summary: "Change a cluster's broker configs" },
  'kafka.topic.list': { on: 'cluster', roles: [...ADMINS, 'Operator', 'Viewer', 'MetricsViewer', ...DATA], fromInside: true, summary: "List a cluster's topics" },
  'kafka.topic.read': { on: 'topic', roles: [...ADMINS, 'Operator', 'Viewer', 'MetricsViewer', ...DATA], summary: "Describe a topic: partitions, configs" },
  'kafka.topic.manage': { on: 'topic', roles: [...ADMINS, 'DeveloperManage', 'ResourceOwner'], summary: "Create, delete, configure a topic, add partitions" },
  'kafka.record.produce': { on: 'topic', roles: [...ADMINS, 'DeveloperWrite', 'ResourceOwner'], summary: 'Produce records' },
  'kafka.record.consume': { on: 'topic', roles: [...ADMINS, 'Viewer', 'DeveloperRead', 'ResourceOwner'], summary: 'Read records' },
  'kafka.group.list': { on: 'cluster', roles: [...ADMINS, 'Operator', 'Viewer', 'MetricsViewer', 'DeveloperRead', 'DeveloperManage', 'ResourceOwner'], fromInside: true, summary: 'List consumer groups' },
  'kafka.group.read': { on: 'group', roles: [...ADMINS, 'Operator', 'Viewer', 'MetricsViewer', 'DeveloperRead', 'DeveloperManage', 'ResourceOwner'], summary: 'Describe a consumer group, its consumers and lag' },
  'kafka.group.manage': { on: 'group', roles: [...ADMINS, 'DeveloperManage', 'ResourceOwner'], summary: "Reset a group's offsets, delete a group" },
  'kafka.acl.read': { on: 'cluster', roles: [...ADMINS, 'Operator', 'Viewer'], summary: "List a cluster's ACLs" },
  'kafka.acl.write': { on: 'cluster', roles: ADMINS, summary: 'Create and delete ACLs' },
} as const satisfies Record<string, PolicyRule>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];

export function isAction(s: string): s is Action {
  return Object.prototype.hasOwnProperty.call(POLICY, s);
}

/** One role on one pattern: what a principal holds. `source` says where it came from (for messages and listings). */
export interface Binding {
  roleName: RoleName;
  crn: CrnPattern;
  source: 'member-role' | 'role-binding';
}

export type Decision = { allowed: true; by: Binding } | { allowed: false; reason: string };

const LEVEL_OF: Record<ResourceKind, 'organization' | 'environment' | 'cluster' | 'resource'> = {
  organization: 'organization',
  environment: 'environment',
  cluster: 'cluster',
  topic: 'resource',
  group: 'resource',
  'transactional-id': 'resource',
};

const DEPTH = { organization: 0, environment: 1, cluster: 2, resource: 3 } as const;

/** The bindings a member role stands for (see roles.ts: EnvironmentAdmin covers every environment). */
export function memberRoleBindings(role: MemberRole, organizationId: string): Binding[] {
  const crn: CrnPattern = role === 'EnvironmentAdmin' ? { organizationId, environment: { value: '', prefix: true } } : { organizationId };
  return [{ roleName: role, crn, source: 'member-role' }];
}

function describe(b: Binding): string {
  const level = crnLevel(b.crn);
  return `${b.roleName} on ${level === 'organization' ? 'the organization' : formatCrnPattern(b.crn)}`;
}

/**
 * May someone holding `bindings` do `action` on `resource`? The resource must be named down to the
 * rule's level (`on`); a binding allows it when its role is in the rule and its pattern covers the
 * resource (or, for `fromInside` rules, lies inside it). Deny unless a binding allows.
 */
export function authorize(bindings: readonly Binding[], action: Action, resource: ResourceRef): Decision {
  const rule: PolicyRule = POLICY[action];
  const target = crnOf(resource);
  const needed = LEVEL_OF[rule.on];
  // A list is authorized on its parent (environments on the organization), for rules that allow it.
  const depth = DEPTH[crnLevel(target)];
  const fits = rule.fromInside ? depth <= DEPTH[needed] : depth === DEPTH[needed];
  if (!fits || (target.resource && target.resource.type !== rule.on)) {
    throw new Error(`authorize(${action}) needs a ${rule.on}${rule.fromInside ? ' or what holds it' : ''}, got ${formatCrnPattern(target)}`);
  }
  for (const b of bindings) {
    if (!rule.roles.includes(b.roleName)) continue;
    if (crnCovers(b.crn, target) || (rule.fromInside && crnCovers(target, b.crn))) return { allowed: true, by: b };
  }
  const held = bindings.length ? bindings.map(describe).join(', ') : 'no role bindings';
  const roles = rule.roles.length === ANY.length ? 'any role' : rule.roles.filter((r) => r !== 'Viewer' || rule.roles.length === 1).join(', ');
  return { allowed: false, reason: `${action} needs ${roles} on this ${rule.on}; you have ${held}` };
}

/**
 * No escalation: may someone holding `bindings` grant `role` on `crn`? Only if one of their bindings
 * covers the whole of `crn` and its role may grant `role` (ROLES[…].grants), and `role` may be
 * bound at that level at all.
 */
export function canGrant(bindings: readonly Binding[], role: ConfluentRoleName, crn: CrnPattern): Decision {
  const level = crnLevel(crn);
  if (!ROLES[role].bindsTo.includes(level)) {
    return { allowed: false, reason: `${role} is bound to ${ROLES[role].bindsTo.join(' or ')}, not to ${level === 'resource' ? 'a topic or group' : `a${level === 'organization' ? 'n' : ''} ${level}`}` };
  }
  for (const b of bindings) {
    if (ROLES[b.roleName].grants.includes(role) && crnCovers(b.crn, crn)) return { allowed: true, by: b };
  }
  return { allowed: false, reason: `You cannot grant ${role} on ${formatCrnPattern(crn)}: it is beyond what your own bindings (${bindings.map(describe).join(', ') || 'none'}) let you grant` };
}

/** Stored bindings (role name + CRN text) back to Bindings; rows that no longer parse are ignored, never widened. */
export function bindingsFromRows(rows: readonly { roleName: string; crnPattern: string }[]): Binding[] {
  const out: Binding[] = [];
  for (const r of rows) {
    if (!(r.roleName in ROLES)) continue;
    try {
      out.push({ roleName: r.roleName as RoleName, crn: parseCrnPattern(r.crnPattern), source: 'role-binding' });
    } catch {
      // A row written by an older rule that no longer parses grants nothing.
    }
  }
  return out;
}
