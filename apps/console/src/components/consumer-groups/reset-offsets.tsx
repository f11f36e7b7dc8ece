'use client';

import { useState, type FormEvent } from 'react';
import { ConfirmDialog } from '@/components/confirm';
import { ErrorNotice } from '@/components/error-notice';
import { Button, Callout, SelectField, TextField } from '@/components/ui';
import { useAction } from '@/lib/hooks';
import { consumerGroups, type ConsumerLag, type OffsetChange, type ResetOffsetsRequest, type ResetTo } from '@/lib/consumer-groups';
import { count } from './group-state';

const TARGETS: Array<{ id: ResetTo; label: string; hint: string }> = [
  { id: 'earliest', label: 'Earliest', hint: 'The oldest message still retained: the group reads everything again.' },
  { id: 'latest', label: 'Latest', hint: 'The end of each partition: the group skips what it has not read yet.' },
  { id: 'timestamp', label: 'A time', hint: 'The first message written at or after this time (the end of the partition if there is none).' },
  { id: 'explicit', label: 'Explicit offsets', hint: 'An offset of your choice for each partition you fill in; the others are left alone.' },
];

const ALL_TOPICS = '';

/** `datetime-local` gives local wall time with no zone: the API wants an instant. */
function toInstant(local: string): string | null {
  if (!local) return null;
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function ChangesTable({ changes, caption }: { changes: OffsetChange[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table className="table table-dense" data-testid="reset-changes">
        <caption className="muted small">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col" className="num">
              Partition
            </th>
            <th scope="col" className="num">
              Committed now
            </th>
            <th scope="col" className="num">
              New offset
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={`${c.topic_name}/${c.partition_id}`}>
              <td>{c.topic_name}</td>
              <td className="num">{c.partition_id}</td>
              <td className="num">{c.previous_offset === null ? <span className="muted">none</span> : count(c.previous_offset)}</td>
              <td className="num">
                <strong>{count(c.offset)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Moves the group's committed offsets. Only an empty group can be moved: while it has members the API
 * refuses (its members' next commit would undo the change), and the form says why, in the API's words.
 */
export function ResetOffsetsForm({
  clusterId,
  groupId,
  lags,
  refusal,
  blockedFor,
  onReset,
}: {
  clusterId: string;
  groupId: string;
  /** The group's committed partitions (the ones a reset moves, and the rows of the explicit form). */
  lags: ConsumerLag[];
  /** The API's reason for refusing a reset now (the group has members), or null/undefined. */
  refusal: string | null | undefined;
  /** Why this user can't reset at all (role), or undefined. */
  blockedFor: string | undefined;
  onReset: () => Promise<void>;
}) {
  const [to, setTo] = useState<ResetTo>('earliest');
  const [topic, setTopic] = useState(ALL_TOPICS);
  const [time, setTime] = useState('');
  const [explicit, setExplicit] = useState<Record<string, string>>({});
  const [touched, setTouched] = useState(false);
  const [preview, setPreview] = useState<OffsetChange[] | null>(null);
  const [done, setDone] = useState<OffsetChange[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const topics = [...new Set(lags.map((l) => l.topic_name))].sort();
  const partitions = [...lags].sort((a, b) => a.topic_name.localeCompare(b.topic_name) || a.partition_id - b.partition_id);

  const explicitRows = partitions.filter((p) => (explicit[`${p.topic_name}/${p.partition_id}`] ?? '').trim() !== '');
  const badExplicit = explicitRows.find((p) => {
    const n = Number(explicit[`${p.topic_name}/${p.partition_id}`]);
    return !Number.isInteger(n) || n < 0;
  });
  const local =
    to === 'timestamp' && !toInstant(time)
      ? 'Pick a date and time'
      : to === 'explicit' && explicitRows.length === 0
        ? 'Fill in an offset for at least one partition'
        : to === 'explicit' && badExplicit
          ? `The offset for ${badExplicit.topic_name} partition ${badExplicit.partition_id} must be a whole number, 0 or more`
          : undefined;

  const body = (validateOnly: boolean): ResetOffsetsRequest => {
    const scope = to !== 'explicit' && topic !== ALL_TOPICS ? { topics: [topic] } : {};
    switch (to) {
      case 'timestamp':
        return { to, timestamp: toInstant(time) ?? undefined, ...scope, validate_only: validateOnly };
      case 'explicit':
        return {
          to,
          offsets: explicitRows.map((p) => ({ topic_name: p.topic_name, partition_id: p.partition_id, offset: Number(explicit[`${p.topic_name}/${p.partition_id}`]) })),
          validate_only: validateOnly,
        };
      default:
        return { to, ...scope, validate_only: validateOnly };
    }
  };
  const previewAction = useAction(() => consumerGroups.resetOffsets(clusterId, groupId, body(true)));
  const blocked = blockedFor ?? (refusal ? 'The group has active members' : undefined);

  const changeTarget = (next: ResetTo) => {
    setTo(next);
    setPreview(null);
    previewAction.reset();
  };
  const submitPreview = async (e?: FormEvent) => {
    e?.preventDefault();
    setTouched(true);
    setDone(null);
    if (local) return;
    const r = await previewAction.run();
    setPreview(r.ok ? r.value.data : null);
  };
  const target = TARGETS.find((t) => t.id === to) ?? TARGETS[0];

  return (
    <>
      <form className="form" onSubmit={submitPreview} noValidate aria-label="Reset offsets">
        {refusal ? (
          <div data-testid="reset-refused">
            <Callout tone="warning" title="Offsets can't be reset while the group has active members">
              <p>{refusal}</p>
              <p>Kafka refuses it: a running member would commit its own position over the new offsets. Stop the group&apos;s consumers; this form unlocks once the group is empty.</p>
            </Callout>
          </div>
        ) : null}
        <div className="segmented" role="radiogroup" aria-label="Reset to">
          {TARGETS.map((t) => (
            <button key={t.id} type="button" role="radio" aria-checked={t.id === to} className={`segment${t.id === to ? ' segment-active' : ''}`} onClick={() => changeTarget(t.id)}>
              {t.label}
            </button>
          ))}
        </div>
        <p className="muted small">{target.hint}</p>
        {to !== 'explicit' ? (
          <SelectField
            label="Partitions"
            value={topic}
            onChange={(e) => {
              setTopic(e.target.value);
              setPreview(null);
            }}
          >
            <option value={ALL_TOPICS}>Every partition the group has committed</option>
            {topics.map((t) => (
              <option key={t} value={t}>
                Topic {t}
              </option>
            ))}
          </SelectField>
        ) : null}
        {to === 'timestamp' ? (
          <TextField
            label="Date and time"
            type="datetime-local"
            step={1}
            value={time}
            onChange={(e) => {
              setTime(e.target.value);
              setPreview(null);
            }}
            error={touched ? local : undefined}
            hint={`In your time zone (${Intl.DateTimeFormat().resolvedOptions().timeZone}).`}
          />
        ) : null}
        {to === 'explicit' ? (
          partitions.length === 0 ? (
            <p className="muted">The group has no committed partitions to set.</p>
          ) : (
            <div className="table-wrap">
              <table className="table table-dense" data-testid="explicit-offsets">
                <thead>
                  <tr>
                    <th scope="col">Topic</th>
                    <th scope="col" className="num">
                      Partition
                    </th>
                    <th scope="col" className="num">
                      Committed
                    </th>
                    <th scope="col" className="num">
                      Log end
                    </th>
                    <th scope="col">New offset</th>
                  </tr>
                </thead>
                <tbody>
                  {partitions.map((p) => {
                    const k = `${p.topic_name}/${p.partition_id}`;
                    return (
                      <tr key={k}>
                        <td>{p.topic_name}</td>
                        <td className="num">{p.partition_id}</td>
                        <td className="num">{count(p.current_offset)}</td>
                        <td className="num">{count(p.log_end_offset)}</td>
                        <td>
                          <input
                            className="input"
                            type="number"
                            min={0}
                            max={p.log_end_offset}
                            inputMode="numeric"
                            placeholder="unchanged"
                            aria-label={`New offset for ${p.topic_name} partition ${p.partition_id}`}
                            value={explicit[k] ?? ''}
                            onChange={(e) => {
                              setExplicit({ ...explicit, [k]: e.target.value });
                              setPreview(null);
                            }}
                          />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              {touched && local ? (
                <p className="field-error" role="alert">
                  {local}
                </p>
              ) : null}
            </div>
          )
        ) : null}
        <ErrorNotice error={previewAction.error} action="reset offsets" compact />
        {preview ? <ChangesTable changes={preview} caption="Preview: what a reset would set now (nothing has changed yet)." /> : null}
        {done ? (
          <div data-testid="reset-done">
            <Callout tone="success" title="Offsets reset">
              The group&apos;s consumers start from these offsets when they next join.
            </Callout>
            <ChangesTable changes={done} caption="Set by the reset." />
          </div>
        ) : null}
        <div className="form-actions">
          {blocked ? (
            <span className="muted small" id="reset-blocked">
              {blocked}: resetting is disabled.
            </span>
          ) : null}
          <Button type="submit" pending={previewAction.pending} disabled={Boolean(blockedFor)}>
            Preview
          </Button>
          <Button
            variant="danger"
            disabled={Boolean(blocked)}
            aria-describedby={blocked ? 'reset-blocked' : undefined}
            title={blocked}
            onClick={() => {
              setTouched(true);
              if (!local) setConfirming(true);
            }}
          >
            Reset offsets
          </Button>
        </div>
      </form>
      {confirming ? (
        <ConfirmDialog
          open
          title={`Reset the offsets of ${groupId}?`}
          confirmLabel="Reset offsets"
          action="reset offsets"
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            const r = await consumerGroups.resetOffsets(clusterId, groupId, body(false));
            setPreview(null);
            setDone(r.data);
            await onReset();
          }}
        >
          <p>
            The group&apos;s committed offsets move to <strong>{target.label.toLowerCase()}</strong>
            {to === 'timestamp' && toInstant(time) ? ` (${new Date(toInstant(time) ?? '').toLocaleString()})` : ''}
            {to !== 'explicit' && topic !== ALL_TOPICS ? ` on topic ${topic}` : to === 'explicit' ? ` on ${explicitRows.length} partition${explicitRows.length === 1 ? '' : 's'}` : ' on every partition it has committed'}. Its
            consumers then read from there: messages are read again, or skipped. This can&apos;t be undone, but you can reset again.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
