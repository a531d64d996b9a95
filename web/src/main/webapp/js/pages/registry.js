// Every page of the console. To add one: write a module exporting {id, route, roles, title, nav, render}
// and list it here; roles is 'any' or the realm roles that may open it. docs/console.md has the recipe.
import home from './home.js';
import postTask from './post-task.js';
import myTasks from './my-tasks.js';
import taskDetail from './task-detail.js';
import taskResults from './task-results.js';
import assignments from './assignments.js';
import recommendations from './recommendations.js';
import mySubmissions from './my-submissions.js';
import reputation from './reputation.js';
import account from './account.js';
import reviews from './reviews.js';
import disputes from './disputes.js';
import ledger from './ledger-status.js';
import profile from './profile.js';
import myData from './my-data.js';
import rulesets from './rulesets.js';
import audit from './audit.js';
import stats from './stats.js';
import {notYet} from './not-yet.js';
// console2: process monitor, learning curve, retention calendar, requester activity (one block, to ease merging)
import processMonitor from './process-monitor.js';
import learningCurve from './learning-curve.js';
import retentionCalendar from './retention-calendar.js';
import requesterActivity from './requester-activity.js';

export const ROLE_ORDER = ['requester', 'worker', 'reviewer', 'compliance-officer', 'process-designer', 'admin'];

export const pages = [
    home,
    postTask,
    myTasks,
    requesterActivity,
    taskDetail,
    taskResults,
    assignments,
    recommendations,
    mySubmissions,
    reputation,
    reviews,
    disputes,
    rulesets,
    audit,
    retentionCalendar,
    processMonitor,
    learningCurve,
    account,
    ledger,
    profile,
    myData,
    stats
];
