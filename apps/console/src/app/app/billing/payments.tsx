'use client';

/**
 * Paying: the card on file (given on Stripe's hosted Checkout page, so no card number and no Stripe.js
 * on our pages), the return from that page, and the invoices Stripe issued.
 */
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { ErrorNotice } from '@/components/error-notice';
import { Badge, Button, Callout, Loading } from '@/components/ui';
import { typedApi } from '@/lib/api';
import { formatDay, titleCase } from '@/lib/format';
import { useAction, useInvalidate, useQuery, type PollFn } from '@/lib/hooks';
import type { BillingAccount, ResponseOf } from '@/lib/types';

export type PaymentMethodOnFile = ResponseOf<'/billing/v1/payment-method', 'get'>;
export type InvoiceList = ResponseOf<'/billing/v1/invoices', 'get'>;
type Invoice = InvoiceList['data'][number];

export const PAYMENT_METHOD_KEY = 'billing-payment-method';
export const INVOICES_KEY = 'billing-invoices';
// The card on file when the user left for Stripe: on the way back, a different one means Stripe has confirmed the new card.
const LEFT_WITH = 'tributary.checkout.previous-payment-method';
const CONFIRM_POLL_MS = 2_000;
const CONFIRM_PATIENCE_MS = 120_000;

export const usePaymentMethod = (enabled: boolean, pollMs?: PollFn<PaymentMethodOnFile>) =>
  useQuery<PaymentMethodOnFile>(enabled ? PAYMENT_METHOD_KEY : null, (signal) => typedApi.get('/billing/v1/payment-method', { signal }), pollMs ? { pollMs } : {});
export const useInvoices = (enabled: boolean) => useQuery<InvoiceList>(enabled ? INVOICES_KEY : null, (signal) => typedApi.get('/billing/v1/invoices', { signal }));

const BRANDS: Record<string, string> = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover', diners: 'Diners Club', jcb: 'JCB', unionpay: 'UnionPay' };
const pad2 = (n: number) => String(n).padStart(2, '0');

export function CardSummary({ pm }: { pm: PaymentMethodOnFile }) {
  if (!pm.id) return <span data-testid="card-on-file">No card on file</span>;
  if (!pm.card) return <span data-testid="card-on-file">A {titleCase(pm.type ?? 'payment method')} payment method</span>;
  return (
    <span data-testid="card-on-file">
      {BRANDS[pm.card.brand] ?? titleCase(pm.card.brand)} ending in {pm.card.last4} · expires {pad2(pm.card.exp_month)}/{pm.card.exp_year}
    </span>
  );
}

type Return = { kind: 'success'; previous: string | null } | { kind: 'canceled' } | null;

/** `?checkout=success|canceled` as Stripe's redirect left it, read once and then taken off the address. */
function useCheckoutReturn(): Return {
  const [ret, setRet] = useState<Return>(null);
  const router = useRouter();
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const outcome = params.get('checkout');
    if (outcome !== 'success' && outcome !== 'canceled') return;
    // Left in place (the next trip overwrites it): React may run this effect twice in development.
    const previous = window.sessionStorage.getItem(LEFT_WITH);
    params.delete('checkout');
    params.delete('session_id');
    const rest = params.toString();
    setRet(outcome === 'success' ? { kind: 'success', previous: previous || null } : { kind: 'canceled' });
    // Through the router (a bare history.replaceState this early is undone when the router hydrates): a reload does not replay the return.
    router.replace(`${window.location.pathname}${rest ? `?${rest}` : ''}${window.location.hash}`, { scroll: false });
  }, [router]);
  return ret;
}

/** The past-due notice: what happened, and the two steps that end it. */
function PastDueNotice({ account, openInvoice }: { account: BillingAccount; openInvoice: Invoice | undefined }) {
  return (
    <Callout tone="danger" title="Payment is past due">
      Stripe could not collect the last invoice{account.past_due_since ? ` (since ${formatDay(account.past_due_since)})` : ''}. Running clusters keep running, but new clusters
      can&apos;t be created until it is paid. To fix it: replace the card below if it is expired or was declined, then{' '}
      {openInvoice?.hosted_invoice_url ? (
        <a href={openInvoice.hosted_invoice_url} target="_blank" rel="noreferrer" data-testid="pay-open-invoice">
          pay invoice {openInvoice.number ?? openInvoice.id} on Stripe&apos;s page
        </a>
      ) : (
        'pay the open invoice from the list below'
      )}
      . As soon as Stripe reports it paid, the organization is back in good standing.
    </Callout>
  );
}

