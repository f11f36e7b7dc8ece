/** Errors any provider throws for the same reason, so the reconciler can tell them apart by class. */

/** KRaft controllers form a static quorum fixed at creation: a scale-in may remove broker-only nodes only. */
export class ControllerRemovalError extends Error {
  override readonly name = 'ControllerRemovalError';
}
