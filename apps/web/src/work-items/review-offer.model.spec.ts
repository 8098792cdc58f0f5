import type { WorkItemDetail } from '@parkflow/contracts';
import { BUILT_IN_KINDS, createWorkCalendar } from '@parkflow/domain';
import { describe, expect, it } from 'vitest';
import { reviewOffer } from './review-offer.model';

const calendar = createWorkCalendar();
const ORIGINAL = '11111111-1111-4111-8111-111111111111';
const REVIEW = '22222222-2222-4222-8222-222222222222';

function detail(kind: string, opinionSentOn: string | null, chain: { id: string; kind: string }[] = []): Pick<WorkItemDetail, 'item' | 'reviewChain'> {
  const id = kind === 'petition' ? ORIGINAL : REVIEW;
  const notices = opinionSentOn ? { opinion: { sentOn: opinionSentOn, channel: 'letter', recordedAt: `${opinionSentOn}T02:00:00.000Z`, recordedById: null } } : {};
  return {
    item: { id, kind, notices } as unknown as WorkItemDetail['item'],
    reviewChain: chain.map((link, i) => ({ ...link, code: `C-${i}`, status: 'closed', receivedOn: null })),
  };
}

describe('reviewOffer', () => {
  it('offers a 复查 of an answered petition to a dispatcher until 30 days after the answer was sent', () => {
    const offer = reviewOffer(detail('petition', '2026-11-02'), BUILT_IN_KINDS, ['dispatcher'], calendar, '2026-12-02');
    expect(offer?.kind.id).toBe('petition_review');
    expect(offer?.lastDay).toBe('2026-12-02');
    expect(offer?.open).toBe(true);
    expect(reviewOffer(detail('petition', '2026-11-02'), BUILT_IN_KINDS, ['dispatcher'], calendar, '2026-12-03')?.open).toBe(false);
  });

  it('moves a window that ends on a holiday to the next working day (国庆 2026)', () => {
    // 2026-09-01 + 30 days = 2026-10-01, inside the National Day break (10-01 … 10-07).
    expect(reviewOffer(detail('petition', '2026-09-01'), BUILT_IN_KINDS, ['dispatcher'], calendar, '2026-09-15')?.lastDay).toBe('2026-10-08');
  });

  it('offers a 复核 of an answered 复查', () => {
    const chain = [
      { id: ORIGINAL, kind: 'petition' },
      { id: REVIEW, kind: 'petition_review' },
    ];
    expect(reviewOffer(detail('petition_review', '2026-11-20', chain), BUILT_IN_KINDS, ['dispatcher'], calendar, '2026-11-25')?.kind.id).toBe('petition_rereview');
  });

  it('offers nothing before the answer was sent, to a role that does not register, or when a review exists', () => {
    expect(reviewOffer(detail('petition', null), BUILT_IN_KINDS, ['dispatcher'], calendar, '2026-11-25')).toBeNull();
    expect(reviewOffer(detail('petition', '2026-11-20'), BUILT_IN_KINDS, ['handler'], calendar, '2026-11-25')).toBeNull();
    const reviewed = detail('petition', '2026-11-20', [
      { id: ORIGINAL, kind: 'petition' },
      { id: REVIEW, kind: 'petition_review' },
    ]);
    expect(reviewOffer(reviewed, BUILT_IN_KINDS, ['dispatcher'], calendar, '2026-11-25')).toBeNull();
  });
});
