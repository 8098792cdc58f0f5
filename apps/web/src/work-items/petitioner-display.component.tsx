import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import type { WorkItem } from '@parkflow/contracts';
import { maskIdNumber, maskPhone } from '@parkflow/domain';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Petitioner = NonNullable<WorkItem['petitioner']>;

/** Whether the server sent the phone and ID number in full (only to those who work on the item). */
export function isUnmasked(petitioner: Petitioner): boolean {
  return [petitioner.phone, petitioner.idNumber].some((value) => value !== null && !value.includes('*'));
}

/** What the page shows: masked with the domain's own masks unless the user chose to reveal it. */
export function displayedPetitioner(petitioner: Petitioner, revealed: boolean): Petitioner {
  if (revealed) return petitioner;
  return {
    name: petitioner.name,
    phone: petitioner.phone && !petitioner.phone.includes('*') ? maskPhone(petitioner.phone) : petitioner.phone,
    idNumber: petitioner.idNumber && !petitioner.idNumber.includes('*') ? maskIdNumber(petitioner.idNumber) : petitioner.idNumber,
  };
}

/** The petitioner: name, phone and ID number masked (138****5678); staff who may see them can reveal them. */
export function PetitionerDisplay({ petitioner }: { petitioner: Petitioner }) {
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState(false);
  const shown = displayedPetitioner(petitioner, revealed);
  return (
    <Flex vertical gap={2}>
      <Typography.Text>{shown.name}</Typography.Text>
      {shown.phone && (
        <Typography.Text>
          {t('detail.labelled', { label: t('detail.petitionerPhone'), value: shown.phone })}
        </Typography.Text>
      )}
      {shown.idNumber && (
        <Typography.Text>
          {t('detail.labelled', { label: t('detail.petitionerIdNumber'), value: shown.idNumber })}
        </Typography.Text>
      )}
      {isUnmasked(petitioner) && (
        <Button
          size="small"
          type="link"
          style={{ padding: 0, alignSelf: 'flex-start' }}
          icon={revealed ? <EyeInvisibleOutlined aria-hidden /> : <EyeOutlined aria-hidden />}
          aria-pressed={revealed}
          onClick={() => setRevealed((value) => !value)}
        >
          {revealed ? t('detail.hide') : t('detail.reveal')}
        </Button>
      )}
    </Flex>
  );
}