export function PaymentMethodPanel({ account, isAdmin }: { account: BillingAccount | undefined; isAdmin: boolean }) {
  const ret = useCheckoutReturn();
  const [gaveUp, setGaveUp] = useState(false);
  const enabled = isAdmin && !!account?.stripe_enabled;
  // Back from Stripe: the new card shows once the webhook has made it the default (another id than the one we left with).
  const isNew = (data: PaymentMethodOnFile | undefined) => ret?.kind === 'success' && !!data?.id && data.id !== ret.previous;
  const pm = usePaymentMethod(enabled, (data) => (ret?.kind === 'success' && !gaveUp && !isNew(data) ? CONFIRM_POLL_MS : false));
  const invoices = useInvoices(enabled);
  const invalidate = useInvalidate();
  const checkout = useAction(() => typedApi.post('/billing/v1/checkout-sessions'));
  const confirmed = isNew(pm.data);
  useEffect(() => {
    if (ret?.kind !== 'success') return;
    const t = window.setTimeout(() => setGaveUp(true), CONFIRM_PATIENCE_MS);
    return () => window.clearTimeout(t);
  }, [ret]);
  const reloadCard = pm.reload;
  useEffect(() => {
    if (ret?.kind === 'success') void reloadCard();
  }, [ret, reloadCard]);
  useEffect(() => {
    if (confirmed) void invalidate('billing-account');
  }, [confirmed, invalidate]);

  if (!isAdmin) return <Callout tone="info">Only Organization admins can change how the organization pays. Ask one of them.</Callout>;
  if (!account) return <Loading rows={1} />;
  if (!account.stripe_enabled) {
    return (
      <Callout tone="info" title="Payments aren't connected on this deployment">
        Costs and credits are tracked, but no card is charged. When an action answers <strong>Payment required</strong>, the organization is past due: an operator of this
        deployment can settle it.
      </Callout>
    );
  }
  const openInvoice = invoices.data?.data.find((i) => i.status === 'open');
  const hasCard = !!pm.data?.id;
  return (
    <div className="stack">
      {account.status === 'PAST_DUE' ? <PastDueNotice account={account} openInvoice={openInvoice} /> : null}
      {ret?.kind === 'canceled' ? <Callout tone="info">Card entry was canceled on Stripe&apos;s page: nothing changed.</Callout> : null}
      {ret?.kind === 'success' && !confirmed && !gaveUp ? (
        <Callout tone="info" title="Confirming your card with Stripe…">
          Stripe has your card; this page updates as soon as Stripe confirms it (usually a few seconds).
        </Callout>
      ) : null}
      {gaveUp && !confirmed ? (
        <Callout tone="warning" title="Stripe hasn't confirmed the card yet">
          It can take a few minutes. Reload this page later; if the card still isn&apos;t shown, add it again.
        </Callout>
      ) : null}
      {confirmed && pm.data ? (
        <Callout tone="success" title="Card on file">
          <CardSummary pm={pm.data} /> is now how {account.status === 'PAST_DUE' ? 'the open invoice and future invoices are' : 'invoices are'} paid.
        </Callout>
      ) : null}
      <p>
        Payment method:{' '}
        {pm.data ? (
          <Badge tone={hasCard ? 'success' : 'warning'} dot>
            <CardSummary pm={pm.data} />
          </Badge>
        ) : (
          <span className="muted">…</span>
        )}{' '}
        · Billing status <Badge tone={account.status === 'ACTIVE' ? 'success' : 'danger'}>{titleCase(account.status)}</Badge>
      </p>
      {pm.error ? <ErrorNotice error={pm.error} action="read the card on file" compact onRetry={() => void pm.reload()} /> : null}
      <div>
        <Button
          variant="primary"
          pending={checkout.pending}
          onClick={async () => {
            const r = await checkout.run();
            if (!r.ok) return;
            window.sessionStorage.setItem(LEFT_WITH, pm.data?.id ?? '');
            window.location.assign(r.value.url);
          }}
        >
          {hasCard ? 'Replace card' : 'Add a card'}
        </Button>
        <p className="muted small">You enter the card on Stripe&apos;s own page and come back here; Tributary never sees the card number.</p>
      </div>
      {checkout.error ? <ErrorNotice error={checkout.error} action="open Stripe's card page" compact /> : null}
    </div>
  );
}

const STATUS_TONE: Record<string, 'success' | 'warning' | 'danger' | 'neutral'> = { paid: 'success', open: 'warning', uncollectible: 'danger', void: 'neutral', draft: 'neutral' };
const amount = (n: number, currency: string) => n.toLocaleString('en-US', { style: 'currency', currency });

export function InvoicesPanel({ enabled }: { enabled: boolean }) {
  const invoices = useInvoices(enabled);
  if (invoices.error) return <ErrorNotice error={invoices.error} action="list the invoices" onRetry={() => void invoices.reload()} />;
  if (!invoices.data) return <Loading rows={2} />;
  if (invoices.data.data.length === 0) return <p className="muted">No invoices yet: Stripe issues the first one when the month with a card on file closes.</p>;
  return (
    <div className="table-wrap">
      <table className="table table-dense" data-testid="invoices-table">
        <thead>
          <tr>
            <th scope="col">Invoice</th>
            <th scope="col">Period</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Amount
            </th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {invoices.data.data.map((i) => (
            <tr key={i.id}>
              <td>{i.number ?? <code className="id">{i.id}</code>}</td>
              <td>
                {formatDay(i.period.start)} – {formatDay(i.period.end)}
              </td>
              <td>
                <Badge tone={STATUS_TONE[i.status] ?? 'neutral'}>{titleCase(i.status)}</Badge>
              </td>
              <td className="num">{amount(i.status === 'paid' ? i.amount_paid : i.amount_due, i.currency)}</td>
              <td>
                {i.hosted_invoice_url ? (
                  <a href={i.hosted_invoice_url} target="_blank" rel="noreferrer">
                    {i.status === 'open' ? 'Pay' : 'View'}
                  </a>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
