// @tributary/access: who may do what. Confluent's roles, CRN patterns and the one policy table every
// controller and the data plane consult. Pure (no Nest, no Prisma), so accounts and clusters both use it.
export * from './crn';
export * from './policy';
export * from './roles';
