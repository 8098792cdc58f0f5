import { describe, expect, it } from 'vitest';
import { registerWorkItem, type RegisterInput } from '../work-item/register-work-item.js';
import type { DomainEvent, WorkItemState } from '../work-item/work-item.types.js';
import { act, calendar, cast, CAST_NAMES, DEPT_A, ENT_1, expectOk, T0, type CastName, kinds } from '../workflow/workflow-test.fixture.js';
import { allowedActions } from '../workflow/decide.js';
import { itemAccess } from './access-table.js';
import { defaultEventAudience, itemForViewer } from './event-audience.js';

const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** An item's life up to its reply, with an internal and a public comment, collecting every event. */
function life(input: RegisterInput, by = cast.dispatcher): { item: WorkItemState; events: DomainEvent[] } {
  // Kinds that decide on acceptance (受理) are accepted at registration, as the intake form does.
  const decision = kinds.get(input.kind)?.actions.accept_matter ? { accept: true as const } : null;
  const registered = expectOk(registerWorkItem({ ...input, decision }, by, { id: `item-${input.kind}`, code: `X-${input.kind}` }, T0, calendar, kinds));
  let item = registered.next;
  const events = [...registered.events];
  const step = (action: Parameters<typeof act>[1], who: Parameters<typeof act>[2], actionInput: Record<string, unknown>, minute: number) => {
    const d = act(item, action, who, { ...actionInput }, later(minute));
    item = d.next;
    events.push(...d.events);
  };
  step('assign', cast.dispatcher, { departmentId: DEPT_A }, 1);
  step('accept', cast.handlerA1, {}, 2);
  step('comment', cast.handlerA1, { text: 'internal note: the papers may be forged' }, 3);
  step('comment', cast.handlerA1, { text: '材料已收到', audience: 'public' }, 4);
  step('supervise', cast.dispatcher, { comment: '请加快办理' }, 5);
  step('reply', cast.handlerA1, { content: '已协调解决' }, 6);
  return { item, events };
}

const petitionAboutEnt1: RegisterInput = {
  kind: 'petition',
  title: '劳动纠纷：拖欠工资',
  description: '来访人反映企业拖欠工资',
  channel: 'visit',
  category: 'hiring',
  urgency: 'normal',
  enterpriseId: ENT_1,
  petitioner: { name: '张三', phone: '13812345678', idNumber: '410102199001011234' },
  departmentId: null,
};
const appealOfEnt1: RegisterInput = { ...petitionAboutEnt1, kind: 'appeal', title: '招工难', petitioner: null };

const STAFF_WHO_SEE_DEPT_A: CastName[] = ['dispatcher', 'handlerA1', 'handlerA2', 'headA', 'leaderA', 'admin'];

