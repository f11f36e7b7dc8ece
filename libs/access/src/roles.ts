/**
 * Confluent Cloud's predefined roles, with the meanings Confluent documents, plus Tributary's `Viewer`
 * (a membership preset from before bindings: read-only across its scope). Where a role may be bound is
 * part of its meaning: OrganizationAdmin binds to the organization, CloudClusterAdmin to one cluster,
 * the Developer roles to topics, consumer groups and transactional ids.
 */
export const ROLE_NAMES = [
  'OrganizationAdmin',
  'EnvironmentAdmin',
  'CloudClusterAdmin',
  'Operator',
  'MetricsViewer',
  'BillingAdmin',
  'DeveloperRead',
  'DeveloperWrite',
  'DeveloperManage',
  'ResourceOwner',
] as const;
export type ConfluentRoleName = (typeof ROLE_NAMES)[number];
/** Every role the policy knows: Confluent's, and `Viewer`, which only a membership preset gives. */
export type RoleName = ConfluentRoleName | 'Viewer';

/** Levels of the resource hierarchy a CRN can name, outermost first. */
export type ScopeLevel = 'organization' | 'environment' | 'cluster' | 'resource';

export interface RoleDefinition {
  name: RoleName;
  /** What Confluent says it is for, in one line (docs/ACCESS.md prints these). */
  meaning: string;
  /** Where a binding of this role may point. */
  bindsTo: readonly ScopeLevel[];
  /** Roles a holder of this role may grant inside the binding's scope (never beyond it). */
  grants: readonly ConfluentRoleName[];
}

const DATA_ROLES = ['DeveloperRead', 'DeveloperWrite', 'DeveloperManage', 'ResourceOwner'] as const;

export const ROLES: Readonly<Record<RoleName, RoleDefinition>> = {
  OrganizationAdmin: {
    name: 'OrganizationAdmin',
    meaning: 'Everything in the organization: people, roles, billing, environments, clusters and their data',
    bindsTo: ['organization'],
    grants: ROLE_NAMES,
  },
  EnvironmentAdmin: {
    name: 'EnvironmentAdmin',
    meaning: 'Everything in one environment (or every environment, bound to environment=*): its clusters, schema registry, keys and role bindings',
    bindsTo: ['environment'],
    grants: ['EnvironmentAdmin', 'CloudClusterAdmin', 'Operator', 'MetricsViewer', ...DATA_ROLES],
  },
  CloudClusterAdmin: {
    name: 'CloudClusterAdmin',
    meaning: 'Everything on one cluster: its settings, topics, consumer groups, ACLs, data, keys and role bindings; not deleting the cluster',
    bindsTo: ['cluster'],
    grants: ['CloudClusterAdmin', 'Operator', 'MetricsViewer', ...DATA_ROLES],
  },
  Operator: {
    name: 'Operator',
    meaning: 'Sees and operates what exists in its scope (renames, resizes, upgrades; its own keys); no creating, no deleting, no data, no people, roles or billing',
    bindsTo: ['organization', 'environment', 'cluster'],
    grants: [],
  },
  MetricsViewer: {
    name: 'MetricsViewer',
    meaning: 'Reads the metrics of what is in its scope, and sees those resources exist',
    bindsTo: ['organization', 'environment', 'cluster'],
    grants: [],
  },
  BillingAdmin: {
    name: 'BillingAdmin',
    meaning: 'Billing: costs, invoices, payment method, budgets; nothing else',
    bindsTo: ['organization'],
    grants: [],
  },
  DeveloperRead: {
    name: 'DeveloperRead',
    meaning: 'Reads (consumes) the topics, and uses the consumer groups, its pattern names',
    bindsTo: ['resource'],
    grants: [],
  },
  DeveloperWrite: {
    name: 'DeveloperWrite',
    meaning: 'Writes (produces) to the topics, and uses the transactional ids, its pattern names',
    bindsTo: ['resource'],
    grants: [],
  },
  DeveloperManage: {
    name: 'DeveloperManage',
    meaning: 'Creates, configures and deletes the topics (and consumer groups) its pattern names; no data',
    bindsTo: ['resource'],
    grants: [],
  },
  ResourceOwner: {
    name: 'ResourceOwner',
    meaning: 'Everything on the topics and groups its pattern names (read, write, manage) and granting the Developer roles on them',
    bindsTo: ['resource'],
    grants: DATA_ROLES,
  },
  Viewer: {
    name: 'Viewer',
    meaning: "Tributary's read-only member: sees everything in the organization and reads topic data, changes nothing",
    bindsTo: ['organization'],
    grants: [],
  },
};

export function isConfluentRoleName(s: string): s is ConfluentRoleName {
  return (ROLE_NAMES as readonly string[]).includes(s);
}

/**
 * A member's or service account's organization role (the `role` of users, invitations and service
 * accounts, kept from before role bindings) is one binding on the whole organization, except
 * EnvironmentAdmin, which Confluent binds to environments: as a member role it covers every one.
 */
export type MemberRole = 'OrganizationAdmin' | 'EnvironmentAdmin' | 'Operator' | 'Viewer';
export const MEMBER_ROLES: readonly MemberRole[] = ['OrganizationAdmin', 'EnvironmentAdmin', 'Operator', 'Viewer'];
