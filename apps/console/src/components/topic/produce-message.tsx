'use client';

import { useState, type FormEvent } from 'react';
import { FormError } from '@/components/error-notice';
import { useSession } from '@/components/session';
import { Button, Callout, Card, SelectField, TextAreaField, TextField } from '@/components/ui';
import { useAction, useInvalidate } from '@/lib/hooks';
import { produceBody, recordKeys, topicRecords, type ProduceFormat, type ProduceReport } from '@/lib/topic-records';

interface HeaderRow {
  id: number;
  name: string;
  value: string;
}

/** A form to produce one test message (key, value as JSON or text, headers, partition) through Kafka REST v3. */
export function ProduceMessage({ clusterId, topic, partitionsCount }: { clusterId: string; topic: string; partitionsCount: number }) {
  const { canWrite } = useSession();
  const invalidate = useInvalidate();
  const [key, setKey] = useState('');
  const [value, setValue] = useState('{\n  "hello": "world"\n}');
  const [format, setFormat] = useState<ProduceFormat>('JSON');
  const [partition, setPartition] = useState('');
  const [headers, setHeaders] = useState<HeaderRow[]>([]);
  const [nextId, setNextId] = useState(1);
  const [problem, setProblem] = useState<string | null>(null);
  const [produced, setProduced] = useState<ProduceReport | null>(null);

  const produce = useAction(async () => {
    const built = produceBody({ key, value, format, partition, headers });
    if ('problem' in built) {
      setProblem(built.problem);
      return null;
    }
    setProblem(null);
    const report = await topicRecords.produce(clusterId, topic, built.body);
    setProduced(report);
    await invalidate(recordKeys.records(clusterId, topic));
    return report;
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setProduced(null);
    void produce.run();
  };

  const setHeader = (id: number, patch: Partial<HeaderRow>) => setHeaders((hs) => hs.map((h) => (h.id === id ? { ...h, ...patch } : h)));

  return (
    <Card title="Produce a test message">
      <form className="stack" onSubmit={submit} aria-label="Produce a test message">
        <FormError error={produce.error} action="produce the message" />
        {problem ? (
          <Callout tone="danger" title="Not sent">
            {problem}
          </Callout>
        ) : null}
        {produced ? (
          <Callout tone="success" title="Message produced">
            <span data-testid="produced-at">
              Partition {produced.partition_id}, offset {produced.offset}
            </span>
          </Callout>
        ) : null}
        <div className="grid-2">
          <TextField label="Key" optional value={key} onChange={(e) => setKey(e.target.value)} placeholder="order-42" />
          <SelectField label="Partition" value={partition} onChange={(e) => setPartition(e.target.value)}>
            <option value="">Chosen by key (or any)</option>
            {Array.from({ length: partitionsCount }, (_, p) => (
              <option key={p} value={String(p)}>
                Partition {p}
              </option>
            ))}
          </SelectField>
        </div>
        <SelectField label="Value format" value={format} onChange={(e) => setFormat(e.target.value as ProduceFormat)}>
          <option value="JSON">JSON</option>
          <option value="STRING">Text</option>
        </SelectField>
        <TextAreaField label="Value" rows={5} value={value} onChange={(e) => setValue(e.target.value)} spellCheck={false} />
        <div className="stack-sm">
          <strong>Headers</strong>
          {headers.map((h, i) => (
            <div key={h.id} className="grid-2" style={{ alignItems: 'end' }}>
              <TextField label={`Header ${i + 1} name`} value={h.name} onChange={(e) => setHeader(h.id, { name: e.target.value })} />
              <div className="row-wrap" style={{ alignItems: 'end' }}>
                <div style={{ flex: 1 }}>
                  <TextField label={`Header ${i + 1} value`} value={h.value} onChange={(e) => setHeader(h.id, { value: e.target.value })} />
                </div>
                <Button size="sm" variant="ghost" onClick={() => setHeaders((hs) => hs.filter((x) => x.id !== h.id))} aria-label={`Remove header ${i + 1}`}>
                  Remove
                </Button>
              </div>
            </div>
          ))}
          <div>
            <Button
              size="sm"
              onClick={() => {
                setHeaders((hs) => [...hs, { id: nextId, name: '', value: '' }]);
                setNextId((n) => n + 1);
              }}
            >
              Add header
            </Button>
          </div>
        </div>
        <div>
          <Button type="submit" variant="primary" pending={produce.pending} disabled={!canWrite} title={canWrite ? undefined : 'Viewers cannot produce messages'}>
            Produce message
          </Button>
        </div>
      </form>
    </Card>
  );
}
