import type { zhCNCloseOut } from './zh-cn-close-out.messages';

/** English texts of the daily close-out ledger; typed by the zh-CN ones so no key is missing. */
export const enCloseOut: typeof zhCNCloseOut = {
  closeOut: {
    title: 'Daily close-out ledger',
    intro: 'Nothing left overnight: at 17:30 Beijing time on every working day, the items registered that day that nobody has signed for, and every item overdue at that moment, are listed in the ledger and sent to the dispatchers and the command centre’s leader. Make-up working days close out too; holidays and weekends do not.',
    next: 'Next close-out: {{day}} {{time}}',
    days: 'Close-outs',
    day: 'Day',
    ranAt: 'Ran at',
    unsigned: 'Not signed for',
    overdue: 'Overdue',
    runs: 'Runs',
    open: 'Open the list',
    empty: 'No close-out has run yet',
    total: '{{count}} days',
    dayTitle: 'Close-out list of {{day}}',
    dayHint: 'As things stood when it ran ({{ranAt}}); later handling does not change it. Open an item by its code to see where it is now.',
    reran: 'The day ran {{count}} times; this is the last run’s list.',
    listEmpty: 'Nothing was left unsigned or overdue that day',
    notFound: 'No close-out ledger for {{day}}: not a working day, or the close-out did not run.',
    back: 'Back to the close-outs',
    code: 'Code',
    itemTitle: 'Title',
    kind: 'Kind',
    department: 'Department',
    status: 'Status',
    dueAt: 'Due',
    reason: 'Listed because',
    reasons: { unsigned: 'Registered today, not signed for', overdue: 'Overdue' },
  },
};
