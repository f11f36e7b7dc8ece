'use client';

import { useState, type ReactNode } from 'react';
import { ErrorNotice } from './error-notice';
import { Button, Modal, TextField } from './ui';

/**
 * "Are you sure?" for destructive actions. With `requireText`, the user types it (e.g. the resource's
 * name) before the button enables: for things that can't be undone.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  requireText,
  action,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  requireText?: string;
  /** Completes "your role can't …" if the API refuses. */
  action: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const [typed, setTyped] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const close = () => {
    setTyped('');
    setError(null);
    setPending(false);
    onClose();
  };
  const ready = !requireText || typed.trim() === requireText;
  return (
    <Modal
      open={open}
      title={title}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button
            variant="danger"
            pending={pending}
            disabled={!ready}
            onClick={async () => {
              setPending(true);
              setError(null);
              try {
                await onConfirm();
                setTyped('');
                setPending(false);
                onClose();
              } catch (e) {
                setError(e);
                setPending(false);
              }
            }}
          >
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div className="stack">
        <div>{children}</div>
        {requireText ? (
          <TextField
            label={`Type "${requireText}" to confirm`}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            autoFocus
          />
        ) : null}
        <ErrorNotice error={error} action={action} compact />
      </div>
    </Modal>
  );
}
