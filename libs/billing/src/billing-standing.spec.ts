import { describe, expect, it } from 'vitest';
import { restrictionDetail, restrictionOf, type StandingFacts } from './billing-standing';

const DAY = 86_400_000;
const now = new Date('2026-12-10T12:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * DAY);
const facts = (f: Partial<StandingFacts>): StandingFacts => ({ status: 'ACTIVE', pastDueSince: null, canceledSince: null, creditExhaustedSince: null, updatedAt: ago(30), ...f });

describe('restrictionOf', () => {
  it('leaves an organization in good standing alone', () => {
    expect(restrictionOf(facts({}), 3, now)).toBeNull();
  });

  it('refuses a past-due organization at once, whatever the grace period', () => {
    expect(restrictionOf(facts({ status: 'PAST_DUE', pastDueSince: ago(0) }), 3, now)).toEqual({ reason: 'PAST_DUE', since: ago(0), refusedFrom: ago(0), inEffect: true });
  });

  it('announces a refusal during the grace period and enforces it from its end on', () => {
    const inGrace = restrictionOf(facts({ creditExhaustedSince: ago(1) }), 3, now);
    expect(inGrace).toEqual({ reason: 'CREDIT_EXHAUSTED', since: ago(1), refusedFrom: new Date(ago(1).getTime() + 3 * DAY), inEffect: false });
    expect(restrictionDetail(inGrace!)).toContain(`will be refused from ${inGrace!.refusedFrom.toISOString()}`);
    expect(restrictionOf(facts({ creditExhaustedSince: ago(3) }), 3, now)?.inEffect).toBe(true);
    expect(restrictionOf(facts({ status: 'CANCELED', canceledSince: ago(2) }), 3, now)).toMatchObject({ reason: 'CANCELED', inEffect: false });
    expect(restrictionOf(facts({ status: 'CANCELED', canceledSince: ago(4) }), 3, now)).toMatchObject({ reason: 'CANCELED', inEffect: true });
  });

  it('with no grace period refuses at once', () => {
    expect(restrictionOf(facts({ creditExhaustedSince: now }), 0, now)?.inEffect).toBe(true);
  });

  it('reports the condition refusing first when several hold', () => {
    expect(restrictionOf(facts({ status: 'CANCELED', canceledSince: ago(1), creditExhaustedSince: ago(2) }), 3, now)?.reason).toBe('CREDIT_EXHAUSTED');
    expect(restrictionOf(facts({ status: 'PAST_DUE', pastDueSince: ago(0), creditExhaustedSince: ago(2) }), 3, now)?.reason).toBe('PAST_DUE');
  });

  it('counts a canceled account without its timestamp from its last change', () => {
    expect(restrictionOf(facts({ status: 'CANCELED', updatedAt: ago(5) }), 3, now)).toMatchObject({ since: ago(5), inEffect: true });
  });
});
