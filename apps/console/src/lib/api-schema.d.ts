/**
 * GENERATED from the API's /openapi.json by scripts/console-types.mjs: do not edit by hand.
 * Regenerate with `npm run console:types` after changing a route, its schemas or its statuses
 * (`npm test` fails while this file differs from the document). Use it through
 * apps/console/src/lib/types.ts (named shapes) and apps/console/src/lib/api.ts (typed calls).
 */

export interface paths {
    "/api/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organization's audit events (filter by action prefix, resource, actor) */
        get: operations["AuditEvents_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/accept-invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: creates your account (or adds your signed-in one) and signs you in */
        post: operations["Invitations_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with email and password */
        post: operations["ConsoleAuth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log out: the session is revoked server-side */
        post: operations["ConsoleAuth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who am I: user, organization, role and the CSRF token for writes */
        get: operations["ConsoleAuth_whoAmI"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Switch the session to another organization you belong to */
        post: operations["ConsoleAuth_switchOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign up: creates an organization, its default environment and you as its admin, signed in */
        post: operations["ConsoleAuth_signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending invitations */
        get: operations["Invitations_list"];
        put?: never;
        /** Invite someone by email (admins); the response carries the accept link */
        post: operations["Invitations_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw an invitation */
        delete: operations["Invitations_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What an invitation is for (organization, email, role); the token goes in the body, never in a URL */
        post: operations["Invitations_previewByBody"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/preview/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an invitation is for (deprecated: the token is in the URL; POST /api/invitations/preview instead) */
        get: operations["Invitations_previewByPath"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/v1/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Billing status of the organization */
        get: operations["Billing_account"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/v1/budget-alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Budget alerts sent (thresholds reached), newest first */
        get: operations["Budgets_alerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/v1/budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's monthly budgets with this month's spend against each */
        get: operations["Budgets_list"];
        /** Set the monthly budget of the organization (no environment) or of one environment: amount in USD, alert thresholds in percent (default 50, 80, 100), ALERT or THROTTLE at the cap */
        put: operations["Budgets_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/v1/budgets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a budget (its throttle, if any, is lifted at once) */
        delete: operations["Budgets_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/v1/checkout-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start giving (or replacing) the card on file: a Stripe Checkout Session in setup mode; open its url, Stripe returns to the billing page */
        post: operations["PaymentMethods_startCheckout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/v1/cost-samples": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The broker samples a Kafka cost line was computed from: counter readings, deltas, restarts detected, gauges carried forward, and the hourly quantities they give */
        get: operations["CostSamples_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/v1/costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daily costs per cluster and line type, promotional credit included (range ≤ 31 days, ≤ 1 year back); group_by=topic splits the network, storage and partition lines by topic, summing exactly to them */
        get: operations["Billing_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/v1/invoice-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What this month would be invoiced if it ended now */
        get: operations["Billing_invoicePreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Past invoices from Stripe, newest first, with their status, amount, period and hosted link */
        get: operations["Invoices_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/v1/meter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live meter: spend so far this month, the current hourly rate, and a projection to the month’s end */
        get: operations["Meter_meter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/v1/payment-method": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payment method on file, and for a card its brand, last four and expiry, as Stripe holds it */
        get: operations["PaymentMethods_paymentMethod"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/v1/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The price list in force now, per cluster kind and line type (USD per unit) */
        get: operations["Billing_prices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/v1/setup-intents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start adding a payment method (Stripe SetupIntent for the console) */
        post: operations["Billing_setupIntent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/v1/stripe/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stripe webhook (signed with Stripe-Signature) */
        post: operations["StripeWebhooks_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/catalog/v1/cluster-offerings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cluster kinds with their limits, the clouds and regions offered, and the prices in force now */
        get: operations["Catalog_clusterOfferings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cmk/v2/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the clusters of an environment */
        get: operations["Clusters_list"];
        put?: never;
        /** Create a cluster: 202 PROVISIONING, then poll until PROVISIONED */
        post: operations["Clusters_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cmk/v2/clusters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a cluster (phase, brokers, conditions) */
        get: operations["Clusters_get"];
        put?: never;
        post?: never;
        /** Delete a cluster: 204, it goes DEPROVISIONING then away; 409 while deletion_protection is on */
        delete: operations["Clusters_delete"];
        options?: never;
        head?: never;
        /** Update a cluster: rename, deletion_protection, max_ecku, resize a Dedicated cluster (config.cku), or upgrade Basic to Standard in place (config.kind) */
        patch: operations["Clusters_update"];
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is alive */
        get: operations["Health_healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/v2/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys (filter by spec.owner, spec.resource) */
        get: operations["ApiKeys_list"];
        put?: never;
        /** Create an API key: the secret is in this response and never again */
        post: operations["ApiKeys_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/v2/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an API key (never its secret) */
        get: operations["ApiKeys_get"];
        put?: never;
        post?: never;
        /** Delete an API key: it stops working at once */
        delete: operations["ApiKeys_delete"];
        options?: never;
        head?: never;
        /** Update an API key's name or description */
        patch: operations["ApiKeys_update"];
        trace?: never;
    };
    "/iam/v2/role-bindings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List role bindings (filters: principal, role_name exact; crn_pattern contained) */
        get: operations["RoleBindings_list"];
        put?: never;
        /** Grant a role on a CRN pattern to a user or service account (never beyond what you may grant) */
        post: operations["RoleBindings_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/v2/role-bindings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a role binding */
        get: operations["RoleBindings_get"];
        put?: never;
        post?: never;
        /** Revoke a role binding (one you could have granted); answers the deleted binding */
        delete: operations["RoleBindings_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/v2/service-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List service accounts */
        get: operations["ServiceAccounts_list"];
        put?: never;
        /** Create a service account */
        post: operations["ServiceAccounts_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/v2/service-accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a service account */
        get: operations["ServiceAccounts_get"];
        put?: never;
        post?: never;
        /** Delete a service account and its API keys */
        delete: operations["ServiceAccounts_delete"];
        options?: never;
        head?: never;
        /** Update a service account */
        patch: operations["ServiceAccounts_update"];
        trace?: never;
    };
    "/iam/v2/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the users of the organization */
        get: operations["Users_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/iam/v2/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a user */
        get: operations["Users_get"];
        put?: never;
        post?: never;
        /** Remove a user from the organization */
        delete: operations["Users_delete"];
        options?: never;
        head?: never;
        /** Update a user's name, or (admins) their role */
        patch: operations["Users_update"];
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the Kafka cluster */
        get: operations["KafkaCluster_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/acls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the ACLs that match the filters (each absent filter matches anything; pattern_type MATCH: every ACL that applies to resource_name) */
        get: operations["Acls_list"];
        put?: never;
        /** Create an ACL for a service account (User:sa-…) or user (User:u-…) of the organization; it applies to every API key of that principal on this cluster. Refused: operations that do not apply to the resource type, '*' in a name, '__' internal topics, ALTER/ALTER_CONFIGS/CLUSTER_ACTION on the cluster */
        post: operations["Acls_create"];
        /** Delete the ACLs that match the filters; answers the deleted ones */
        delete: operations["Acls_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/broker-configs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the cluster-wide settings Confluent lets customers change (auto.create.topics.enable, log.cleaner.max.compaction.lag.ms, log.retention.ms, num.partitions, ssl.cipher.suites); is_read_only tells which Kafka changes live */
        get: operations["KafkaCluster_listConfigs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/broker-configs:alter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change cluster-wide settings in one batch (Dedicated clusters; validate_only checks and changes nothing) */
        post: operations["KafkaCluster_alterConfigs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/broker-configs/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one cluster-wide setting */
        get: operations["KafkaCluster_getConfig"];
        /** Set one cluster-wide setting (Dedicated clusters) */
        put: operations["KafkaCluster_setConfig"];
        post?: never;
        /** Remove a cluster-wide setting (back to the broker default) */
        delete: operations["KafkaCluster_resetConfig"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/consumer-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List consumer groups */
        get: operations["ConsumerGroups_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a consumer group */
        get: operations["ConsumerGroups_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}:reset-offsets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an empty group's committed offsets to earliest, latest, a time, or explicit offsets (Tributary's addition; 409 while the group has members) */
        post: operations["ConsumerGroups_resetOffsets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}/consumers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the members of a consumer group */
        get: operations["ConsumerGroups_consumers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}/consumers/{consumer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one member of a consumer group */
        get: operations["ConsumerGroups_consumer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}/consumers/{consumer_id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the partitions assigned to one member of a consumer group (as Confluent Platform REST Proxy v3 has it) */
        get: operations["ConsumerGroups_assignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}/consumers/{consumer_id}/assignments/{topic_name}/partitions/{partition_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one partition assignment of a consumer group member */
        get: operations["ConsumerGroups_assignment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}/lag-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A consumer group's largest and total lag */
        get: operations["ConsumerGroups_lagSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}/lags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lag per partition: committed offset, log end offset, lag and the consumer */
        get: operations["ConsumerGroups_lags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}/lags/{topic_name}/partitions/{partition_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A consumer group's lag on one partition */
        get: operations["ConsumerGroups_lag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List topics */
        get: operations["Topics_list"];
        put?: never;
        /** Create a topic (validate_only to check without creating); names starting with '__' are refused */
        post: operations["Topics_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/topics/-/configs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the configs of every topic */
        get: operations["TopicConfigs_allTopics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/topics/{topic_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a topic */
        get: operations["Topics_get"];
        put?: never;
        post?: never;
        /** Delete a topic */
        delete: operations["Topics_delete"];
        options?: never;
        head?: never;
        /** Increase the partition count of a topic */
        patch: operations["Topics_update"];
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/configs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a topic's configs, with Kafka's source names and synonyms */
        get: operations["Topics_configs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/configs:alter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change a topic's configs in one batch (SET or DELETE each); validate_only checks and changes nothing */
        post: operations["Topics_alterConfigs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/configs/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one topic config */
        get: operations["TopicConfigs_get"];
        /** Set one topic config (a null value resets it) */
        put: operations["TopicConfigs_update"];
        post?: never;
        /** Reset one topic config to the cluster default */
        delete: operations["TopicConfigs_reset"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/default-configs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The topic's configs without its own overrides (what a new topic gets) */
        get: operations["TopicConfigs_defaults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/partitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a topic's partitions (leader and replicas as links; broker ids in leader_id, replica_ids, isr_ids) */
        get: operations["Topics_partitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/partitions/{partition_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one partition of a topic */
        get: operations["Topics_partition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tributary extension: read records (newest N by default, or forward from an offset or a time; one partition or all), at most 100. Keys and values as JSON, STRING or BINARY (base64); headers base64; next offsets per partition. Joins no consumer group */
        get: operations["RecordsRead_read"];
        put?: never;
        /** Produce a record (key and value as BINARY base64, JSON or STRING; headers base64) and get its partition and offset. Concatenated records (`{…}{…}`) are a stream: one delivery report per record, each with its own error_code */
        post: operations["Records_produce"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/v2/environments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List environments */
        get: operations["Environments_list"];
        put?: never;
        /** Create an environment */
        post: operations["Environments_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/org/v2/environments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an environment */
        get: operations["Environments_get"];
        put?: never;
        post?: never;
        /** Delete an environment (refused while it holds clusters) */
        delete: operations["Environments_delete"];
        options?: never;
        head?: never;
        /** Update an environment */
        patch: operations["Environments_update"];
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Postgres and Redis are reachable; otherwise 503 with Retry-After and, per dependency, what is wrong */
        get: operations["Health_readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/srcm/v3/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an environment's Schema Registry (one per environment) */
        get: operations["Srcm_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/srcm/v3/clusters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a Schema Registry cluster */
        get: operations["Srcm_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/metrics/cloud/descriptors/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The metrics the query and the export serve, their type, unit and labels */
        get: operations["Metrics_descriptors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/metrics/cloud/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current received/sent bytes (counters), retained bytes and partitions (gauges) of clusters, in Prometheus text format */
        get: operations["MetricsExport_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/metrics/cloud/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Query received_bytes, sent_bytes, retained_bytes or partition_count per cluster (group_by resource.kafka.id) or per topic (group_by metric.topic) over time */
        post: operations["Metrics_query"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description One item per problem; every item carries the request id (also in the X-Request-Id header) to quote to support.
         * @example {
         *       "errors": [
         *         {
         *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
         *           "status": "422",
         *           "code": "invalid",
         *           "title": "Invalid Request",
         *           "detail": "'display_name' is required",
         *           "source": {
         *             "pointer": "/display_name"
         *           }
         *         }
         *       ]
         *     }
         */
        Failure: {
            errors: {
                /** @description The request id: quote it to support */
                id: string;
                /** @description The HTTP status, as a string */
                status: string;
                /** @description Stable machine-readable code, e.g. invalid, not_found, conflict */
                code: string;
                title: string;
                /** @description What went wrong and what to do about it */
                detail: string;
                /** @description Where in the request: a JSON pointer into the body, or a query parameter name */
                source?: {
                    pointer?: string;
                    parameter?: string;
                };
            }[];
        };
        /**
         * @description Kafka REST v3 error: error_code is Kafka REST's code, mostly the HTTP status times 100 plus a detail digit (40403: not found, 40101: bad credentials), for some errors the plain HTTP status (404), as Confluent's.
         * @example {
         *       "error_code": 40403,
         *       "message": "Topic 'orders' does not exist"
         *     }
         */
        KafkaRestError: {
            error_code: number;
            message: string;
        };
        /** @description Any JSON value without a NUL character in its strings or keys */
        JsonValue: (null | boolean | number) | string | components["schemas"]["JsonValue"][] | {
            [key: string]: components["schemas"]["JsonValue"];
        };
        Shared1: {
            field?: string;
            /** @enum {string} */
            op: "EQ" | "GT" | "GTE";
            value: string | number;
        } | {
            /** @enum {string} */
            op: "AND" | "OR";
            filters: components["schemas"]["Shared1"][];
        } | {
            /** @constant */
            op: "NOT";
            filter: components["schemas"]["Shared1"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuditEvents_list: {
        parameters: {
            query?: {
                page_size?: number;
                page_token?: string;
                action?: string;
                resource_id?: string;
                actor_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        api_version: string;
                        kind: string;
                        metadata: {
                            first: string;
                            last?: string;
                            prev?: string;
                            next?: string;
                            total_size: number;
                        };
                        data: {
                            id: string;
                            time: string;
                            actor: {
                                kind: string;
                                id: string;
                            };
                            action: string;
                            resource: {
                                kind: string;
                                id: string;
                            };
                            request_id: string;
                            ip: string;
                            details: unknown;
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Invitations_accept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    full_name?: string;
                    password?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: string;
                            email: string;
                            full_name: string;
                        };
                        organization: {
                            id: string;
                            display_name: string;
                        };
                        role: string;
                        organizations: {
                            id: string;
                            display_name: string;
                            role: string;
                        }[];
                        csrf_token: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "409",
                     *           "code": "conflict",
                     *           "title": "Conflict with the current state",
                     *           "detail": "The resource changed or is in a state that does not allow this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "413",
                     *           "code": "payload_too_large",
                     *           "title": "Request body too large",
                     *           "detail": "The request body is too large"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "415",
                     *           "code": "unsupported_media_type",
                     *           "title": "The request body is not application/json",
                     *           "detail": "Send the request body as application/json"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    ConsoleAuth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: string;
                            email: string;
                            full_name: string;
                        };
                        organization: {
                            id: string;
                            display_name: string;
                        };
                        role: string;
                        organizations: {
                            id: string;
                            display_name: string;
                            role: string;
                        }[];
                        csrf_token: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "413",
                     *           "code": "payload_too_large",
                     *           "title": "Request body too large",
                     *           "detail": "The request body is too large"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "415",
                     *           "code": "unsupported_media_type",
                     *           "title": "The request body is not application/json",
                     *           "detail": "Send the request body as application/json"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    ConsoleAuth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    ConsoleAuth_whoAmI: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: string;
                            email: string;
                            full_name: string;
                        };
                        organization: {
                            id: string;
                            display_name: string;
                        };
                        role: string;
                        organizations: {
                            id: string;
                            display_name: string;
                            role: string;
                        }[];
                        csrf_token: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    ConsoleAuth_switchOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    organization_id: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: string;
                            email: string;
                            full_name: string;
                        };
                        organization: {
                            id: string;
                            display_name: string;
                        };
                        role: string;
                        organizations: {
                            id: string;
                            display_name: string;
                            role: string;
                        }[];
                        csrf_token: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "413",
                     *           "code": "payload_too_large",
                     *           "title": "Request body too large",
                     *           "detail": "The request body is too large"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "415",
                     *           "code": "unsupported_media_type",
                     *           "title": "The request body is not application/json",
                     *           "detail": "Send the request body as application/json"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    ConsoleAuth_signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                    full_name: string;
                    organization_name: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: string;
                            email: string;
                            full_name: string;
                        };
                        organization: {
                            id: string;
                            display_name: string;
                        };
                        role: string;
                        organizations: {
                            id: string;
                            display_name: string;
                            role: string;
                        }[];
                        csrf_token: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "409",
                     *           "code": "conflict",
                     *           "title": "Conflict with the current state",
                     *           "detail": "The resource changed or is in a state that does not allow this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "413",
                     *           "code": "payload_too_large",
                     *           "title": "Request body too large",
                     *           "detail": "The request body is too large"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "415",
                     *           "code": "unsupported_media_type",
                     *           "title": "The request body is not application/json",
                     *           "detail": "Send the request body as application/json"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Invitations_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            email: string;
                            /** @enum {string} */
                            role: "OrganizationAdmin" | "EnvironmentAdmin" | "Operator" | "Viewer";
                            expires_at: string;
                            created_at: string;
                            accept_url?: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Invitations_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    /**
                     * @default Operator
                     * @enum {string}
                     */
                    role?: "OrganizationAdmin" | "EnvironmentAdmin" | "Operator" | "Viewer";
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        email: string;
                        /** @enum {string} */
                        role: "OrganizationAdmin" | "EnvironmentAdmin" | "Operator" | "Viewer";
                        expires_at: string;
                        created_at: string;
                        accept_url?: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "409",
                     *           "code": "conflict",
                     *           "title": "Conflict with the current state",
                     *           "detail": "The resource changed or is in a state that does not allow this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "413",
                     *           "code": "payload_too_large",
                     *           "title": "Request body too large",
                     *           "detail": "The request body is too large"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "415",
                     *           "code": "unsupported_media_type",
                     *           "title": "The request body is not application/json",
                     *           "detail": "Send the request body as application/json"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Invitations_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Invitations_previewByBody: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        organization_name: string;
                        role: string;
                        has_account: boolean;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "413",
                     *           "code": "payload_too_large",
                     *           "title": "Request body too large",
                     *           "detail": "The request body is too large"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "415",
                     *           "code": "unsupported_media_type",
                     *           "title": "The request body is not application/json",
                     *           "detail": "Send the request body as application/json"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Invitations_previewByPath: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        organization_name: string;
                        role: string;
                        has_account: boolean;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Billing_account: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "billing/v1";
                        /** @constant */
                        kind: "BillingAccount";
                        /** @enum {string} */
                        status: "ACTIVE" | "PAST_DUE" | "CANCELED";
                        past_due_since: string | null;
                        has_payment_method: boolean;
                        subscription_status: string | null;
                        stripe_enabled: boolean;
                        restriction: {
                            /** @enum {string} */
                            reason: "PAST_DUE" | "CANCELED" | "CREDIT_EXHAUSTED";
                            since: string;
                            refused_from: string;
                            in_effect: boolean;
                            detail: string;
                        } | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Budgets_alerts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "billing/v1";
                        /** @constant */
                        kind: "BudgetAlertList";
                        data: {
                            id: string;
                            budget: {
                                id: string;
                            };
                            month: string;
                            threshold: number;
                            spend: string;
                            amount: string;
                            emailed_at: string | null;
                            created_at: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Budgets_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "billing/v1";
                        /** @constant */
                        kind: "BudgetList";
                        data: {
                            /** @constant */
                            api_version: "billing/v1";
                            /** @constant */
                            kind: "Budget";
                            id: string;
                            spec: {
                                amount: string;
                                /** @constant */
                                currency: "USD";
                                thresholds: number[];
                                /** @enum {string} */
                                action: "ALERT" | "THROTTLE";
                                environment: {
                                    id: string;
                                } | null;
                            };
                            status: {
                                period: {
                                    start_date: string;
                                    end_date: string;
                                };
                                spend: string;
                                spend_amount: number;
                                spend_percent: string;
                                at_cap: boolean;
                                throttled: boolean;
                            };
                            metadata: {
                                created_at: string;
                                updated_at: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Budgets_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount: string;
                    thresholds?: number[];
                    /** @enum {string} */
                    action: "ALERT" | "THROTTLE";
                    environment?: {
                        id: string;
                    } | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "billing/v1";
                        /** @constant */
                        kind: "Budget";
                        id: string;
                        spec: {
                            amount: string;
                            /** @constant */
                            currency: "USD";
                            thresholds: number[];
                            /** @enum {string} */
                            action: "ALERT" | "THROTTLE";
                            environment: {
                                id: string;
                            } | null;
                        };
                        status: {
                            period: {
                                start_date: string;
                                end_date: string;
                            };
                            spend: string;
                            spend_amount: number;
                            spend_percent: string;
                            at_cap: boolean;
                            throttled: boolean;
                        };
                        metadata: {
                            created_at: string;
                            updated_at: string;
                        };
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "413",
                     *           "code": "payload_too_large",
                     *           "title": "Request body too large",
                     *           "detail": "The request body is too large"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "415",
                     *           "code": "unsupported_media_type",
                     *           "title": "The request body is not application/json",
                     *           "detail": "Send the request body as application/json"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Budgets_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    PaymentMethods_startCheckout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "billing/v1";
                        /** @constant */
                        kind: "CheckoutSession";
                        id: string;
                        url: string;
                        expires_at: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "409",
                     *           "code": "conflict",
                     *           "title": "Conflict with the current state",
                     *           "detail": "The resource changed or is in a state that does not allow this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    CostSamples_list: {
        parameters: {
            query: {
                resource_id: string;
                line_type: "KAFKA_BASE" | "KAFKA_NUM_CKUS" | "KAFKA_NETWORK_WRITE" | "KAFKA_NETWORK_READ" | "KAFKA_STORAGE" | "KAFKA_PARTITION";
                date: string;
                page_size?: number;
                page_token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "billing/v1";
                        /** @constant */
                        kind: "CostSampleList";
                        resource: {
                            id: string;
                        };
                        line_type: string;
                        date: string;
                        hours: {
                            hour: string;
                            computed_quantity: string;
                            recorded_quantity: string;
                            closed: boolean;
                        }[];
                        metadata: {
                            total_size: number;
                            next?: string;
                        };
                        data: {
                            broker_id: number;
                            interval_start: string;
                            scraped_at: string;
                            up: boolean;
                            estimated: boolean;
                            incarnation: string | null;
                            bytes_in_total: string | null;
                            bytes_out_total: string | null;
                            bytes_in_delta: string;
                            bytes_out_delta: string;
                            restart_detected: boolean;
                            retained_bytes: string;
                            partition_count: number;
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Billing_list: {
        parameters: {
            query: {
                start_date: string;
                end_date: string;
                page_size?: number;
                page_token?: string;
                group_by?: "topic";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "billing/v1";
                        /** @constant */
                        kind: "CostList";
                        metadata: {
                            first: string;
                            next?: string;
                            total_size: number;
                        };
                        data: {
                            /** @constant */
                            api_version: "billing/v1";
                            /** @constant */
                            kind: "Cost";
                            id: string;
                            start_date: string;
                            end_date: string;
                            /** @constant */
                            granularity: "DAILY";
                            network_access_type?: string;
                            /** @enum {string} */
                            product: "KAFKA" | "STREAM_GOVERNANCE";
                            line_type: string;
                            unit: string;
                            quantity: number;
                            price: number;
                            original_amount: number;
                            discount_amount: number;
                            amount: number;
                            resource: {
                                id: string;
                                display_name: string;
                                environment: {
                                    id: string;
                                } | null;
                            } | null;
                            topic?: string | null;
                            links?: {
                                samples: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Billing_invoicePreview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "billing/v1";
                        /** @constant */
                        kind: "InvoicePreview";
                        period: {
                            start_date: string;
                            end_date: string;
                        };
                        /** @constant */
                        currency: "USD";
                        lines: {
                            line_type: string;
                            unit: string;
                            quantity: number;
                            amount: number;
                        }[];
                        subtotal: number;
                        credits_applied: number;
                        total: number;
                        total_display: string;
                        credit_remaining: number;
                        billing_status: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Invoices_list: {
        parameters: {
            query?: {
                page_size?: number;
                page_token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "billing/v1";
                        /** @constant */
                        kind: "InvoiceList";
                        metadata: {
                            first: string;
                            next?: string;
                        };
                        data: {
                            /** @constant */
                            api_version: "billing/v1";
                            /** @constant */
                            kind: "Invoice";
                            id: string;
                            number: string | null;
                            status: string;
                            currency: string;
                            total: number;
                            amount_due: number;
                            amount_paid: number;
                            amount_remaining: number;
                            period: {
                                start: string;
                                end: string;
                            };
                            created: string;
                            due_date: string | null;
                            hosted_invoice_url: string | null;
                            invoice_pdf: string | null;
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Meter_meter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "billing/v1";
                        /** @constant */
                        kind: "Meter";
                        as_of: string;
                        period: {
                            start_date: string;
                            end_date: string;
                        };
                        /** @constant */
                        currency: "USD";
                        spend_so_far: number;
                        credits_applied: number;
                        hourly_rate: number;
                        rate_hour: string;
                        projected_month_end: number;
                        projected_month_end_net: number;
                        display: {
                            spend_so_far: string;
                            hourly_rate: string;
                            projected_month_end: string;
                        };
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    PaymentMethods_paymentMethod: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "billing/v1";
                        /** @constant */
                        kind: "PaymentMethod";
                        id: string | null;
                        type: string | null;
                        card: {
                            brand: string;
                            last4: string;
                            exp_month: number;
                            exp_year: number;
                        } | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Billing_prices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            cluster_kind: string;
                            line_type: string;
                            unit: string;
                            unit_price: string;
                            effective_from: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Billing_setupIntent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        client_secret: string;
                        customer: string;
                        setup_intent: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "409",
                     *           "code": "conflict",
                     *           "title": "Conflict with the current state",
                     *           "detail": "The resource changed or is in a state that does not allow this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    StripeWebhooks_receive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        received: true;
                        duplicate: boolean;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Catalog_clusterOfferings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "catalog/v1";
                        /** @constant */
                        kind: "ClusterOfferings";
                        clouds: {
                            cloud: string;
                            regions: string[];
                        }[];
                        kinds: {
                            /** @enum {string} */
                            kind: "Basic" | "Standard" | "Dedicated";
                            summary: string;
                            availabilities: ("SINGLE_ZONE" | "MULTI_ZONE")[];
                            /** @description Brokers of every cluster of this kind; null where the size is chosen (Dedicated: one broker per CKU) */
                            brokers: number | null;
                            /** @description The CKU range a Dedicated cluster can be created with and resized within; null for other kinds */
                            cku: {
                                min: number;
                                max: number;
                            } | null;
                            /** @description Copies of each partition (for Dedicated, from 3 CKUs up; smaller clusters keep one per broker) */
                            replication_factor: number;
                            max_partitions: number;
                            storage_gib_per_broker: number;
                            prices: {
                                line_type: string;
                                unit: string;
                                /** @description USD per unit, an exact decimal string */
                                unit_price: string;
                                /** @description When this price took effect (ISO 8601) */
                                effective_from: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Clusters_list: {
        parameters: {
            query: {
                page_size?: number;
                page_token?: string;
                environment: string;
                "spec.network"?: string;
                "spec.deletion_protection"?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        api_version: string;
                        kind: string;
                        metadata: {
                            first: string;
                            last?: string;
                            prev?: string;
                            next?: string;
                            total_size: number;
                        };
                        data: {
                            /** @constant */
                            api_version: "cmk/v2";
                            /** @constant */
                            kind: "Cluster";
                            id: string;
                            metadata: {
                                self: string;
                                resource_name: string;
                                created_at: string;
                                updated_at: string;
                                deleted_at?: string;
                            };
                            spec: {
                                display_name: string;
                                /** @enum {string} */
                                availability: "SINGLE_ZONE" | "MULTI_ZONE";
                                cloud: string;
                                region: string;
                                config: {
                                    /** @enum {string} */
                                    kind: "Basic" | "Standard" | "Dedicated";
                                    cku?: number;
                                    max_ecku?: number;
                                };
                                deletion_protection: boolean;
                                kafka_bootstrap_endpoint: string;
                                http_endpoint: string;
                                api_endpoint: string;
                                environment: {
                                    id: string;
                                    related: string;
                                    resource_name: string;
                                };
                            };
                            status: {
                                /** @enum {string} */
                                phase: "PROVISIONING" | "PROVISIONED" | "FAILED" | "DEPROVISIONING";
                                cku?: number;
                                brokers: {
                                    id: number;
                                    state: string;
                                    host: string;
                                    port: number;
                                    zone: string;
                                    controller: boolean;
                                }[];
                                conditions: {
                                    type: string;
                                    status: string;
                                    reason: string;
                                    message: string;
                                    last_transition_time: string;
                                }[];
                                failure_reason?: string;
                                observed_generation: number;
                            };
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Clusters_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    api_version?: string;
                    kind?: string;
                    id?: string;
                    metadata?: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    spec: {
                        display_name: string;
                        /**
                         * @default SINGLE_ZONE
                         * @enum {string}
                         */
                        availability?: "SINGLE_ZONE" | "MULTI_ZONE" | "LOW" | "HIGH";
                        cloud: string;
                        region: string;
                        config: {
                            /** @constant */
                            kind: "Basic";
                            max_ecku?: number;
                        } | {
                            /** @constant */
                            kind: "Standard";
                            max_ecku?: number;
                        } | {
                            /** @constant */
                            kind: "Dedicated";
                            cku: number;
                            /** @constant */
                            release_priority?: "REGULAR";
                        };
                        environment: {
                            id: string;
                            related?: string;
                            resource_name?: string;
                            environment?: string;
                        };
                        deletion_protection?: boolean;
                        network?: {
                            environment?: string;
                            related?: string;
                            resource_name?: string;
                        } | null;
                        byok?: {
                            environment?: string;
                            related?: string;
                            resource_name?: string;
                        } | null;
                        kafka_bootstrap_endpoint?: string;
                        http_endpoint?: string;
                        api_endpoint?: string;
                        endpoints?: components["schemas"]["JsonValue"];
                    };
                    status?: components["schemas"]["JsonValue"];
                };
            };
        };
        responses: {
            /** @description OK */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "cmk/v2";
                        /** @constant */
                        kind: "Cluster";
                        id: string;
                        metadata: {
                            self: string;
                            resource_name: string;
                            created_at: string;
                            updated_at: string;
                            deleted_at?: string;
                        };
                        spec: {
                            display_name: string;
                            /** @enum {string} */
                            availability: "SINGLE_ZONE" | "MULTI_ZONE";
                            cloud: string;
                            region: string;
                            config: {
                                /** @enum {string} */
                                kind: "Basic" | "Standard" | "Dedicated";
                                cku?: number;
                                max_ecku?: number;
                            };
                            deletion_protection: boolean;
                            kafka_bootstrap_endpoint: string;
                            http_endpoint: string;
                            api_endpoint: string;
                            environment: {
                                id: string;
                                related: string;
                                resource_name: string;
                            };
                        };
                        status: {
                            /** @enum {string} */
                            phase: "PROVISIONING" | "PROVISIONED" | "FAILED" | "DEPROVISIONING";
                            cku?: number;
                            brokers: {
                                id: number;
                                state: string;
                                host: string;
                                port: number;
                                zone: string;
                                controller: boolean;
                            }[];
                            conditions: {
                                type: string;
                                status: string;
                                reason: string;
                                message: string;
                                last_transition_time: string;
                            }[];
                            failure_reason?: string;
                            observed_generation: number;
                        };
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Payment required: add a payment method first */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "402",
                     *           "code": "payment_required",
                     *           "title": "Payment required",
                     *           "detail": "Add a payment method before creating a Dedicated cluster"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "413",
                     *           "code": "payload_too_large",
                     *           "title": "Request body too large",
                     *           "detail": "The request body is too large"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "415",
                     *           "code": "unsupported_media_type",
                     *           "title": "The request body is not application/json",
                     *           "detail": "Send the request body as application/json"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Clusters_get: {
        parameters: {
            query: {
                environment: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "cmk/v2";
                        /** @constant */
                        kind: "Cluster";
                        id: string;
                        metadata: {
                            self: string;
                            resource_name: string;
                            created_at: string;
                            updated_at: string;
                            deleted_at?: string;
                        };
                        spec: {
                            display_name: string;
                            /** @enum {string} */
                            availability: "SINGLE_ZONE" | "MULTI_ZONE";
                            cloud: string;
                            region: string;
                            config: {
                                /** @enum {string} */
                                kind: "Basic" | "Standard" | "Dedicated";
                                cku?: number;
                                max_ecku?: number;
                            };
                            deletion_protection: boolean;
                            kafka_bootstrap_endpoint: string;
                            http_endpoint: string;
                            api_endpoint: string;
                            environment: {
                                id: string;
                                related: string;
                                resource_name: string;
                            };
                        };
                        status: {
                            /** @enum {string} */
                            phase: "PROVISIONING" | "PROVISIONED" | "FAILED" | "DEPROVISIONING";
                            cku?: number;
                            brokers: {
                                id: number;
                                state: string;
                                host: string;
                                port: number;
                                zone: string;
                                controller: boolean;
                            }[];
                            conditions: {
                                type: string;
                                status: string;
                                reason: string;
                                message: string;
                                last_transition_time: string;
                            }[];
                            failure_reason?: string;
                            observed_generation: number;
                        };
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Clusters_delete: {
        parameters: {
            query: {
                environment: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "409",
                     *           "code": "conflict",
                     *           "title": "Conflict with the current state",
                     *           "detail": "The resource changed or is in a state that does not allow this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Clusters_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    api_version?: string;
                    kind?: string;
                    id?: string;
                    metadata?: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    spec: {
                        display_name?: string;
                        /** @enum {string} */
                        availability?: "SINGLE_ZONE" | "MULTI_ZONE" | "LOW" | "HIGH";
                        config?: {
                            /** @constant */
                            kind: "Basic";
                            max_ecku?: number;
                        } | {
                            /** @constant */
                            kind: "Standard";
                            max_ecku?: number;
                        } | {
                            /** @constant */
                            kind: "Dedicated";
                            cku: number;
                            /** @constant */
                            release_priority?: "REGULAR";
                        };
                        deletion_protection?: boolean;
                        environment: {
                            id: string;
                            related?: string;
                            resource_name?: string;
                            environment?: string;
                        };
                        kafka_bootstrap_endpoint?: string;
                        http_endpoint?: string;
                        api_endpoint?: string;
                        endpoints?: components["schemas"]["JsonValue"];
                    };
                    status?: components["schemas"]["JsonValue"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "cmk/v2";
                        /** @constant */
                        kind: "Cluster";
                        id: string;
                        metadata: {
                            self: string;
                            resource_name: string;
                            created_at: string;
                            updated_at: string;
                            deleted_at?: string;
                        };
                        spec: {
                            display_name: string;
                            /** @enum {string} */
                            availability: "SINGLE_ZONE" | "MULTI_ZONE";
                            cloud: string;
                            region: string;
                            config: {
                                /** @enum {string} */
                                kind: "Basic" | "Standard" | "Dedicated";
                                cku?: number;
                                max_ecku?: number;
                            };
                            deletion_protection: boolean;
                            kafka_bootstrap_endpoint: string;
                            http_endpoint: string;
                            api_endpoint: string;
                            environment: {
                                id: string;
                                related: string;
                                resource_name: string;
                            };
                        };
                        status: {
                            /** @enum {string} */
                            phase: "PROVISIONING" | "PROVISIONED" | "FAILED" | "DEPROVISIONING";
                            cku?: number;
                            brokers: {
                                id: number;
                                state: string;
                                host: string;
                                port: number;
                                zone: string;
                                controller: boolean;
                            }[];
                            conditions: {
                                type: string;
                                status: string;
                                reason: string;
                                message: string;
                                last_transition_time: string;
                            }[];
                            failure_reason?: string;
                            observed_generation: number;
                        };
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "409",
                     *           "code": "conflict",
                     *           "title": "Conflict with the current state",
                     *           "detail": "The resource changed or is in a state that does not allow this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "413",
                     *           "code": "payload_too_large",
                     *           "title": "Request body too large",
                     *           "detail": "The request body is too large"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "415",
                     *           "code": "unsupported_media_type",
                     *           "title": "The request body is not application/json",
                     *           "detail": "Send the request body as application/json"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Health_healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "unavailable";
                        checks?: {
                            [key: string]: string;
                        };
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    ApiKeys_list: {
        parameters: {
            query?: {
                page_size?: number;
                page_token?: string;
                "spec.owner"?: string;
                "spec.resource"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        api_version: string;
                        kind: string;
                        metadata: {
                            first: string;
                            last?: string;
                            prev?: string;
                            next?: string;
                            total_size: number;
                        };
                        data: {
                            /** @constant */
                            api_version: "iam/v2";
                            /** @constant */
                            kind: "ApiKey";
                            id: string;
                            metadata: {
                                self: string;
                                resource_name: string;
                                created_at: string;
                                updated_at: string;
                                deleted_at?: string;
                            };
                            spec: {
                                secret?: string;
                                display_name: string;
                                description: string;
                                owner: {
                                    id: string;
                                    api_version: string;
                                    kind: string;
                                    related: string;
                                    resource_name: string;
                                    environment?: string;
                                };
                                resource: {
                                    id: string;
                                    api_version: string;
                                    kind: string;
                                    related: string;
                                    resource_name: string;
                                    environment?: string;
                                };
                                resources: {
                                    id: string;
                                    api_version: string;
                                    kind: string;
                                    related: string;
                                    resource_name: string;
                                    environment?: string;
                                }[];
                            };
                            status: {
                                phase: string;
                                last_used_at: string | null;
                            };
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    ApiKeys_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    api_version?: string;
                    kind?: string;
                    id?: string;
                    metadata?: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    spec: {
                        /** @default  */
                        display_name?: string;
                        /** @default  */
                        description?: string;
                        owner?: {
                            id: string;
                            kind?: string;
                            related?: string;
                            resource_name?: string;
                            environment?: string;
                            api_version?: string;
                        };
                        resource?: {
                            id: string;
                            kind?: string;
                            related?: string;
                            resource_name?: string;
                            environment?: string;
                            api_version?: string;
                        } | null;
                        resources?: {
                            id: string;
                            kind?: string;
                            related?: string;
                            resource_name?: string;
                            environment?: string;
                            api_version?: string;
                        }[];
                        secret?: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "iam/v2";
                        /** @constant */
                        kind: "ApiKey";
                        id: string;
                        metadata: {
                            self: string;
                            resource_name: string;
                            created_at: string;
                            updated_at: string;
                            deleted_at?: string;
                        };
                        spec: {
                            secret?: string;
                            display_name: string;
                            description: string;
                            owner: {
                                id: string;
                                api_version: string;
                                kind: string;
                                related: string;
                                resource_name: string;
                                environment?: string;
                            };
                            resource: {
                                id: string;
                                api_version: string;
                                kind: string;
                                related: string;
                                resource_name: string;
                                environment?: string;
                            };
                            resources: {
                                id: string;
                                api_version: string;
                                kind: string;
                                related: string;
                                resource_name: string;
                                environment?: string;
                            }[];
                        };
                        status: {
                            phase: string;
                            last_used_at: string | null;
                        };
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "413",
                     *           "code": "payload_too_large",
                     *           "title": "Request body too large",
                     *           "detail": "The request body is too large"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "415",
                     *           "code": "unsupported_media_type",
                     *           "title": "The request body is not application/json",
                     *           "detail": "Send the request body as application/json"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    ApiKeys_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "iam/v2";
                        /** @constant */
                        kind: "ApiKey";
                        id: string;
                        metadata: {
                            self: string;
                            resource_name: string;
                            created_at: string;
                            updated_at: string;
                            deleted_at?: string;
                        };
                        spec: {
                            secret?: string;
                            display_name: string;
                            description: string;
                            owner: {
                                id: string;
                                api_version: string;
                                kind: string;
                                related: string;
                                resource_name: string;
                                environment?: string;
                            };
                            resource: {
                                id: string;
                                api_version: string;
                                kind: string;
                                related: string;
                                resource_name: string;
                                environment?: string;
                            };
                            resources: {
                                id: string;
                                api_version: string;
                                kind: string;
                                related: string;
                                resource_name: string;
                                environment?: string;
                            }[];
                        };
                        status: {
                            phase: string;
                            last_used_at: string | null;
                        };
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    ApiKeys_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    ApiKeys_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    api_version?: string;
                    kind?: string;
                    id?: string;
                    metadata?: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    spec: {
                        display_name?: string;
                        description?: string;
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "iam/v2";
                        /** @constant */
                        kind: "ApiKey";
                        id: string;
                        metadata: {
                            self: string;
                            resource_name: string;
                            created_at: string;
                            updated_at: string;
                            deleted_at?: string;
                        };
                        spec: {
                            secret?: string;
                            display_name: string;
                            description: string;
                            owner: {
                                id: string;
                                api_version: string;
                                kind: string;
                                related: string;
                                resource_name: string;
                                environment?: string;
                            };
                            resource: {
                                id: string;
                                api_version: string;
                                kind: string;
                                related: string;
                                resource_name: string;
                                environment?: string;
                            };
                            resources: {
                                id: string;
                                api_version: string;
                                kind: string;
                                related: string;
                                resource_name: string;
                                environment?: string;
                            }[];
                        };
                        status: {
                            phase: string;
                            last_used_at: string | null;
                        };
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "413",
                     *           "code": "payload_too_large",
                     *           "title": "Request body too large",
                     *           "detail": "The request body is too large"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "415",
                     *           "code": "unsupported_media_type",
                     *           "title": "The request body is not application/json",
                     *           "detail": "Send the request body as application/json"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    RoleBindings_list: {
        parameters: {
            query?: {
                page_size?: number;
                page_token?: string;
                principal?: string;
                role_name?: "OrganizationAdmin" | "EnvironmentAdmin" | "CloudClusterAdmin" | "Operator" | "MetricsViewer" | "BillingAdmin" | "DeveloperRead" | "DeveloperWrite" | "DeveloperManage" | "ResourceOwner";
                crn_pattern?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        api_version: string;
                        kind: string;
                        metadata: {
                            first: string;
                            last?: string;
                            prev?: string;
                            next?: string;
                            total_size: number;
                        };
                        data: {
                            /** @constant */
                            api_version: "iam/v2";
                            /** @constant */
                            kind: "RoleBinding";
                            id: string;
                            metadata: {
                                self: string;
                                resource_name: string;
                                created_at: string;
                                updated_at: string;
                                deleted_at?: string;
                            };
                            principal: string;
                            role_name: string;
                            crn_pattern: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    RoleBindings_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    api_version?: string;
                    kind?: string;
                    id?: string;
                    metadata?: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    principal: string;
                    /** @enum {string} */
                    role_name: "OrganizationAdmin" | "EnvironmentAdmin" | "CloudClusterAdmin" | "Operator" | "MetricsViewer" | "BillingAdmin" | "DeveloperRead" | "DeveloperWrite" | "DeveloperManage" | "ResourceOwner";
                    crn_pattern: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "iam/v2";
                        /** @constant */
                        kind: "RoleBinding";
                        id: string;
                        metadata: {
                            self: string;
                            resource_name: string;
                            created_at: string;
                            updated_at: string;
                            deleted_at?: string;
                        };
                        principal: string;
                        role_name: string;
                        crn_pattern: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "409",
                     *           "code": "conflict",
                     *           "title": "Conflict with the current state",
                     *           "detail": "The resource changed or is in a state that does not allow this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "413",
                     *           "code": "payload_too_large",
                     *           "title": "Request body too large",
                     *           "detail": "The request body is too large"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "415",
                     *           "code": "unsupported_media_type",
                     *           "title": "The request body is not application/json",
                     *           "detail": "Send the request body as application/json"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    RoleBindings_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "iam/v2";
                        /** @constant */
                        kind: "RoleBinding";
                        id: string;
                        metadata: {
                            self: string;
                            resource_name: string;
                            created_at: string;
                            updated_at: string;
                            deleted_at?: string;
                        };
                        principal: string;
                        role_name: string;
                        crn_pattern: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    RoleBindings_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "iam/v2";
                        /** @constant */
                        kind: "RoleBinding";
                        id: string;
                        metadata: {
                            self: string;
                            resource_name: string;
                            created_at: string;
                            updated_at: string;
                            deleted_at?: string;
                        };
                        principal: string;
                        role_name: string;
                        crn_pattern: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    ServiceAccounts_list: {
        parameters: {
            query?: {
                page_size?: number;
                page_token?: string;
                display_name?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        api_version: string;
                        kind: string;
                        metadata: {
                            first: string;
                            last?: string;
                            prev?: string;
                            next?: string;
                            total_size: number;
                        };
                        data: {
                            /** @constant */
                            api_version: "iam/v2";
                            /** @constant */
                            kind: "ServiceAccount";
                            id: string;
                            metadata: {
                                self: string;
                                resource_name: string;
                                created_at: string;
                                updated_at: string;
                                deleted_at?: string;
                            };
                            display_name: string;
                            description: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    ServiceAccounts_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    api_version?: string;
                    kind?: string;
                    id?: string;
                    metadata?: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    display_name: string;
                    /** @default  */
                    description?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "iam/v2";
                        /** @constant */
                        kind: "ServiceAccount";
                        id: string;
                        metadata: {
                            self: string;
                            resource_name: string;
                            created_at: string;
                            updated_at: string;
                            deleted_at?: string;
                        };
                        display_name: string;
                        description: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "409",
                     *           "code": "conflict",
                     *           "title": "Conflict with the current state",
                     *           "detail": "The resource changed or is in a state that does not allow this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "413",
                     *           "code": "payload_too_large",
                     *           "title": "Request body too large",
                     *           "detail": "The request body is too large"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "415",
                     *           "code": "unsupported_media_type",
                     *           "title": "The request body is not application/json",
                     *           "detail": "Send the request body as application/json"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    ServiceAccounts_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "iam/v2";
                        /** @constant */
                        kind: "ServiceAccount";
                        id: string;
                        metadata: {
                            self: string;
                            resource_name: string;
                            created_at: string;
                            updated_at: string;
                            deleted_at?: string;
                        };
                        display_name: string;
                        description: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    ServiceAccounts_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    ServiceAccounts_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    api_version?: string;
                    kind?: string;
                    id?: string;
                    metadata?: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    display_name?: string;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "iam/v2";
                        /** @constant */
                        kind: "ServiceAccount";
                        id: string;
                        metadata: {
                            self: string;
                            resource_name: string;
                            created_at: string;
                            updated_at: string;
                            deleted_at?: string;
                        };
                        display_name: string;
                        description: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "409",
                     *           "code": "conflict",
                     *           "title": "Conflict with the current state",
                     *           "detail": "The resource changed or is in a state that does not allow this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "413",
                     *           "code": "payload_too_large",
                     *           "title": "Request body too large",
                     *           "detail": "The request body is too large"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "415",
                     *           "code": "unsupported_media_type",
                     *           "title": "The request body is not application/json",
                     *           "detail": "Send the request body as application/json"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Users_list: {
        parameters: {
            query?: {
                page_size?: number;
                page_token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        api_version: string;
                        kind: string;
                        metadata: {
                            first: string;
                            last?: string;
                            prev?: string;
                            next?: string;
                            total_size: number;
                        };
                        data: {
                            /** @constant */
                            api_version: "iam/v2";
                            /** @constant */
                            kind: "User";
                            id: string;
                            metadata: {
                                self: string;
                                resource_name: string;
                                created_at: string;
                                updated_at: string;
                                deleted_at?: string;
                            };
                            email: string;
                            full_name: string;
                            auth_type: string;
                            /** @enum {string} */
                            role: "OrganizationAdmin" | "EnvironmentAdmin" | "Operator" | "Viewer";
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Users_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "iam/v2";
                        /** @constant */
                        kind: "User";
                        id: string;
                        metadata: {
                            self: string;
                            resource_name: string;
                            created_at: string;
                            updated_at: string;
                            deleted_at?: string;
                        };
                        email: string;
                        full_name: string;
                        auth_type: string;
                        /** @enum {string} */
                        role: "OrganizationAdmin" | "EnvironmentAdmin" | "Operator" | "Viewer";
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Users_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "409",
                     *           "code": "conflict",
                     *           "title": "Conflict with the current state",
                     *           "detail": "The resource changed or is in a state that does not allow this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Users_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    api_version?: string;
                    kind?: string;
                    id?: string;
                    metadata?: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    full_name?: string;
                    email?: string;
                    auth_type?: string;
                    /** @enum {string} */
                    role?: "OrganizationAdmin" | "EnvironmentAdmin" | "Operator" | "Viewer";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "iam/v2";
                        /** @constant */
                        kind: "User";
                        id: string;
                        metadata: {
                            self: string;
                            resource_name: string;
                            created_at: string;
                            updated_at: string;
                            deleted_at?: string;
                        };
                        email: string;
                        full_name: string;
                        auth_type: string;
                        /** @enum {string} */
                        role: "OrganizationAdmin" | "EnvironmentAdmin" | "Operator" | "Viewer";
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "409",
                     *           "code": "conflict",
                     *           "title": "Conflict with the current state",
                     *           "detail": "The resource changed or is in a state that does not allow this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "413",
                     *           "code": "payload_too_large",
                     *           "title": "Request body too large",
                     *           "detail": "The request body is too large"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "415",
                     *           "code": "unsupported_media_type",
                     *           "title": "The request body is not application/json",
                     *           "detail": "Send the request body as application/json"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    KafkaCluster_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        kind: "KafkaCluster";
                        metadata: {
                            self: string;
                            resource_name: string | null;
                        };
                        cluster_id: string;
                        acls: {
                            related: string;
                        };
                        brokers: {
                            related: string;
                        };
                        broker_configs: {
                            related: string;
                        };
                        consumer_groups: {
                            related: string;
                        };
                        topics: {
                            related: string;
                        };
                        partition_reassignments: {
                            related: string;
                        };
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    Acls_list: {
        parameters: {
            query?: {
                resource_type?: "ANY" | "TOPIC" | "GROUP" | "CLUSTER" | "TRANSACTIONAL_ID";
                resource_name?: string;
                pattern_type?: "ANY" | "MATCH" | "LITERAL" | "PREFIXED";
                principal?: string;
                host?: string;
                operation?: "ANY" | "ALL" | "READ" | "WRITE" | "CREATE" | "DELETE" | "ALTER" | "DESCRIBE" | "CLUSTER_ACTION" | "DESCRIBE_CONFIGS" | "ALTER_CONFIGS" | "IDEMPOTENT_WRITE";
                permission?: "ANY" | "ALLOW" | "DENY";
            };
            header?: never;
            path: {
                cluster_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: string;
                        metadata: {
                            self: string;
                            next: string | null;
                        };
                        data: {
                            /** @constant */
                            kind: "KafkaAcl";
                            metadata: {
                                self: string;
                                resource_name: string | null;
                            };
                            cluster_id: string;
                            /** @enum {string} */
                            resource_type: "TOPIC" | "GROUP" | "CLUSTER" | "TRANSACTIONAL_ID";
                            resource_name: string;
                            /** @enum {string} */
                            pattern_type: "LITERAL" | "PREFIXED";
                            principal: string;
                            host: string;
                            /** @enum {string} */
                            operation: "ALL" | "READ" | "WRITE" | "CREATE" | "DELETE" | "ALTER" | "DESCRIBE" | "CLUSTER_ACTION" | "DESCRIBE_CONFIGS" | "ALTER_CONFIGS" | "IDEMPOTENT_WRITE";
                            /** @enum {string} */
                            permission: "ALLOW" | "DENY";
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42200,
                     *       "message": "'display_name' is required"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    Acls_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    resource_type: "TOPIC" | "GROUP" | "CLUSTER" | "TRANSACTIONAL_ID";
                    resource_name: string;
                    /** @enum {string} */
                    pattern_type: "LITERAL" | "PREFIXED";
                    principal: string;
                    host: string;
                    /** @enum {string} */
                    operation: "ALL" | "READ" | "WRITE" | "CREATE" | "DELETE" | "ALTER" | "DESCRIBE" | "CLUSTER_ACTION" | "DESCRIBE_CONFIGS" | "ALTER_CONFIGS" | "IDEMPOTENT_WRITE";
                    /** @enum {string} */
                    permission: "ALLOW" | "DENY";
                };
            };
        };
        responses: {
            /** @description No content */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 41300,
                     *       "message": "The request body is too large"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 41500,
                     *       "message": "Send the request body as application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42200,
                     *       "message": "'display_name' is required"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    Acls_delete: {
        parameters: {
            query: {
                resource_type: "ANY" | "TOPIC" | "GROUP" | "CLUSTER" | "TRANSACTIONAL_ID";
                resource_name?: string;
                pattern_type: "ANY" | "MATCH" | "LITERAL" | "PREFIXED";
                principal?: string;
                host?: string;
                operation: "ANY" | "ALL" | "READ" | "WRITE" | "CREATE" | "DELETE" | "ALTER" | "DESCRIBE" | "CLUSTER_ACTION" | "DESCRIBE_CONFIGS" | "ALTER_CONFIGS" | "IDEMPOTENT_WRITE";
                permission: "ANY" | "ALLOW" | "DENY";
            };
            header?: never;
            path: {
                cluster_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @constant */
                            kind: "KafkaAcl";
                            metadata: {
                                self: string;
                                resource_name: string | null;
                            };
                            cluster_id: string;
                            /** @enum {string} */
                            resource_type: "TOPIC" | "GROUP" | "CLUSTER" | "TRANSACTIONAL_ID";
                            resource_name: string;
                            /** @enum {string} */
                            pattern_type: "LITERAL" | "PREFIXED";
                            principal: string;
                            host: string;
                            /** @enum {string} */
                            operation: "ALL" | "READ" | "WRITE" | "CREATE" | "DELETE" | "ALTER" | "DESCRIBE" | "CLUSTER_ACTION" | "DESCRIBE_CONFIGS" | "ALTER_CONFIGS" | "IDEMPOTENT_WRITE";
                            /** @enum {string} */
                            permission: "ALLOW" | "DENY";
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42200,
                     *       "message": "'display_name' is required"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    KafkaCluster_listConfigs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: string;
                        metadata: {
                            self: string;
                            next: string | null;
                        };
                        data: {
                            kind: string;
                            metadata: {
                                self: string;
                                resource_name: string | null;
                            };
                            cluster_id: string;
                            name: string;
                            value: string | null;
                            is_default: boolean;
                            is_read_only: boolean;
                            is_sensitive: boolean;
                            source: string;
                            synonyms: {
                                name: string;
                                value: string | null;
                                source: string;
                            }[];
                            /** @constant */
                            config_type: "BROKER";
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    KafkaCluster_alterConfigs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        name: string;
                        value?: string | null;
                        operation?: ("SET" | "DELETE") | null;
                    }[];
                    validate_only?: boolean;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 41300,
                     *       "message": "The request body is too large"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 41500,
                     *       "message": "Send the request body as application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42200,
                     *       "message": "'display_name' is required"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    KafkaCluster_getConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: string;
                        metadata: {
                            self: string;
                            resource_name: string | null;
                        };
                        cluster_id: string;
                        name: string;
                        value: string | null;
                        is_default: boolean;
                        is_read_only: boolean;
                        is_sensitive: boolean;
                        source: string;
                        synonyms: {
                            name: string;
                            value: string | null;
                            source: string;
                        }[];
                        /** @constant */
                        config_type: "BROKER";
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    KafkaCluster_setConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    value?: string | null;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 41300,
                     *       "message": "The request body is too large"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 41500,
                     *       "message": "Send the request body as application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42200,
                     *       "message": "'display_name' is required"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    KafkaCluster_resetConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    ConsumerGroups_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: string;
                        metadata: {
                            self: string;
                            next: string | null;
                        };
                        data: {
                            /** @constant */
                            kind: "KafkaConsumerGroup";
                            metadata: {
                                self: string;
                                resource_name: string | null;
                            };
                            cluster_id: string;
                            consumer_group_id: string;
                            is_simple: boolean;
                            partition_assignor: string;
                            state: string;
                            type: string;
                            is_mixed_consumer_group: boolean;
                            coordinator: {
                                related: string;
                            };
                            consumers: {
                                related: string;
                            };
                            lag_summary: {
                                related: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    ConsumerGroups_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                consumer_group_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        kind: "KafkaConsumerGroup";
                        metadata: {
                            self: string;
                            resource_name: string | null;
                        };
                        cluster_id: string;
                        consumer_group_id: string;
                        is_simple: boolean;
                        partition_assignor: string;
                        state: string;
                        type: string;
                        is_mixed_consumer_group: boolean;
                        coordinator: {
                            related: string;
                        };
                        consumers: {
                            related: string;
                        };
                        lag_summary: {
                            related: string;
                        };
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    ConsumerGroups_resetOffsets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                consumer_group_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    to: "earliest" | "latest" | "timestamp" | "explicit";
                    /** Format: date-time */
                    timestamp?: string;
                    topics?: string[];
                    offsets?: {
                        topic_name: string;
                        partition_id: number;
                        offset: number;
                    }[];
                    /** @default false */
                    validate_only?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        kind: "KafkaConsumerGroupOffsetReset";
                        cluster_id: string;
                        consumer_group_id: string;
                        validate_only: boolean;
                        data: {
                            topic_name: string;
                            partition_id: number;
                            previous_offset: number | null;
                            offset: number;
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 41300,
                     *       "message": "The request body is too large"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 41500,
                     *       "message": "Send the request body as application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42200,
                     *       "message": "'display_name' is required"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    ConsumerGroups_consumers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                consumer_group_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: string;
                        metadata: {
                            self: string;
                            next: string | null;
                        };
                        data: {
                            /** @constant */
                            kind: "KafkaConsumer";
                            metadata: {
                                self: string;
                                resource_name: string | null;
                            };
                            cluster_id: string;
                            consumer_group_id: string;
                            consumer_id: string;
                            instance_id: string | null;
                            client_id: string;
                            host: string;
                            assignments: {
                                related: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    ConsumerGroups_consumer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                consumer_group_id: string;
                consumer_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        kind: "KafkaConsumer";
                        metadata: {
                            self: string;
                            resource_name: string | null;
                        };
                        cluster_id: string;
                        consumer_group_id: string;
                        consumer_id: string;
                        instance_id: string | null;
                        client_id: string;
                        host: string;
                        assignments: {
                            related: string;
                        };
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    ConsumerGroups_assignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                consumer_group_id: string;
                consumer_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: string;
                        metadata: {
                            self: string;
                            next: string | null;
                        };
                        data: {
                            /** @constant */
                            kind: "KafkaConsumerAssignment";
                            metadata: {
                                self: string;
                                resource_name: string | null;
                            };
                            cluster_id: string;
                            consumer_group_id: string;
                            consumer_id: string;
                            topic_name: string;
                            partition_id: number;
                            partition: {
                                related: string;
                            };
                            lag: {
                                related: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    ConsumerGroups_assignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                consumer_group_id: string;
                consumer_id: string;
                topic_name: string;
                partition_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        kind: "KafkaConsumerAssignment";
                        metadata: {
                            self: string;
                            resource_name: string | null;
                        };
                        cluster_id: string;
                        consumer_group_id: string;
                        consumer_id: string;
                        topic_name: string;
                        partition_id: number;
                        partition: {
                            related: string;
                        };
                        lag: {
                            related: string;
                        };
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    ConsumerGroups_lagSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                consumer_group_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        kind: "KafkaConsumerGroupLagSummary";
                        metadata: {
                            self: string;
                            resource_name: string | null;
                        };
                        cluster_id: string;
                        consumer_group_id: string;
                        max_lag_consumer_id: string;
                        max_lag_instance_id: string | null;
                        max_lag_client_id: string;
                        max_lag_topic_name: string;
                        max_lag_partition_id: number;
                        max_lag: number;
                        total_lag: number;
                        max_lag_consumer: {
                            related: string;
                        };
                        max_lag_partition: {
                            related: string;
                        };
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    ConsumerGroups_lags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                consumer_group_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: string;
                        metadata: {
                            self: string;
                            next: string | null;
                        };
                        data: {
                            /** @constant */
                            kind: "KafkaConsumerLag";
                            metadata: {
                                self: string;
                                resource_name: string | null;
                            };
                            cluster_id: string;
                            consumer_group_id: string;
                            topic_name: string;
                            partition_id: number;
                            current_offset: number;
                            log_end_offset: number;
                            lag: number;
                            consumer_id: string;
                            instance_id: string | null;
                            client_id: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    ConsumerGroups_lag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                consumer_group_id: string;
                topic_name: string;
                partition_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        kind: "KafkaConsumerLag";
                        metadata: {
                            self: string;
                            resource_name: string | null;
                        };
                        cluster_id: string;
                        consumer_group_id: string;
                        topic_name: string;
                        partition_id: number;
                        current_offset: number;
                        log_end_offset: number;
                        lag: number;
                        consumer_id: string;
                        instance_id: string | null;
                        client_id: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    Topics_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: string;
                        metadata: {
                            self: string;
                            next: string | null;
                        };
                        data: {
                            /** @constant */
                            kind: "KafkaTopic";
                            metadata: {
                                self: string;
                                resource_name: string | null;
                            };
                            cluster_id: string;
                            topic_name: string;
                            is_internal: boolean;
                            replication_factor: number;
                            partitions_count: number;
                            partitions: {
                                related: string;
                            };
                            configs: {
                                related: string;
                            };
                            partition_reassignments: {
                                related: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    Topics_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    topic_name: string;
                    partitions_count?: number;
                    replication_factor?: number;
                    /** @default [] */
                    configs?: {
                        name: string;
                        value: string | null;
                    }[];
                    /** @default false */
                    validate_only?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        kind: "KafkaTopic";
                        metadata: {
                            self: string;
                            resource_name: string | null;
                        };
                        cluster_id: string;
                        topic_name: string;
                        is_internal: boolean;
                        replication_factor: number;
                        partitions_count: number;
                        partitions: {
                            related: string;
                        };
                        configs: {
                            related: string;
                        };
                        partition_reassignments: {
                            related: string;
                        };
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 41300,
                     *       "message": "The request body is too large"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 41500,
                     *       "message": "Send the request body as application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42200,
                     *       "message": "'display_name' is required"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    TopicConfigs_allTopics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: string;
                        metadata: {
                            self: string;
                            next: string | null;
                        };
                        data: {
                            kind: string;
                            metadata: {
                                self: string;
                                resource_name: string | null;
                            };
                            cluster_id: string;
                            name: string;
                            value: string | null;
                            is_default: boolean;
                            is_read_only: boolean;
                            is_sensitive: boolean;
                            source: string;
                            synonyms: {
                                name: string;
                                value: string | null;
                                source: string;
                            }[];
                            topic_name: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    Topics_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                topic_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        kind: "KafkaTopic";
                        metadata: {
                            self: string;
                            resource_name: string | null;
                        };
                        cluster_id: string;
                        topic_name: string;
                        is_internal: boolean;
                        replication_factor: number;
                        partitions_count: number;
                        partitions: {
                            related: string;
                        };
                        configs: {
                            related: string;
                        };
                        partition_reassignments: {
                            related: string;
                        };
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    Topics_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                topic_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    Topics_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                topic_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    partitions_count: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        kind: "KafkaTopic";
                        metadata: {
                            self: string;
                            resource_name: string | null;
                        };
                        cluster_id: string;
                        topic_name: string;
                        is_internal: boolean;
                        replication_factor: number;
                        partitions_count: number;
                        partitions: {
                            related: string;
                        };
                        configs: {
                            related: string;
                        };
                        partition_reassignments: {
                            related: string;
                        };
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 41300,
                     *       "message": "The request body is too large"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 41500,
                     *       "message": "Send the request body as application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42200,
                     *       "message": "'display_name' is required"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    Topics_configs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                topic_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: string;
                        metadata: {
                            self: string;
                            next: string | null;
                        };
                        data: {
                            kind: string;
                            metadata: {
                                self: string;
                                resource_name: string | null;
                            };
                            cluster_id: string;
                            name: string;
                            value: string | null;
                            is_default: boolean;
                            is_read_only: boolean;
                            is_sensitive: boolean;
                            source: string;
                            synonyms: {
                                name: string;
                                value: string | null;
                                source: string;
                            }[];
                            topic_name: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    Topics_alterConfigs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                topic_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        name: string;
                        value?: string | null;
                        operation?: ("SET" | "DELETE") | null;
                    }[];
                    validate_only?: boolean;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 41300,
                     *       "message": "The request body is too large"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 41500,
                     *       "message": "Send the request body as application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42200,
                     *       "message": "'display_name' is required"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    TopicConfigs_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                topic_name: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: string;
                        metadata: {
                            self: string;
                            resource_name: string | null;
                        };
                        cluster_id: string;
                        name: string;
                        value: string | null;
                        is_default: boolean;
                        is_read_only: boolean;
                        is_sensitive: boolean;
                        source: string;
                        synonyms: {
                            name: string;
                            value: string | null;
                            source: string;
                        }[];
                        topic_name: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    TopicConfigs_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                topic_name: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    value?: string | null;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 41300,
                     *       "message": "The request body is too large"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 41500,
                     *       "message": "Send the request body as application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42200,
                     *       "message": "'display_name' is required"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    TopicConfigs_reset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                topic_name: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    TopicConfigs_defaults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                topic_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: string;
                        metadata: {
                            self: string;
                            next: string | null;
                        };
                        data: {
                            kind: string;
                            metadata: {
                                self: string;
                                resource_name: string | null;
                            };
                            cluster_id: string;
                            name: string;
                            value: string | null;
                            is_default: boolean;
                            is_read_only: boolean;
                            is_sensitive: boolean;
                            source: string;
                            synonyms: {
                                name: string;
                                value: string | null;
                                source: string;
                            }[];
                            topic_name: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    Topics_partitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                topic_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: string;
                        metadata: {
                            self: string;
                            next: string | null;
                        };
                        data: {
                            /** @constant */
                            kind: "KafkaPartition";
                            metadata: {
                                self: string;
                                resource_name: string | null;
                            };
                            cluster_id: string;
                            topic_name: string;
                            partition_id: number;
                            leader?: {
                                related: string;
                            };
                            replicas: {
                                related: string;
                            };
                            reassignment: {
                                related: string;
                            };
                            leader_id: number | null;
                            replica_ids: number[];
                            isr_ids: number[];
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    Topics_partition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                topic_name: string;
                partition_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        kind: "KafkaPartition";
                        metadata: {
                            self: string;
                            resource_name: string | null;
                        };
                        cluster_id: string;
                        topic_name: string;
                        partition_id: number;
                        leader?: {
                            related: string;
                        };
                        replicas: {
                            related: string;
                        };
                        reassignment: {
                            related: string;
                        };
                        leader_id: number | null;
                        replica_ids: number[];
                        isr_ids: number[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    RecordsRead_read: {
        parameters: {
            query?: {
                /** @description One partition (default: every partition) */
                partition_id?: string;
                /** @description Read forward from this offset, in each partition read */
                offset?: string;
                /** @description Read forward from the first record at or after this time (ISO 8601 with a zone) */
                timestamp?: string;
                /** @description Records in all, 1 to 100 (default 20) */
                limit?: string;
            };
            header?: never;
            path: {
                cluster_id: string;
                topic_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        kind: "KafkaRecordList";
                        metadata: {
                            self: string;
                            /** @description The next page, reading forward (one partition read from an offset, or reached by it) */
                            next: string | null;
                        };
                        cluster_id: string;
                        topic_name: string;
                        data: {
                            partition_id: number;
                            offset: number;
                            /** @description ISO 8601 */
                            timestamp: string;
                            /** @enum {string} */
                            timestamp_type: "CREATE_TIME" | "LOG_APPEND_TIME";
                            key: {
                                /** @enum {string} */
                                type: "JSON" | "STRING" | "BINARY";
                                /** @description JSON: the value itself; STRING: the text; BINARY: base64 of the bytes */
                                data: unknown;
                                /** @description Bytes in the record */
                                size: number;
                            } | null;
                            value: {
                                /** @enum {string} */
                                type: "JSON" | "STRING" | "BINARY";
                                /** @description JSON: the value itself; STRING: the text; BINARY: base64 of the bytes */
                                data: unknown;
                                /** @description Bytes in the record */
                                size: number;
                            } | null;
                            headers: {
                                name: string;
                                /** @description base64, as on the produce side */
                                value: string | null;
                            }[];
                        }[];
                        partitions: {
                            partition_id: number;
                            /** @description The log start offset */
                            beginning_offset: number;
                            /** @description The last stable offset (high watermark) when the read began */
                            end_offset: number;
                            /** @description Where reading forward continues in this partition */
                            next_offset: number;
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42200,
                     *       "message": "'display_name' is required"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    Records_produce: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cluster_id: string;
                topic_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    partition_id?: number | null;
                    headers?: {
                        name: string;
                        value?: string | null;
                    }[];
                    key?: {
                        /** @enum {string} */
                        type?: "BINARY" | "JSON" | "STRING";
                        data?: components["schemas"]["JsonValue"];
                    } | null;
                    value?: {
                        /** @enum {string} */
                        type?: "BINARY" | "JSON" | "STRING";
                        data?: components["schemas"]["JsonValue"];
                    } | null;
                    timestamp?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error_code: number;
                        cluster_id: string;
                        topic_name: string;
                        partition_id: number;
                        offset: number;
                        timestamp: string | null;
                        key: {
                            type: string;
                            size: number;
                        } | null;
                        value: {
                            type: string;
                            size: number;
                        } | null;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40000,
                     *       "message": "Unknown field 'colour'"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40100,
                     *       "message": "The API key or secret is not valid"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40300,
                     *       "message": "Your role (Viewer) cannot change this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40400,
                     *       "message": "Environment 'env-abc123' was not found"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 40900,
                     *       "message": "The resource changed or is in a state that does not allow this"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 41300,
                     *       "message": "The request body is too large"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 41500,
                     *       "message": "Send the request body as application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42200,
                     *       "message": "'display_name' is required"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 42900,
                     *       "message": "Too many attempts: wait before trying again"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50000,
                     *       "message": "Something went wrong on our side: quote the error id to support"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error_code": 50300,
                     *       "message": "The service cannot reach its database right now: retry shortly"
                     *     }
                     */
                    "application/json": components["schemas"]["KafkaRestError"];
                };
            };
        };
    };
    Environments_list: {
        parameters: {
            query?: {
                page_size?: number;
                page_token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        api_version: string;
                        kind: string;
                        metadata: {
                            first: string;
                            last?: string;
                            prev?: string;
                            next?: string;
                            total_size: number;
                        };
                        data: {
                            /** @constant */
                            api_version: "org/v2";
                            /** @constant */
                            kind: "Environment";
                            id: string;
                            metadata: {
                                self: string;
                                resource_name: string;
                                created_at: string;
                                updated_at: string;
                                deleted_at?: string;
                            };
                            display_name: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Environments_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    api_version?: string;
                    kind?: string;
                    id?: string;
                    metadata?: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    display_name: string;
                    stream_governance_config?: components["schemas"]["JsonValue"];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "org/v2";
                        /** @constant */
                        kind: "Environment";
                        id: string;
                        metadata: {
                            self: string;
                            resource_name: string;
                            created_at: string;
                            updated_at: string;
                            deleted_at?: string;
                        };
                        display_name: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "413",
                     *           "code": "payload_too_large",
                     *           "title": "Request body too large",
                     *           "detail": "The request body is too large"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "415",
                     *           "code": "unsupported_media_type",
                     *           "title": "The request body is not application/json",
                     *           "detail": "Send the request body as application/json"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Environments_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "org/v2";
                        /** @constant */
                        kind: "Environment";
                        id: string;
                        metadata: {
                            self: string;
                            resource_name: string;
                            created_at: string;
                            updated_at: string;
                            deleted_at?: string;
                        };
                        display_name: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Environments_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "409",
                     *           "code": "conflict",
                     *           "title": "Conflict with the current state",
                     *           "detail": "The resource changed or is in a state that does not allow this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Environments_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    api_version?: string;
                    kind?: string;
                    id?: string;
                    metadata?: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    display_name?: string;
                    stream_governance_config?: components["schemas"]["JsonValue"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "org/v2";
                        /** @constant */
                        kind: "Environment";
                        id: string;
                        metadata: {
                            self: string;
                            resource_name: string;
                            created_at: string;
                            updated_at: string;
                            deleted_at?: string;
                        };
                        display_name: string;
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "413",
                     *           "code": "payload_too_large",
                     *           "title": "Request body too large",
                     *           "detail": "The request body is too large"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "415",
                     *           "code": "unsupported_media_type",
                     *           "title": "The request body is not application/json",
                     *           "detail": "Send the request body as application/json"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Health_readyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "unavailable";
                        checks?: {
                            [key: string]: string;
                        };
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Srcm_list: {
        parameters: {
            query: {
                page_size?: number;
                page_token?: string;
                environment: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        api_version: string;
                        kind: string;
                        metadata: {
                            first: string;
                            last?: string;
                            prev?: string;
                            next?: string;
                            total_size: number;
                        };
                        data: {
                            /** @constant */
                            api_version: "srcm/v3";
                            /** @constant */
                            kind: "Cluster";
                            id: string;
                            metadata: {
                                self: string;
                                resource_name: string;
                                created_at: string;
                                updated_at: string;
                                deleted_at?: string;
                            };
                            spec: {
                                display_name: string;
                                package: string;
                                http_endpoint: string;
                                catalog_http_endpoint: string;
                                cloud: string;
                                region: string;
                                environment: {
                                    id: string;
                                    related: string;
                                    resource_name: string;
                                };
                            };
                            status: {
                                /** @constant */
                                phase: "PROVISIONED";
                            };
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Srcm_get: {
        parameters: {
            query?: {
                environment?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        api_version: "srcm/v3";
                        /** @constant */
                        kind: "Cluster";
                        id: string;
                        metadata: {
                            self: string;
                            resource_name: string;
                            created_at: string;
                            updated_at: string;
                            deleted_at?: string;
                        };
                        spec: {
                            display_name: string;
                            package: string;
                            http_endpoint: string;
                            catalog_http_endpoint: string;
                            cloud: string;
                            region: string;
                            environment: {
                                id: string;
                                related: string;
                                resource_name: string;
                            };
                        };
                        status: {
                            /** @constant */
                            phase: "PROVISIONED";
                        };
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Metrics_descriptors: {
        parameters: {
            query?: {
                page_size?: number;
                page_token?: string;
                resource_type?: "kafka";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            name: string;
                            description: string;
                            unit: string;
                            type: string;
                            exportable: boolean;
                            lifecycle_stage: string;
                            resources: string[];
                            labels: {
                                key: string;
                                description: string;
                                exportable: boolean;
                            }[];
                        }[];
                        meta: {
                            pagination: {
                                page_size: number;
                                total_size: number;
                                next_page_token?: string;
                            };
                        };
                        links: {
                            next?: string;
                        };
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    MetricsExport_export: {
        parameters: {
            query: {
                /** @description A Kafka cluster id; repeat the parameter for more clusters (at most 50) */
                "resource.kafka.id": string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain; version=0.0.4; charset=utf-8": string;
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
    Metrics_query: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    aggregations: {
                        metric: string;
                        /** @constant */
                        agg?: "SUM";
                    }[];
                    group_by?: string[];
                    granularity: string;
                    filter?: components["schemas"]["Shared1"];
                    order_by?: components["schemas"]["JsonValue"][];
                    intervals: string[];
                    limit?: number;
                    /** @constant */
                    format?: "FLAT";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            timestamp: string;
                            value: number;
                            "resource.kafka.id"?: string;
                            "metric.topic"?: string;
                        }[];
                    };
                };
            };
            /** @description Malformed request: bad JSON, unknown fields, a bad page_token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "400",
                     *           "code": "bad_request",
                     *           "title": "Malformed request",
                     *           "detail": "Unknown field 'colour'"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description No, bad or malformed credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "401",
                     *           "code": "unauthorized",
                     *           "title": "No, bad or malformed credentials",
                     *           "detail": "The API key or secret is not valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Your role does not allow this, or a console write without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "403",
                     *           "code": "forbidden",
                     *           "title": "Your role does not allow this, or a console write without its X-CSRF-Token",
                     *           "detail": "Your role (Viewer) cannot change this"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Not found (also for resources of another organization) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "404",
                     *           "code": "not_found",
                     *           "title": "Not found (also for resources of another organization)",
                     *           "detail": "Environment 'env-abc123' was not found"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "413",
                     *           "code": "payload_too_large",
                     *           "title": "Request body too large",
                     *           "detail": "The request body is too large"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "415",
                     *           "code": "unsupported_media_type",
                     *           "title": "The request body is not application/json",
                     *           "detail": "Send the request body as application/json"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Invalid field or parameter values */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "422",
                     *           "code": "invalid",
                     *           "title": "Invalid field or parameter values",
                     *           "detail": "'display_name' is required"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Rate limited: retry after Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "429",
                     *           "code": "rate_limited",
                     *           "title": "Rate limited",
                     *           "detail": "Too many attempts: wait before trying again"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description Unexpected error: quote the error id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "500",
                     *           "code": "internal",
                     *           "title": "Unexpected error",
                     *           "detail": "Something went wrong on our side: quote the error id to support"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
            /** @description A dependency (database, job queue) is unavailable, or the server is shutting down: retry after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errors": [
                     *         {
                     *           "id": "kq3Zf0b9T1a2c3d4e5f6g7",
                     *           "status": "503",
                     *           "code": "unavailable",
                     *           "title": "A dependency (database, job queue) is unavailable, or the server is shutting down",
                     *           "detail": "The service cannot reach its database right now: retry shortly"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Failure"];
                };
            };
        };
    };
}