describe('the access table: every role x every kind x identity fields and events', () => {
  const petition = life(petitionAboutEnt1);
  const appeal = life(appealOfEnt1);

  it('never shows a petition, its petitioner or any of its events to the company it concerns or its liaison', () => {
    for (const who of ['contact1', 'liaison1'] as const) {
      const access = itemAccess(petition.item, petition.events, cast[who], kinds.get(petition.item.kind)!);
      expect(access, who).toEqual({ item: false, petitioner: { name: 'none', phone: 'none', idNumber: 'none' }, events: petition.events.map(() => false), internalFields: false });
      // Nor can they act on it (comment included), nor be asked to rate it.
      expect(allowedActions(petition.item, cast[who], kinds, later(10)), who).toEqual([]);
    }
  });

  it('shows the company its own appeal, but only the public events: never an internal note', () => {
    const access = itemAccess(appeal.item, appeal.events, cast.contact1, kinds.get(appeal.item.kind)!);
    expect(access.item).toBe(true);
    const seen = appeal.events.filter((_, i) => access.events[i]);
    expect(seen.map((e) => e.type)).toEqual(['registered', 'accepted', 'commented', 'replied']);
    expect(seen.find((e) => e.type === 'commented')?.data.text).toBe('材料已收到');
    // Nor the internal fields of the item itself (supervision here; a pending extension's reason).
    expect(access.internalFields).toBe(false);
    const shown = itemForViewer(appeal.item, cast.contact1);
    expect(appeal.item.supervisedAt).not.toBeNull();
    expect(shown).toMatchObject({ supervisedAt: null, pendingExtension: null });
    expect(shown.sla).not.toBe('supervised');
    expect(itemForViewer(appeal.item, cast.handlerA1).supervisedAt).toBe(appeal.item.supervisedAt);
    // A pending extension's reason is the handler's note to the leader.
    let open = expectOk(registerWorkItem(appealOfEnt1, cast.dispatcher, { id: 'item-x', code: 'X-x' }, T0, calendar, kinds)).next;
    open = act(open, 'assign', cast.dispatcher, { departmentId: DEPT_A }, later(1)).next;
    open = act(open, 'accept', cast.handlerA1, {}, later(2)).next;
    open = act(open, 'request_extension', cast.handlerA1, { days: 2, reason: '领导未批示' }, later(3)).next;
    expect(itemForViewer(open, cast.handlerA1).pendingExtension?.reason).toBe('领导未批示');
    expect(itemForViewer(open, cast.contact1).pendingExtension).toBeNull();
    // Another company sees nothing of it.
    expect(itemAccess(appeal.item, appeal.events, cast.contact2, kinds.get(appeal.item.kind)!).item).toBe(false);
  });

  it('shows staff who may see an item every event, and masks the petitioner for those who do not work on it', () => {
    for (const name of STAFF_WHO_SEE_DEPT_A) {
      const access = itemAccess(petition.item, petition.events, cast[name], kinds.get(petition.item.kind)!);
      expect(access.item, name).toBe(true);
      expect(access.events.every(Boolean), name).toBe(true);
      const worksOn = ['dispatcher', 'handlerA1', 'leaderA'].includes(name) || name === 'headA';
      expect(access.petitioner, name).toEqual(
        worksOn ? { name: 'clear', phone: 'clear', idNumber: 'clear' } : { name: 'clear', phone: 'masked', idNumber: 'masked' },
      );
    }
  });

  it('gives every cast member a definite answer for every kind, field and event (the table the HTTP test checks)', () => {
    const table = Object.fromEntries(
      CAST_NAMES.filter((n) => n !== 'system').map((n) => [
        n,
        { petition: itemAccess(petition.item, petition.events, cast[n], kinds.get(petition.item.kind)!).item, appeal: itemAccess(appeal.item, appeal.events, cast[n], kinds.get(appeal.item.kind)!).item },
      ]),
    );
    expect(table).toEqual({
      dispatcher: { petition: true, appeal: true },
      handlerA1: { petition: true, appeal: true },
      handlerA2: { petition: true, appeal: true },
      handlerB1: { petition: false, appeal: false },
      headA: { petition: true, appeal: true },
      headB: { petition: false, appeal: false },
      leaderA: { petition: true, appeal: true },
      leaderB: { petition: false, appeal: false },
      leaderOwner: { petition: false, appeal: false },
      liaison1: { petition: false, appeal: true },
      contact1: { petition: false, appeal: true },
      contact2: { petition: false, appeal: false },
      admin: { petition: true, appeal: true },
    });
  });

  it('writes comments internal by default, and an outsider\'s comment public whatever they chose', () => {
    const internal = act(appeal.item, 'comment', cast.handlerA1, { text: 'x' }, later(20)).events[0]!;
    expect(internal.audience).toBe('internal');
    const fromCompany = act(appeal.item, 'comment', cast.contact1, { text: '补充材料', audience: 'internal' }, later(21)).events[0]!;
    expect(fromCompany.audience).toBe('public');
    // Every event type has its audience in the table; a type outside the map does not compile,
    // and past the compiler (an untyped caller) it is internal, the safe reading.
    // @ts-expect-error not an event type
    expect(defaultEventAudience('made_up_event_type')).toBe('internal');
  });
});
