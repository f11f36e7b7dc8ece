'use client';

import { useState, type FormEvent } from 'react';
import { Button, Callout, TextField } from '@/components/ui';
import { LAG_POLL_MS, type LagAlert, type LagAlertSettings } from '@/lib/consumer-groups';
import { count } from './group-state';

/** The "falling behind" banner, worded from the rule that fired. */
export function LagAlertBanner({ alert }: { alert: LagAlert | null }) {
  if (!alert) return null;
  return (
    <div data-testid="lag-alert" data-alert={alert.kind}>
      <Callout tone="warning" title="This group is falling behind">
        {alert.kind === 'threshold' ? (
          <>
            Total lag is {count(alert.total)} messages, above your threshold of {count(alert.threshold)}.
          </>
        ) : (
          <>
            Lag grew at each of the last {alert.samples} measurements, from {count(alert.from)} to {count(alert.to)} messages: the consumers read slower than producers write.
          </>
        )}{' '}
        Add consumers (up to one per partition), make them faster, or check that they are running.
      </Callout>
    </div>
  );
}

/** The alert's threshold and growth window, kept in this browser. */
export function LagAlertSettingsForm({ settings, onSave }: { settings: LagAlertSettings; onSave: (s: LagAlertSettings) => void }) {
  const [threshold, setThreshold] = useState(String(settings.threshold));
  const [growing, setGrowing] = useState(String(settings.growingSamples));
  const [saved, setSaved] = useState(false);
  const t = Number(threshold);
  const g = Number(growing);
  const errors = {
    threshold: threshold.trim() !== '' && Number.isInteger(t) && t >= 0 ? undefined : 'A whole number of messages, 0 or more',
    growing: growing.trim() !== '' && Number.isInteger(g) && g >= 0 && g <= 100 ? undefined : 'A whole number from 0 (off) to 100',
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (errors.threshold || errors.growing) return;
    onSave({ threshold: t, growingSamples: g });
    setSaved(true);
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Lag alert settings">
      <div className="grid-2 grid-tight">
        <TextField
          label="Alert when total lag is above"
          type="number"
          min={0}
          inputMode="numeric"
          value={threshold}
          onChange={(e) => {
            setThreshold(e.target.value);
            setSaved(false);
          }}
          error={errors.threshold}
          hint="Messages."
        />
        <TextField
          label="Or when lag grew for this many measurements in a row"
          type="number"
          min={0}
          max={100}
          inputMode="numeric"
          value={growing}
          onChange={(e) => {
            setGrowing(e.target.value);
            setSaved(false);
          }}
          error={errors.growing}
          hint={`One measurement every ${LAG_POLL_MS / 1000} s; 0 turns this off.`}
        />
      </div>
      <div className="form-actions">
        {saved ? <span className="muted small">Saved in this browser.</span> : null}
        <Button type="submit">Save alert settings</Button>
      </div>
    </form>
  );
}
