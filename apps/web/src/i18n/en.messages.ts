import { enScreens } from './en-screens.messages';
import { enNotices } from './en-notices.messages';
import { enWorkflow } from './en-workflow.messages';
import { enWrittenNotices } from './en-written-notices.messages';
import { enCalendarImport } from './en-calendar-import.messages';
import { enCloseOut } from './en-close-out.messages';
import type { CoreMessages, Messages } from './zh-cn.messages';

/** English, the second language. Typed by the zh-CN resource so no key is missing. */
const enCore: CoreMessages = {
  app: {
    name: 'ParkFlow case handling',
    shortName: 'ParkFlow',
    mainNav: 'Main navigation',
    loading: 'Loading…',
    loadFailed: 'Could not load',
    retry: 'Retry',
    notFound: 'Page not found',
    forbidden: 'You may not open this page',
    backHome: 'Back to start',
    empty: '—',
    menu: 'Menu',
  },
  kinds: {
    loading: 'Loading the kinds of work items…',
    loadFailed: 'Could not load the kinds of work items',
    loadFailedHint: 'The kinds, their time limits and actions could not be read from the server, so the app cannot be used yet. Please retry; if it keeps failing, tell your administrator.',
    invalid: 'The kinds are misconfigured',
    invalidHint: 'The kind definitions the server sent fail the definition check, so no item can be handled with them. Please pass these problems on to your administrator:',
    problems: 'Configuration problems',
  },
  nav: {
    myQueue: 'My queue',
    department: 'Department',
    board: 'Dispatch board',
    approvals: 'Approvals',
    register: 'Register',
    closeOuts: 'Close-out ledger',
    calendar: 'Work calendar',
    noticeTemplates: 'Notice templates',
  },
  header: {
    language: 'Language',
    logout: 'Log out',
    roles: 'Roles',
    user: 'Signed in as',
  },
  role: {
    dispatcher: 'Dispatcher',
    handler: 'Case handler',
    department_head: 'Department head',
    leader: 'Leader',
    liaison: 'Liaison cadre',
    enterprise: 'Enterprise contact',
    admin: 'Administrator',
  },
  login: {
    title: 'Log in',
    subtitle: 'Petitions, enterprise appeals and key projects of the park',
    username: 'Username',
    password: 'Password',
    submit: 'Log in',
    invalidCredentials: 'Wrong username or password',
    failed: 'Could not log in, please try again later',
  },
  stage: {
    assign: 'Assign',
    handle: 'Handle',
    feedback: 'Feedback',
    close: 'Close',
  },
  sla: {
    normal: 'On time',
    warning: 'Warning',
    overdue: 'Overdue',
    supervised: 'Supervised',
  },
  urgency: {
    normal: 'Normal',
    urgent: 'Urgent',
  },
  satisfaction: {
    satisfied: 'Satisfied',
    basically_satisfied: 'Basically satisfied',
    unsatisfied: 'Unsatisfied',
  },
  unit: {
    calendar_days: '{{amount}} calendar days',
    working_days: '{{amount}} working days',
    working_hours: '{{amount}} working hours',
    seconds: '{{amount}} seconds',
  },
  countdown: {
    remaining: '{{time}} left',
    overdue: 'overdue by {{time}}',
    overdueJust: 'overdue',
    lessThanMinute: 'under a minute',
    workingDays_one: '{{count}} working day',
    workingDays_other: '{{count}} working days',
    days_one: '{{count}} day',
    days_other: '{{count}} days',
    hours: '{{count}} h',
    minutes: '{{count}} min',
    seconds: '{{count}} s',
    met: 'Met',
    none: 'No running deadline',
    label: 'Current deadline: {{text}}',
    paused: 'Clock paused, {{text}}',
  },
  validation: {
    required: 'Required',
    invalid: 'Invalid value',
    maxLength: 'At most {{max}} characters',
    phone: 'Not a phone number',
    idNumber: 'Not an 18-character ID number',
    unknownChannel: 'Unknown channel',
    unknownCategory: 'Unknown category',
    enterpriseRequired: 'An enterprise appeal needs its enterprise',
    petitionerRequired: 'A petition needs a petitioner',
    departmentForbidden: 'Only a dispatcher routes an item when registering it',
    wholeNumber: 'Enter a whole number',
    between: 'Must be between {{min}} and {{max}}',
    atLeast: 'Must be at least {{min}}',
    atMost: 'Must be at most {{max}}',
    moreDays: 'At most {{days}} more days',
    invalidId: 'Not a valid choice',
    oneOf: 'Choose one of the options',
    sayWhy: 'Say what is unsatisfactory',
    alreadyThere: 'The item is already assigned there',
    onlyHeadNames: 'Only the department head names another handler',
  },
};

export const en: Messages = { ...enCore, ...enScreens, ...enWorkflow, ...enNotices, ...enWrittenNotices, ...enCalendarImport, ...enCloseOut };
