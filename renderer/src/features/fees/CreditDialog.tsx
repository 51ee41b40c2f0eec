// Crediting an invoice: why (the member left, or was billed by mistake), what happens to what
// they already paid, and then the credit note to send them.
import { useState } from 'react';
import { useLang, useMessages } from '../../i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { SelectField } from '../../ui/Field';
import { formatKronor } from '../../domain/fees/money';
import type { StoredInvoice } from '../../db/fees/invoiceRepository';
import { surplusMessages } from './surplusMessages';

type Props = { invoice: StoredInvoice; paidOre: number; open: boolean; onClose(): void; onCredit(reason: 'left' | 'mistake'): Promise<void> };

export function CreditDialog({ invoice, paidOre, open, onClose, onCredit }: Props) {
  const t = useMessages(surplusMessages);
  const lang = useLang();
  const [reason, setReason] = useState<'left' | 'mistake'>('left');
  const [busy, setBusy] = useState(false);
  return (
    <ConfirmDialog
      open={open}
      danger
      busy={busy}
      title={t('credit.title', { number: invoice.invoiceNumber })}
      confirm={t('credit.confirm')}
      cancel={t('credit.cancel')}
      onClose={onClose}
      onConfirm={() => {
        setBusy(true);
        void onCredit(reason).finally(() => setBusy(false));
      }}
    >
      <p>{t('credit.body', { amount: formatKronor(invoice.amountOre, lang) })}</p>
      {paidOre > 0 && <p>{t('credit.paidNote', { amount: formatKronor(paidOre, lang) })}</p>}
      <SelectField label={t('credit.reason')} value={reason} onChange={(v) => setReason(v as 'left' | 'mistake')}
        options={[{ value: 'left', label: t('credit.reason.left') }, { value: 'mistake', label: t('credit.reason.mistake') }]} />
    </ConfirmDialog>
  );
}
